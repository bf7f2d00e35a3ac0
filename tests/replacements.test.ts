/**
 * Every drop-in replacement, tried where it lands: for each rule's `flag`
 * examples, each replacement the finding offers is applied in place and the
 * sentence linted again. A replacement is wording pasted into a letter to a
 * victim, so it must fix the finding, raise no new one, double no word, and
 * carry a capital only at the start of a sentence (DESIGN.md principle 3).
 */
import { describe, expect, it } from 'vitest'
import { RULES } from '../src/core/data/index.js'
import { exampleKind, findings, unmark } from './helpers.js'

/** Categories whose findings sit on words a replacement could bring in. */
const INLINE = new Set(['jargon', 'misconception', 'tone', 'focus'])

const cases = RULES.filter((rule) => rule.replacements !== undefined).flatMap((rule) => rule.examples.flag.map((example) => [rule.id, example, rule] as const))

describe('drop-in replacements', () => {
  it('are offered by the rules that have them', () => {
    expect(cases.length).toBeGreaterThan(40)
  })

  it.each(cases)('%s: %s', async (ruleId, example, rule) => {
    const { kind, body } = exampleKind(example, rule['applies-to']?.kind?.[0] ?? 'letter')
    const letterType = rule['applies-to']?.['letter-types']?.[0]
    const { text } = unmark(body)
    const own = (await findings(text, kind, letterType)).filter((f) => f.ruleId === ruleId && f.expected.length > 0)
    for (const finding of own) {
      for (const replacement of finding.expected) {
        const fixed = text.slice(0, finding.start) + replacement + text.slice(finding.end)
        const at = [finding.start, finding.start + replacement.length] as const
        const after = await findings(fixed, kind, letterType)
        const overlapping = after.filter((f) => f.severity !== 'info' && f.start < at[1] && f.end > at[0])
        const label = `${ruleId}: “${finding.actual}” → “${replacement}” in “${fixed}”`
        expect(
          overlapping.filter((f) => f.ruleId === ruleId),
          label,
        ).toEqual([])
        expect(
          overlapping.filter((f) => INLINE.has(f.ruleId.split('/')[0]!)).map((f) => f.ruleId),
          label,
        ).toEqual([])
        const window = fixed.slice(Math.max(0, at[0] - 30), at[1] + 30)
        expect(/\b(\w+)\s+\1\b/i.test(window) && !/\b(\w+)\s+\1\b/i.test(text), `${label}: doubled word`).toBe(false)
        const before = text.slice(0, finding.start)
        // Names keep their capitals ("the Witness Care Unit"); a sentence's first words do not belong mid-sentence.
        if (/^(The|A|An|Our|Your|Whether|This|That|We|It)\b/.test(replacement)) {
          expect(before.trim() === '' || /[.!?:]\s*$|\n\s*$/.test(before), `${label}: capital mid-sentence`).toBe(true)
        }
      }
    }
  })
})

describe('messages', () => {
  /** Fragments that show a message was stitched from pieces that do not fit. */
  const BROKEN = [/: [A-Z][a-z]+ [a-z]/, /“or /, /\bor or\b/, /\s[,.]/, /\.\./, /;\s*if it matters/, /“[^”]*$/]

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s reads as sentences', async (_id, rule) => {
    const example = rule.examples.flag[0]!
    const { kind, body } = exampleKind(example, rule['applies-to']?.kind?.[0] ?? 'letter')
    const { text } = unmark(body)
    const found = (await findings(text, kind, rule['applies-to']?.['letter-types']?.[0])).filter((f) => f.ruleId === rule.id)
    expect(found.length).toBeGreaterThan(0)
    for (const finding of found) {
      for (const sentence of [finding.reason, finding.advice]) {
        expect(sentence, rule.id).toMatch(/^[A-Z“].*[.?]$/s)
        for (const broken of BROKEN) expect(sentence, `${rule.id}: ${sentence}`).not.toMatch(broken)
      }
    }
  })
})
