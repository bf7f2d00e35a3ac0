/**
 * The shape of a rule as written in `rules/*.yml`, and its validation.
 *
 * Validation lives in the core (not only in the build script) so that the same
 * checks, with the same messages, guard the packs compiled into the bundle and
 * any pack an application passes in later.
 */
import { CATEGORIES, DOCUMENT_KINDS, LETTER_TYPES, SEVERITIES } from '../model/types.js'
import type { Category, DocumentKind, LetterType, Severity } from '../model/types.js'
import { KIND_NAMES } from '../kinds/names.js'
import type { KindName } from '../kinds/names.js'

/** Where a rule's trigger is someone else's words or a plan to counter a myth. */
export const VOICES = ['quoted', 'reported', 'countering'] as const
export type Voice = (typeof VOICES)[number]

/** A rule, as written in a pack. Keys are lowercase-hyphenated in YAML. */
export interface Rule {
  /** `<category>/<name>`, kebab-case; never renamed or reused. */
  id: string
  kind: KindName
  severity: Severity
  /** Phrases that trigger the rule (syntax: `docs/rule-format.md`). */
  patterns: string[]
  /**
   * Drop-in wording: text that can stand in place of the matched words as they are.
   * A list applies to every match; a mapping from a pattern over the matched words
   * (a regular expression, whole and any case, `$1` for its groups) to a list gives
   * wording per match, as Vale's `swap` does. A match no key fits gets no wording.
   */
  replacements?: string[] | Record<string, string[]>
  /** One plain sentence: what to do. Required where there are no replacements. */
  advice?: string
  /** Why, in at most two plain sentences. */
  note: string
  /** An https URL for the fact behind the rule. */
  source: string
  /** Optional reason template with `{actual}`, `{expected}` and `{suggestions}` (the replacements, quoted). */
  message?: string
  'applies-to'?: { kind?: DocumentKind[]; 'letter-types'?: LetterType[] }
  /** Phrases that, overlapping a match, cancel it ('compensation claim'). */
  exceptions?: string[]
  /** At least one of these must occur in the scope for the rule to fire. */
  requires?: string[]
  /** None of these may occur in the scope. */
  excludes?: string[]
  /** Where `requires` / `excludes` look: the sentence (default) or the paragraph. */
  scope?: 'sentence' | 'paragraph'
  /** Voices in which the rule stays silent; defaults by category. */
  'skip-in'?: Voice[]
  /** conditional: the long form of an acronym; the acronym is fine once this has appeared. */
  expansion?: string
  /** conditional: extra phrases that count as a plain explanation beside the term. */
  'explained-by'?: string[]
  /** Match case exactly for every word (all-capital words always match exactly). */
  'case-sensitive'?: boolean
  examples: { flag: string[]; pass: string[] }
}

/**
 * Fields that only the rules' documentation and the trie build read: at run time
 * the phrases are in the frozen trie, so a bundle of `lint` leaves them out.
 */
type DocumentationField = 'patterns' | 'exceptions' | 'explained-by' | 'requires' | 'excludes' | 'source' | 'examples'

/** A rule after compilation, as `lint` needs it, with what the engine derives from the pack. */
export interface CompiledRule extends Omit<Rule, DocumentationField> {
  category: Category
  /** The advice as written, or one made from the replacements. */
  advice: string
  /** Set when the rule has `requires` phrases, one of which must then occur in its scope. */
  'has-requires'?: true
}

/** A rule's words for the reader, loaded with the first check rather than with `lint`. */
export type RuleTexts = Pick<CompiledRule, 'advice' | 'note'>

/** A compiled rule as it loads with `lint`: everything but its words for the reader. */
export type LintRule = Omit<CompiledRule, keyof RuleTexts>

/** A compiled rule with everything its pack says: for the rule list, the docs and the trie build. */
export interface DocumentedRule extends CompiledRule, Pick<Rule, DocumentationField> {
  /** Pack file the rule came from (`jargon.yml`). */
  pack: string
}

/** The fields of a `DocumentedRule` that `CompiledRule` leaves out. */
export const DOCUMENTATION_FIELDS: ReadonlyArray<DocumentationField | 'pack'> = [
  'patterns',
  'exceptions',
  'explained-by',
  'requires',
  'excludes',
  'source',
  'examples',
  'pack',
]

/** The fields of a `CompiledRule` that `LintRule` leaves out. */
export const TEXT_FIELDS: ReadonlyArray<keyof RuleTexts> = ['advice', 'note']

/** A problem found in a pack: names the file, the rule and the field. */
export interface RuleProblem {
  pack: string
  rule: string
  field: string
  problem: string
}

const ID = /^([a-z]+)\/[a-z0-9]+(?:-[a-z0-9]+)*$/
const KNOWN_KEYS = new Set([
  'id',
  'kind',
  'severity',
  'patterns',
  'replacements',
  'advice',
  'note',
  'source',
  'message',
  'applies-to',
  'exceptions',
  'requires',
  'excludes',
  'scope',
  'skip-in',
  'expansion',
  'explained-by',
  'case-sensitive',
  'examples',
])

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
}

/** Count sentences the way a reader would: full stops, question and exclamation marks. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z'"‘“(])/).filter((part) => part.trim() !== '').length
}

/**
 * Words that start an instruction to the writer. Replacement text is pasted into
 * the letter, so it must never begin with one ("leave the timing out").
 */
const INSTRUCTION =
  /^(leave|say|name|explain|describe|remove|rephrase|consider|state|give|drop|avoid|add|delete|omit|keep|tell|put|replace|check|mention|write|use|spell|split|shorten|make|set out|analyse|record|plan|assess)\b/i
/** Words that start the tail of a sentence: a replacement starting so was cut from a longer one at a comma. */
const CONTINUATION = /^(and|or|but|such as|without|rather than|which|e\.g\.)\b/i

/** Why a replacement cannot be pasted in as it stands, or undefined. */
export function replacementProblem(text: string): string | undefined {
  if (text.trim() !== text || text === '') return `“${text}” has spaces at an end or is empty`
  if (/[;]|\be\.g\.|\bsuch as\b/.test(text)) return `“${text}” reads as advice (it holds ';', 'e.g.' or 'such as'): put it under \`advice\``
  if (INSTRUCTION.test(text)) return `“${text}” is an instruction, not wording: put it under \`advice\``
  if (CONTINUATION.test(text)) return `“${text}” starts like the end of a sentence: was a list split at a comma? Quote it`
  if (/^(The|A|An|Your|Our|His|Her|This|That)\b/.test(text))
    return `“${text}” starts with a capital: write it in lower case; it is capitalised at the start of a sentence`
  return undefined
}

function replacementProblems(value: unknown): string[] {
  if (value === undefined) return []
  const lists: unknown[] = []
  if (Array.isArray(value)) lists.push(value)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, list] of Object.entries(value)) {
      try {
        new RegExp(key)
      } catch {
        return [`\`${key}\` is not a valid pattern over the matched words`]
      }
      lists.push(list)
    }
  } else return ['must be a list of wording, or a mapping from a pattern to such a list']
  const problems: string[] = []
  for (const list of lists) {
    if (!isStringList(list) || list.length === 0) {
      problems.push('each list must hold at least one non-empty string')
      continue
    }
    for (const text of list) {
      const problem = replacementProblem(text)
      if (problem) problems.push(problem)
    }
  }
  return problems
}

/** Why advice is not one plain sentence, or undefined. */
export function adviceProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return 'must say in one sentence what to do'
  if (!/^[A-Z]/.test(value)) return 'must start with a capital letter'
  if (!/[.?]$/.test(value)) return 'must end with a full stop'
  if (sentenceCount(value) > 1) return 'must be one sentence'
  if (value.includes(';')) return "must be one sentence (no ';')"
  return undefined
}

/**
 * Check one rule as read from a pack.
 *
 * @param raw The parsed YAML value.
 * @param pack The pack's file name, for messages.
 * @returns Every problem found; empty when the rule is valid.
 */
export function validateRule(raw: unknown, pack: string): RuleProblem[] {
  const problems: RuleProblem[] = []
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [{ pack, rule: '?', field: '(rule)', problem: 'each rule must be a mapping of keys to values' }]
  }
  const rule = raw as Record<string, unknown>
  const id = typeof rule.id === 'string' ? rule.id : '?'
  const add = (field: string, problem: string) => problems.push({ pack, rule: id, field, problem })

  for (const key of Object.keys(rule)) if (!KNOWN_KEYS.has(key)) add(key, 'unknown key')

  const idMatch = typeof rule.id === 'string' ? ID.exec(rule.id) : null
  if (!idMatch) add('id', 'must be `<category>/<name>` in lowercase kebab-case, e.g. `jargon/nfa`')
  else if (!(CATEGORIES as readonly string[]).includes(idMatch[1]!)) {
    add('id', `unknown category \`${idMatch[1]}\`: use one of ${CATEGORIES.join(', ')}`)
  }
  if (!(KIND_NAMES as readonly string[]).includes(rule.kind as string)) {
    add('kind', `must be one of ${KIND_NAMES.join(', ')}`)
  }
  if (!(SEVERITIES as readonly string[]).includes(rule.severity as string)) {
    add('severity', `must be one of ${SEVERITIES.join(', ')}`)
  }
  if (!isStringList(rule.patterns) || rule.patterns.length === 0) add('patterns', 'must be a non-empty list of phrases')
  for (const problem of replacementProblems(rule.replacements)) add('replacements', problem)
  if (rule.advice !== undefined) {
    const problem = adviceProblem(rule.advice)
    if (problem) add('advice', problem)
  } else if (rule.replacements === undefined) add('advice', 'say in one sentence what to do (or give `replacements`)')
  else if (rule.kind === 'existence') add('advice', 'an `existence` rule needs advice: its replacements fit only some matches')
  if (typeof rule.note !== 'string' || rule.note.trim() === '') add('note', 'must say why, in plain words')
  else if (sentenceCount(rule.note) > 2) add('note', 'must be at most two sentences')
  if (typeof rule.source !== 'string' || !/^https:\/\/\S+$/.test(rule.source)) add('source', 'must be an https URL')
  if (rule.message !== undefined && typeof rule.message !== 'string') add('message', 'must be a string')

  for (const field of ['exceptions', 'requires', 'excludes', 'explained-by'] as const) {
    if (rule[field] !== undefined && !isStringList(rule[field])) add(field, 'must be a list of phrases')
  }
  if (rule.scope !== undefined && rule.scope !== 'sentence' && rule.scope !== 'paragraph') {
    add('scope', 'must be `sentence` or `paragraph`')
  }
  if (rule['skip-in'] !== undefined) {
    const voices = rule['skip-in']
    if (!Array.isArray(voices) || !voices.every((v) => (VOICES as readonly unknown[]).includes(v))) {
      add('skip-in', `must be a list of ${VOICES.join(', ')}`)
    }
  }
  if (rule.expansion !== undefined && typeof rule.expansion !== 'string') add('expansion', 'must be a string')
  if ((rule.expansion !== undefined || rule['explained-by'] !== undefined) && rule.kind !== 'conditional') {
    add(rule.expansion !== undefined ? 'expansion' : 'explained-by', 'is only for `conditional` rules')
  }
  if (rule['case-sensitive'] !== undefined && typeof rule['case-sensitive'] !== 'boolean') {
    add('case-sensitive', 'must be true or false')
  }

  const applies = rule['applies-to']
  if (applies !== undefined) {
    if (typeof applies !== 'object' || applies === null) add('applies-to', 'must be a mapping')
    else {
      const { kind, 'letter-types': types, ...rest } = applies as Record<string, unknown>
      for (const key of Object.keys(rest)) add(`applies-to.${key}`, 'unknown key: use `kind` or `letter-types`')
      if (kind !== undefined && !(Array.isArray(kind) && kind.every((k) => (DOCUMENT_KINDS as readonly unknown[]).includes(k)))) {
        add('applies-to.kind', `must be a list of ${DOCUMENT_KINDS.join(', ')}`)
      }
      if (types !== undefined && !(Array.isArray(types) && types.every((t) => (LETTER_TYPES as readonly unknown[]).includes(t)))) {
        add('applies-to.letter-types', `must be a list of ${LETTER_TYPES.join(', ')}`)
      }
    }
  }

  const examples = rule.examples as Record<string, unknown> | undefined
  if (typeof examples !== 'object' || examples === null) add('examples', 'must have `flag` and `pass` lists')
  else {
    if (!isStringList(examples.flag) || examples.flag.length === 0) add('examples.flag', 'must list at least one text the rule flags')
    else {
      for (const text of examples.flag) {
        if (!/⟦[^⟦⟧]+⟧/.test(text)) add('examples.flag', `mark the flagged words with ⟦ ⟧ in: ${text}`)
      }
    }
    if (!isStringList(examples.pass) || examples.pass.length === 0) add('examples.pass', 'must list at least one text the rule leaves alone')
  }
  return problems
}

/** Format a problem as one line: `rules/jargon.yml: jargon/nfa: note: must …`. */
export function formatProblem(problem: RuleProblem): string {
  return `rules/${problem.pack}: ${problem.rule}: ${problem.field}: ${problem.problem}`
}
