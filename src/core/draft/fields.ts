/**
 * Checks a writer's field values against a letter type's definitions before
 * anything is rendered, so there is never a half-filled letter. Every problem
 * names the field and says what is expected. Messages never repeat a value:
 * values hold personal details, and errors end up in terminals and logs.
 */
import { findContactDetails } from '../structure/contact-details.js'
import { parseIsoDate } from '../calendar/dates.js'
import type { FieldSpec } from './spec.js'

/** A checked value: text, a list of lines, a yes or no, or an ISO date (as text). */
export type FieldValue = string | string[] | boolean

/** One thing wrong with the fields. */
export interface FieldProblem {
  /** The field's name (or `type` / `fields` for the call itself). */
  field: string
  message: string
}

/** The longest one-line value and the longest free text, in characters: a guard against pasting a whole file. */
const MAX_STRING = 500
const MAX_TEXT = 10_000
/** Private-use characters mark where values sit in a rendered draft; control characters have no place in a letter. */
const RESERVED = /[\uE000-\uE002\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g // eslint-disable-line no-control-regex -- finding them is the point
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/
const UK_PHONE = /^(\+44\s?(\(0\)\s?)?|0)[\d\s-]+$/

const describe = (value: unknown): string =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'nothing'
      : typeof value === 'object'
        ? 'a set of fields'
        : typeof value === 'string'
          ? 'text'
          : `a ${typeof value}`

/** One line: every run of spaces and line breaks becomes one space. */
function oneLine(value: string): string {
  return value.replace(RESERVED, '').replace(/\s+/g, ' ').trim()
}

/** Paragraphs, each on one line, separated by one blank line. */
function paragraphs(value: string): string {
  return value
    .replace(RESERVED, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
}

function checkValue(spec: FieldSpec, raw: unknown): { value: FieldValue } | { problem: string } {
  switch (spec.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : { problem: `must be true or false, not ${describe(raw)}` }
    case 'list': {
      if (!Array.isArray(raw)) return { problem: `must be a list of lines, not ${describe(raw)}` }
      const items: string[] = []
      for (const [i, item] of raw.entries()) {
        if (typeof item !== 'string') return { problem: `item ${i + 1} must be text, not ${describe(item)}` }
        const line = oneLine(item)
        if (line === '') return { problem: `item ${i + 1} is empty` }
        if (line.length > MAX_STRING) return { problem: `item ${i + 1} is longer than ${MAX_STRING} characters` }
        items.push(line)
      }
      return items.length === 0 ? { problem: 'is an empty list' } : { value: items }
    }
  }
  if (typeof raw !== 'string') {
    const hint = spec.type === 'phone' || spec.type === 'date' ? ' (put it in quotes)' : ''
    return { problem: `must be ${EXPECTED[spec.type]}, not ${describe(raw)}${hint}` }
  }
  const text = spec.type === 'text' ? paragraphs(raw) : oneLine(raw)
  if (text === '') return { problem: `is empty: ${spec.description}` }
  if (text.length > (spec.type === 'text' ? MAX_TEXT : MAX_STRING))
    return { problem: `is longer than ${spec.type === 'text' ? MAX_TEXT : MAX_STRING} characters` }
  switch (spec.type) {
    case 'date':
      return parseIsoDate(text) ? { value: text } : { problem: `must be ${EXPECTED.date}` }
    case 'email':
      return EMAIL.test(text) ? { value: text } : { problem: `must be ${EXPECTED.email}` }
    case 'phone': {
      const digits = text.replace(/\D/g, '').replace(/^440?/, '0')
      const direct = findContactDetails(text).some((detail) => detail.kind === 'phone')
      return UK_PHONE.test(text) && (digits.length === 10 || digits.length === 11) && direct ? { value: text } : { problem: `must be ${EXPECTED.phone}` }
    }
    case 'enum':
      return spec.values!.includes(text) ? { value: text } : { problem: `must be one of ${spec.values!.join(', ')}` }
    default:
      return { value: text }
  }
}

const EXPECTED: Record<FieldSpec['type'], string> = {
  string: 'one line of text',
  text: 'text in your own words',
  date: 'a real date written YYYY-MM-DD, such as 2026-03-03',
  boolean: 'true or false',
  phone: 'a direct UK phone number such as 01632 960 448, not a national helpline',
  email: 'an email address such as name@cps.gov.uk',
  list: 'a list of lines',
  enum: 'one of the listed words',
}

/** Edit distance, for suggesting the field a writer meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

/**
 * Check and tidy field values.
 *
 * @param specs The letter type's field definitions.
 * @param fields The writer's values, by field name.
 * @param label The letter type, for messages.
 * @returns The tidied values (defaults filled in), or the problems found.
 */
export function checkFields(specs: readonly FieldSpec[], fields: unknown, label: string): { values: Map<string, FieldValue> } | { problems: FieldProblem[] } {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
    return { problems: [{ field: 'fields', message: `must be a set of named fields, not ${describe(fields)}` }] }
  }
  const given = fields as Record<string, unknown>
  const problems: FieldProblem[] = []
  const values = new Map<string, FieldValue>()
  const known = new Map(specs.map((spec) => [spec.name, spec]))
  for (const name of Object.keys(given)) {
    if (known.has(name)) continue
    const near = specs.map((spec) => spec.name).find((candidate) => distance(name, candidate) <= 2)
    problems.push({ field: name, message: `is not a field of a ${label} letter${near ? ` (did you mean ${near}?)` : ''}; heed templates lists the fields` })
  }
  for (const spec of specs) {
    const raw = Object.hasOwn(given, spec.name) ? given[spec.name] : undefined
    // A blank optional field in a filled-in form (`isva_name:` or "") means "not given".
    const blank = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')
    if (blank) {
      if (spec.required) problems.push({ field: spec.name, message: `is ${raw === undefined || raw === null ? 'missing' : 'empty'}: ${spec.description}` })
      else if (spec.default !== undefined) values.set(spec.name, spec.default as FieldValue)
      continue
    }
    const checked = checkValue(spec, raw)
    if ('problem' in checked) problems.push({ field: spec.name, message: checked.problem })
    else values.set(spec.name, checked.value)
  }
  return problems.length > 0 ? { problems } : { values }
}
