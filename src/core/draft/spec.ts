/**
 * The shape of `templates/fields.yml`: which fields each letter type takes,
 * and the check the build runs on it, so a bad definition fails the build
 * (naming the field) rather than a caseworker's draft.
 */
import { LETTER_TYPES } from '../model/types.js'
import type { LetterType } from '../model/types.js'

export const FIELD_TYPES = ['string', 'text', 'date', 'boolean', 'phone', 'email', 'list', 'enum'] as const
/** What kind of value a field holds (templates/fields.yml explains each). */
export type FieldType = (typeof FIELD_TYPES)[number]

/** One field a writer fills in. */
export interface FieldSpec {
  name: string
  type: FieldType
  required: boolean
  /** What to write, for the person drafting. */
  description: string
  /** A fictional value. */
  example: unknown
  /** For `enum`: the words allowed. */
  values?: string[]
  /** For optional fields: used when the writer leaves the field out. */
  default?: unknown
}

export interface TypeSpec {
  summary: string
  fields: FieldSpec[]
}

/** `templates/fields.yml` as parsed. */
export interface FieldsData {
  common: FieldSpec[]
  types: Record<LetterType, TypeSpec>
}

const NAME = /^[a-z][a-z0-9_]*$/

function checkField(raw: unknown, at: string, problems: string[]): void {
  const field = (raw ?? {}) as Partial<Record<keyof FieldSpec, unknown>>
  if (typeof field.name !== 'string' || !NAME.test(field.name)) problems.push(`${at}.name: must be lower_snake_case`)
  if (!(FIELD_TYPES as readonly unknown[]).includes(field.type)) problems.push(`${at}.type: must be one of ${FIELD_TYPES.join(', ')}`)
  if (typeof field.required !== 'boolean') problems.push(`${at}.required: must be true or false`)
  if (typeof field.description !== 'string' || field.description.trim().length < 10) problems.push(`${at}.description: must say what to write`)
  if (field.example === undefined || field.example === null) problems.push(`${at}.example: must give a fictional value`)
  if (field.type === 'enum' && !(Array.isArray(field.values) && field.values.length > 1 && field.values.every((v) => typeof v === 'string'))) {
    problems.push(`${at}.values: an enum must list two or more words`)
  }
  if (field.default !== undefined && field.required === true) problems.push(`${at}.default: a required field cannot have a default`)
}

/**
 * Check field definitions, returning one line per problem (`where: problem`).
 *
 * @param raw The parsed YAML.
 * @returns Problems; empty when valid.
 */
export function validateFieldsData(raw: unknown): string[] {
  const problems: string[] = []
  const data = (raw ?? {}) as { common?: unknown; types?: Record<string, unknown> }
  const common = Array.isArray(data.common) ? data.common : []
  if (!Array.isArray(data.common)) problems.push('common: must be a list of fields')
  common.forEach((field, i) => checkField(field, `common[${i}]`, problems))
  for (const key of Object.keys(data.types ?? {})) {
    if (!(LETTER_TYPES as readonly string[]).includes(key)) problems.push(`types.${key}: not a letter type (${LETTER_TYPES.join(', ')})`)
  }
  for (const type of LETTER_TYPES) {
    const spec = data.types?.[type] as Partial<TypeSpec> | undefined
    if (!spec) {
      problems.push(`types.${type}: missing`)
      continue
    }
    if (typeof spec.summary !== 'string' || spec.summary.trim() === '') problems.push(`types.${type}.summary: must say what the letter is for`)
    if (!Array.isArray(spec.fields)) {
      problems.push(`types.${type}.fields: must be a list of fields`)
      continue
    }
    spec.fields.forEach((field, i) => checkField(field, `types.${type}.fields[${i}]`, problems))
    const seen = new Set<string>()
    for (const field of [...common, ...spec.fields] as Array<{ name?: string }>) {
      if (field.name && seen.has(field.name)) problems.push(`types.${type}: field ${field.name} is defined twice`)
      if (field.name) seen.add(field.name)
    }
  }
  return problems
}

/**
 * The fields one letter type takes: the common ones, then its own.
 *
 * @param data The field definitions.
 * @param type The letter type.
 * @returns Field definitions in the order a writer meets them.
 */
export function fieldsFor(data: FieldsData, type: LetterType): FieldSpec[] {
  return [...data.common, ...data.types[type].fields]
}
