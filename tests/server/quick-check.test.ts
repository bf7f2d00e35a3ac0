/**
 * The paragraph re-check after an edit: the edited paragraph's own findings
 * are those a full check finds there, the rest are carried and moved.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'
import type { LintOptions } from '../../src/index.js'
import { isParagraphLocal, placeFindings, quickCheck } from '../../src/server/quick-check.js'
import type { CheckedText, PlacedFinding } from '../../src/server/quick-check.js'

const examples = join(import.meta.dirname, '../../examples')
const docs = ['letters', 'reviews'].flatMap((folder) =>
  readdirSync(join(examples, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(examples, folder, name), 'utf8')),
)

async function fullCheck(text: string, options: LintOptions): Promise<CheckedText> {
  const file = await lint(text, options)
  return { text, findings: placeFindings(file), data: file.data.heed }
}

const key = (finding: PlacedFinding) => `${finding.ruleId}@${finding.start}-${finding.end}`

/** Edits of the kinds people make: a letter typed, a word deleted, a jargon phrase pasted in. */
function edits(text: string): string[] {
  const out: string[] = []
  const body = text.indexOf('\n---', 3) + 4
  for (let i = 0; i < 6; i++) {
    const at = body + Math.floor(((i + 1) / 7) * (text.length - body))
    const space = text.indexOf(' ', at)
    if (space === -1) continue
    out.push(text.slice(0, space) + 'x' + text.slice(space))
    out.push(text.slice(0, space) + ' the case was marked NFA and' + text.slice(space))
    const next = text.indexOf(' ', space + 1)
    if (next !== -1) out.push(text.slice(0, space) + text.slice(next))
  }
  return out
}

describe('quickCheck', () => {
  it('finds in the edited paragraph what a full check finds there, and moves the rest', async () => {
    let compared = 0
    for (const doc of docs) {
      const options: LintOptions = { format: 'markdown' }
      const before = await fullCheck(doc, options)
      for (const edited of edits(doc)) {
        const quick = await quickCheck(before, edited, options)
        expect(quick).toBeDefined()
        const full = await fullCheck(edited, options)
        // Every local finding of the full check is in the quick one, and the other way round.
        expect(
          quick!.findings
            .filter((f) => isParagraphLocal(f.ruleId))
            .map(key)
            .sort(),
        ).toEqual(
          full.findings
            .filter((f) => isParagraphLocal(f.ruleId))
            .map(key)
            .sort(),
        )
        compared++
      }
    }
    expect(compared).toBeGreaterThan(50)
  })
})

describe('quickCheck carries what needs the whole document', () => {
  const letter = docs.find((doc) => doc.includes('title: Poor no-charge letter')) ?? docs[0]!

  it('moves findings and insertion points after the edit, and leaves those before it', async () => {
    const options: LintOptions = { format: 'markdown' }
    const before = await fullCheck(letter, options)
    const body = letter.indexOf('\n---', 3) + 4
    const at = letter.indexOf('\n\n', body + 200) + 2
    const inserted = 'We are sorry. '
    const quick = (await quickCheck(before, letter.slice(0, at) + inserted + letter.slice(at), options))!
    const carried = before.findings.filter((f) => !isParagraphLocal(f.ruleId))
    expect(carried.length).toBeGreaterThan(0)
    for (const finding of carried) {
      const shift = finding.start >= at ? inserted.length : 0
      const now = quick.findings.find((f) => f.ruleId === finding.ruleId && f.message === finding.message)
      expect(now, finding.ruleId).toBeDefined()
      expect([now!.start, now!.end]).toEqual([finding.start + shift, finding.end + shift])
      if (finding.fix) expect(now!.fix!.range[0]).toBe(finding.fix.range[0] + (finding.fix.range[0] >= at ? inserted.length : 0))
    }
  })

  it('asks for a full check when the edit reaches the front matter or an inline switch', async () => {
    const options: LintOptions = { format: 'markdown' }
    const before = await fullCheck(letter, options)
    expect(await quickCheck(before, letter.replace('kind: letter', 'kind: review'), options)).toBeUndefined()
    const withSwitch = await fullCheck(letter.replace('\n\n', '\n\n<!-- heed-disable jargon -->\n\n'), options)
    const edited = withSwitch.text.replace('<!-- heed-disable jargon -->', '<!-- heed-disable tone -->')
    expect(await quickCheck(withSwitch, edited, options)).toBeUndefined()
  })

  it('needs a full check first', async () => {
    expect(await quickCheck({ text: 'Dear Ms Doe,', findings: [] }, 'Dear Ms Doe, hello', {})).toBeUndefined()
  })
})
