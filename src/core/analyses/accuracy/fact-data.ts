/**
 * The shape of `rules/facts.yml` and its checks, shared by the build (which
 * refuses a bad fact, naming it and the field) and the analysis that reads
 * the compiled list.
 */
import { LETTER_TYPES } from '../../model/types.js'
import type { LetterType } from '../../model/types.js'

export const CONFIDENCES = ['high', 'medium', 'unverified'] as const
export type Confidence = (typeof CONFIDENCES)[number]

export interface Fact {
  /** The fact base's id, such as `VRR-03`. */
  id: string
  /** The rule's name: findings are `accuracy/<rule>`. */
  rule: string
  title: string
  /** Letter types the check runs in; absent means every letter. */
  'letter-types'?: LetterType[]
  confidence: Confidence
  source: string
  /** The date the source showed, or the day it was read where it showed none (ISO). */
  'source-date': string
  /** When heed last checked the fact against its source (ISO). */
  checked: string
  /** After this day (ISO), findings say to check the fact is still current. */
  'review-by': string
  fact: string
  /** A part of the fact that may have changed: claims touching it are prompts to verify, never errors. */
  verify?: { note: string; source: string }
  advice: string
  /** Correct wording in plain words, offered when there is no drop-in replacement. */
  wording: string
  examples: { flag: string[]; pass: string[] }
}

/** A fact as `lint` needs it: the title, source date and examples are for the docs and the tests only. */
export type LintFact = Omit<Fact, 'title' | 'source-date' | 'examples'>

const KEYS = new Set([
  'id',
  'rule',
  'title',
  'letter-types',
  'confidence',
  'source',
  'source-date',
  'checked',
  'review-by',
  'fact',
  'verify',
  'advice',
  'wording',
  'examples',
])
const ISO = /^\d{4}-\d{2}-\d{2}$/

function realDate(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}

const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0
const list = (value: unknown) => Array.isArray(value) && value.every(text)

/**
 * Check the facts file.
 *
 * @param data The parsed YAML.
 * @returns One line per problem, each naming the fact and the field; empty when all is well.
 */
export function validateFacts(data: unknown): string[] {
  if (!Array.isArray(data)) return ['(file): must be a YAML list of facts']
  const problems: string[] = []
  const ids = new Set<string>()
  const rules = new Set<string>()
  data.forEach((raw, index) => {
    const fact = (raw ?? {}) as Record<string, unknown>
    const name = typeof fact.id === 'string' ? fact.id : `#${index + 1}`
    const add = (field: string, problem: string) => problems.push(`${name}: ${field}: ${problem}`)
    for (const key of Object.keys(fact)) if (!KEYS.has(key)) add(key, 'is not a known field')
    if (typeof fact.id !== 'string' || !/^[A-Z]+-\d{2}$/.test(fact.id)) add('id', 'must be a fact id such as VRR-03')
    else if (ids.has(fact.id)) add('id', 'is used twice')
    else ids.add(fact.id)
    if (typeof fact.rule !== 'string' || !/^[a-z]+(-[a-z0-9]+)*$/.test(fact.rule)) add('rule', 'must be a kebab-case name')
    else if (rules.has(fact.rule)) add('rule', 'is used by another fact')
    else rules.add(fact.rule)
    for (const field of ['title', 'fact', 'advice', 'wording'] as const) if (!text(fact[field])) add(field, 'must be some text')
    if (!CONFIDENCES.includes(fact.confidence as Confidence)) add('confidence', `must be one of ${CONFIDENCES.join(', ')}`)
    if (typeof fact.source !== 'string' || !/^https:\/\/\S+$/.test(fact.source)) add('source', 'must be an https URL')
    for (const field of ['source-date', 'checked', 'review-by'] as const) if (!realDate(fact[field])) add(field, 'must be a real date written YYYY-MM-DD')
    if (realDate(fact.checked) && realDate(fact['review-by']) && (fact['review-by'] as string) <= (fact.checked as string)) {
      add('review-by', 'must come after `checked`')
    }
    const types = fact['letter-types']
    if (types !== undefined && (!Array.isArray(types) || types.length === 0 || !types.every((t) => LETTER_TYPES.includes(t as LetterType)))) {
      add('letter-types', `must list letter types from ${LETTER_TYPES.join(', ')}`)
    }
    const verify = fact.verify as Record<string, unknown> | undefined
    if (verify !== undefined && (!text(verify?.note) || typeof verify?.source !== 'string' || !/^https:\/\//.test(verify.source))) {
      add('verify', 'must have a `note` and an https `source`')
    }
    const examples = fact.examples as Record<string, unknown> | undefined
    if (!examples || !list(examples.flag) || !list(examples.pass) || (examples.flag as string[]).length === 0 || (examples.pass as string[]).length === 0) {
      add('examples', 'must have at least one `flag` and one `pass` sentence')
    } else {
      for (const example of examples.flag as string[]) if (!/⟦[^⟧]+⟧/.test(example)) add('examples.flag', `mark the flagged words with ⟦ ⟧ in "${example}"`)
    }
  })
  return problems
}
