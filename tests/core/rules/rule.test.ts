/**
 * What `validateRule` refuses, one kind of problem at a time: each broken rule
 * gets exactly one line naming the pack, the rule, the field and what to do.
 */
import { describe, expect, it } from 'vitest'
import { formatProblem, validateRule } from '../../../src/core/rules/rule.js'
import { CATEGORIES, DOCUMENT_KINDS, LETTER_TYPES } from '../../../src/core/model/types.js'

/** A rule that passes every check; each case below breaks one thing in it. */
const VALID = {
  id: 'tone/above-matter',
  kind: 'substitution',
  severity: 'warning',
  'applies-to': { kind: ['letter'], 'letter-types': ['no-charge'] },
  patterns: ['the above matter'],
  replacements: ['your case'],
  advice: 'Name the case plainly, as in “your case”.',
  note: 'Office wording keeps the reader at arm’s length. Plain words are kinder.',
  source: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
  exceptions: ['the above matter of law'],
  scope: 'sentence',
  'skip-in': ['quoted'],
  'case-sensitive': false,
  examples: { flag: ['I am writing about ⟦the above matter⟧.'], pass: ['I am writing about your case.'] },
}

function problems(changes: Record<string, unknown>, remove: readonly string[] = []): string[] {
  const rule: Record<string, unknown> = { ...VALID, ...changes }
  for (const key of remove) delete rule[key]
  return validateRule(rule, 'tone.yml').map(formatProblem)
}

const at = (field: string, problem: string, id = 'tone/above-matter') => `rules/tone.yml: ${id}: ${field}: ${problem}`

describe('validateRule', () => {
  it('accepts a valid rule', () => {
    expect(validateRule(VALID, 'tone.yml')).toEqual([])
  })

  it('accepts a valid conditional rule with an expansion, and replacements mapped per match', () => {
    expect(
      problems({
        id: 'jargon/nfa',
        kind: 'conditional',
        severity: 'error',
        patterns: ['NFA'],
        expansion: 'no further action',
        'explained-by': ['no more action'],
        replacements: { NFA: ['no further action'] },
      }),
    ).toEqual([])
  })

  it('refuses something that is not a mapping', () => {
    expect(validateRule(['id', 'tone/x'], 'tone.yml').map(formatProblem)).toEqual(['rules/tone.yml: ?: (rule): each rule must be a mapping of keys to values'])
  })

  it.each<[string, Record<string, unknown>, string[], string]>([
    ['an unknown key', { colour: 'red' }, [], at('colour', 'unknown key')],
    [
      'an id that is not <category>/<name>',
      { id: 'Tone/Above Matter' },
      [],
      at('id', 'must be `<category>/<name>` in lowercase kebab-case, e.g. `jargon/nfa`', 'Tone/Above Matter'),
    ],
    ['a missing id', {}, ['id'], at('id', 'must be `<category>/<name>` in lowercase kebab-case, e.g. `jargon/nfa`', '?')],
    [
      'an unknown category',
      { id: 'manners/above-matter' },
      [],
      at('id', `unknown category \`manners\`: use one of ${CATEGORIES.join(', ')}`, 'manners/above-matter'),
    ],
    ['an unknown kind', { kind: 'occurrence' }, [], at('kind', 'must be one of existence, substitution, conditional')],
    ['an unknown severity', { severity: 'suggestion' }, [], at('severity', 'must be one of error, warning, info')],
    ['no patterns', { patterns: [] }, [], at('patterns', 'must be a non-empty list of phrases')],
    ['a blank pattern', { patterns: ['  '] }, [], at('patterns', 'must be a non-empty list of phrases')],
    [
      'replacements that are neither a list nor a mapping',
      { replacements: 'your case' },
      [],
      at('replacements', 'must be a list of wording, or a mapping from a pattern to such a list'),
    ],
    [
      'a replacement key that is not a valid pattern',
      { replacements: { '(above': ['your case'] } },
      [],
      at('replacements', '`(above` is not a valid pattern over the matched words'),
    ],
    ['an empty replacement list', { replacements: [] }, [], at('replacements', 'each list must hold at least one non-empty string')],
    ['a replacement with a space at its end', { replacements: ['your case '] }, [], at('replacements', '“your case ” has spaces at an end or is empty')],
    [
      'a replacement that reads as advice',
      { replacements: ['your case; or the case'] },
      [],
      at('replacements', "“your case; or the case” reads as advice (it holds ';', 'e.g.' or 'such as'): put it under `advice`"),
    ],
    [
      'a replacement that is an instruction',
      { replacements: ['say your case'] },
      [],
      at('replacements', '“say your case” is an instruction, not wording: put it under `advice`'),
    ],
    [
      'a replacement cut from a longer list',
      { replacements: ['or your case'] },
      [],
      at('replacements', '“or your case” starts like the end of a sentence: was a list split at a comma? Quote it'),
    ],
    [
      'a replacement with a capital',
      { replacements: ['The case'] },
      [],
      at('replacements', '“The case” starts with a capital: write it in lower case; it is capitalised at the start of a sentence'),
    ],
    ['neither advice nor replacements', {}, ['advice', 'replacements'], at('advice', 'say in one sentence what to do (or give `replacements`)')],
    [
      'an existence rule with replacements and no advice',
      { kind: 'existence' },
      ['advice'],
      at('advice', 'an `existence` rule needs advice: its replacements fit only some matches'),
    ],
    ['blank advice', { advice: ' ' }, [], at('advice', 'must say in one sentence what to do')],
    ['advice in lower case', { advice: 'name the case plainly.' }, [], at('advice', 'must start with a capital letter')],
    ['advice with no full stop', { advice: 'Name the case plainly' }, [], at('advice', 'must end with a full stop')],
    ['advice of two sentences', { advice: 'Name the case. Say it plainly.' }, [], at('advice', 'must be one sentence')],
    ['advice joined by a semicolon', { advice: 'Name the case; say it plainly.' }, [], at('advice', "must be one sentence (no ';')")],
    ['no note', {}, ['note'], at('note', 'must say why, in plain words')],
    ['a note of three sentences', { note: 'It is cold. It is distant. It is vague.' }, [], at('note', 'must be at most two sentences')],
    ['a source that is not https', { source: 'http://example.org/guide' }, [], at('source', 'must be an https URL')],
    ['a message that is not a string', { message: ['Avoid {actual}.'] }, [], at('message', 'must be a string')],
    ['exceptions that are not a list', { exceptions: 'the above matter of law' }, [], at('exceptions', 'must be a list of phrases')],
    ['requires that is not a list', { requires: 'case' }, [], at('requires', 'must be a list of phrases')],
    ['excludes that is not a list', { excludes: [3] }, [], at('excludes', 'must be a list of phrases')],
    ['an unknown scope', { scope: 'document' }, [], at('scope', 'must be `sentence` or `paragraph`')],
    ['an unknown voice', { 'skip-in': ['sarcastic'] }, [], at('skip-in', 'must be a list of quoted, reported, countering')],
    ['an expansion on a rule that is not conditional', { expansion: 'no further action' }, [], at('expansion', 'is only for `conditional` rules')],
    ['explained-by on a rule that is not conditional', { 'explained-by': ['which means'] }, [], at('explained-by', 'is only for `conditional` rules')],
    ['case-sensitive that is not true or false', { 'case-sensitive': 'yes' }, [], at('case-sensitive', 'must be true or false')],
    ['applies-to that is not a mapping', { 'applies-to': 'letters' }, [], at('applies-to', 'must be a mapping')],
    ['an unknown key under applies-to', { 'applies-to': { kinds: ['letter'] } }, [], at('applies-to.kinds', 'unknown key: use `kind` or `letter-types`')],
    ['an unknown document kind', { 'applies-to': { kind: ['memo'] } }, [], at('applies-to.kind', `must be a list of ${DOCUMENT_KINDS.join(', ')}`)],
    [
      'an unknown letter type',
      { 'applies-to': { 'letter-types': ['apology'] } },
      [],
      at('applies-to.letter-types', `must be a list of ${LETTER_TYPES.join(', ')}`),
    ],
    ['no examples', {}, ['examples'], at('examples', 'must have `flag` and `pass` lists')],
    ['no flag examples', { examples: { flag: [], pass: ['Your case.'] } }, [], at('examples.flag', 'must list at least one text the rule flags')],
    [
      'a flag example with no marked words',
      { examples: { flag: ['I am writing about the above matter.'], pass: ['Your case.'] } },
      [],
      at('examples.flag', 'mark the flagged words with ⟦ ⟧ in: I am writing about the above matter.'),
    ],
    [
      'no pass examples',
      { examples: { flag: ['About ⟦the above matter⟧.'], pass: [] } },
      [],
      at('examples.pass', 'must list at least one text the rule leaves alone'),
    ],
  ])('refuses %s, in one line', (_what, changes, remove, line) => {
    expect(problems(changes, remove)).toEqual([line])
  })

  it('reports every problem in a rule, not only the first', () => {
    expect(problems({ severity: 'loud', source: 'ftp://x' })).toEqual([
      at('severity', 'must be one of error, warning, info'),
      at('source', 'must be an https URL'),
    ])
  })
})
