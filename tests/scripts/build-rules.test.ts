/**
 * What the rule build refuses beyond a single rule's shape (a pack that is not
 * YAML or not a list, a repeated or retired id, a repeated or malformed
 * pattern, a missing cue list), each as one line naming the file, the rule and
 * the field; and that it accepts a valid pack. Runs `build-rules --check` on a
 * folder of its own, which writes nothing.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'

const root = join(import.meta.dirname, '../..')
const folders: string[] = []

function rule(id: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    kind: 'substitution',
    severity: 'warning',
    patterns: ['the above matter'],
    replacements: ['your case'],
    advice: 'Name the case plainly, as in “your case”.',
    note: 'Office wording keeps the reader at arm’s length.',
    source: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
    examples: { flag: ['I am writing about ⟦the above matter⟧.'], pass: ['I am writing about your case.'] },
    ...changes,
  }
}

/** A rules folder with the real shared data files, the packs given, and an optional retired list. */
function rulesFolder(packs: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'heed-rules-'))
  folders.push(dir)
  for (const file of ['facts.yml', 'cues.yml', 'retired.yml', 'structure.yml', 'focus.yml', 'acronyms.yml', 'judged-behaviour.yml']) {
    copyFileSync(join(root, 'rules', file), join(dir, file))
  }
  for (const [file, text] of Object.entries(packs)) writeFileSync(join(dir, file), text)
  return dir
}

function check(dir: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-rules.ts'), '--rules', dir, '--check'], {
    cwd: root,
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

describe('build-rules', () => {
  it('accepts a valid pack and writes nothing when only checking', () => {
    const generated = join(root, 'src/core/data/generated')
    const before = readdirSync(generated).map((file) => statSync(join(generated, file)).mtimeMs)
    const result = check(rulesFolder({ 'tone.yml': stringify([rule('tone/above-matter')]) }))
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('build-rules: 1 rules with no problems; nothing was written (--check)\n')
    expect(result.status).toBe(0)
    expect(readdirSync(generated).map((file) => statSync(join(generated, file)).mtimeMs)).toEqual(before)
  })

  it('refuses each problem with one line naming the file, rule and field, and writes nothing', () => {
    const dir = rulesFolder({
      'a-broken.yml': '- id: tone/x\n  patterns: [unclosed\n',
      'b-mapping.yml': stringify({ id: 'tone/not-in-a-list' }),
      'c-tone.yml': stringify([
        rule('tone/above-matter'),
        rule('tone/retired-one', { patterns: ['the said matter'] }),
        rule('tone/blank-pattern', { patterns: ['_ _'], replacements: ['it'] }),
        rule('tone/bad-exception', { patterns: ['herewith'], exceptions: ['= herewith'], replacements: ['with this'] }),
        rule('tone/no-note', { patterns: ['aforesaid'], note: undefined }),
      ]),
      'd-more-tone.yml': stringify([
        rule('tone/above-matter', { patterns: ['the matter above'] }),
        rule('tone/same-words', { patterns: ['The Above Matter'] }),
      ]),
      'retired.yml': stringify([{ id: 'tone/retired-one', removed: '0.1.0', why: 'merged into tone/above-matter' }]),
      'cues.yml': stringify({
        naming: ['called'],
        reported: ['said'],
        countering: ['rebut'],
        defence: ['the defence will say'],
        answering: ['answer'],
        undercut: ['not enough'],
      }),
    })
    const result = check(dir)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines.filter((line) => line.startsWith('rules/a-broken.yml: -: (file): not valid YAML: '))).toHaveLength(1)
    expect(lines.filter((line) => !line.startsWith('rules/a-broken.yml')).sort()).toEqual([
      'build-rules: 9 problem(s) in rules/; nothing was written',
      'rules/b-mapping.yml: -: (file): a pack must be a YAML list of rules',
      'rules/c-tone.yml: tone/bad-exception: exceptions: pattern "= herewith": `=` must be followed by a word',
      'rules/c-tone.yml: tone/blank-pattern: patterns: pattern "_ _": needs at least one real word',
      'rules/c-tone.yml: tone/no-note: note: must say why, in plain words',
      'rules/c-tone.yml: tone/retired-one: id: this id is retired (rules/retired.yml); choose a new one',
      'rules/cues.yml: gloss: gloss: must be a list of phrases',
      'rules/d-more-tone.yml: tone/above-matter: id: duplicate id (also in c-tone.yml)',
      'rules/d-more-tone.yml: tone/same-words: patterns: duplicate pattern "The Above Matter" (also in tone/above-matter)',
    ])
  })
})
