/**
 * The shape of `rules/structure.yml` (required parts by letter type, how each
 * part is recognised, how letter types are recognised) and its validation.
 */
import { LETTER_TYPES } from '../model/types.js'
import type { LetterType } from '../model/types.js'

/** The parts of a decision letter (DESIGN.md vocabulary). */
export const ELEMENTS = [
  'acknowledge-impact',
  'decision',
  'reasons',
  'right-to-review',
  'support',
  'future-reporting',
  'meeting',
  'contact',
  'victim-contact-scheme',
  'sentence-review',
  'next-step',
] as const
export type Element = (typeof ELEMENTS)[number]

/** One way a part shows itself: a phrase, perhaps with company in the same sentence. */
export interface Signal {
  phrases: string[]
  /** One of these must be in the same sentence. */
  with?: string[]
  /** None of these may be in the same sentence. */
  without?: string[]
  /** A phone number, email or postal address (not a national helpline) must be in this or the next sentence. */
  detail?: boolean
}

export interface ElementSpec {
  note: string
  source: string
  signals: Signal[]
}

export interface StructureData {
  required: Record<LetterType, Element[]>
  elements: Record<Element, ElementSpec>
  'letter-types': Record<LetterType, string[]>
}

const isPhrases = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '')

/**
 * Check structure data, returning one line per problem (`field: problem`).
 *
 * @param raw The parsed YAML.
 * @returns Problems; empty when valid.
 */
export function validateStructure(raw: unknown): string[] {
  const problems: string[] = []
  const data = (raw ?? {}) as Partial<Record<keyof StructureData, Record<string, unknown>>>
  for (const type of LETTER_TYPES) {
    const list = data.required?.[type]
    if (!Array.isArray(list) || !list.every((e) => (ELEMENTS as readonly unknown[]).includes(e))) {
      problems.push(`required.${type}: must be a list of ${ELEMENTS.join(', ')}`)
    }
    if (!isPhrases(data['letter-types']?.[type])) problems.push(`letter-types.${type}: must be a list of phrases`)
  }
  for (const element of ELEMENTS) {
    const spec = data.elements?.[element] as Partial<ElementSpec> | undefined
    if (!spec) {
      problems.push(`elements.${element}: missing`)
      continue
    }
    if (typeof spec.note !== 'string' || spec.note.trim() === '') problems.push(`elements.${element}.note: must say why it matters`)
    if (typeof spec.source !== 'string' || !/^https:\/\/\S+$/.test(spec.source)) problems.push(`elements.${element}.source: must be an https URL`)
    if (!Array.isArray(spec.signals) || spec.signals.length === 0) {
      problems.push(`elements.${element}.signals: must list at least one signal`)
      continue
    }
    spec.signals.forEach((signal, i) => {
      const at = `elements.${element}.signals[${i}]`
      if (!isPhrases(signal.phrases)) problems.push(`${at}.phrases: must be a list of phrases`)
      for (const key of ['with', 'without'] as const) {
        if (signal[key] !== undefined && !isPhrases(signal[key])) problems.push(`${at}.${key}: must be a list of phrases`)
      }
      if (signal.detail !== undefined && typeof signal.detail !== 'boolean') problems.push(`${at}.detail: must be true or false`)
    })
  }
  return problems
}
