/**
 * The template's fields as a form: what each control is, what the writer's
 * entries become when they are handed to `draft`, and the messages for
 * problems, in words rather than field names.
 */
import type { FieldProblem, FieldSpec } from 'heed/draft'

/** What the form holds for each field: text, or `yes` / `no` / empty for a yes-or-no question. */
export type FormEntries = Record<string, string>

/** The control each field type gets. */
export type ControlKind = 'text' | 'textarea' | 'date' | 'tel' | 'email' | 'select'

/**
 * The control for a field.
 *
 * @param spec The field.
 * @returns The kind of control.
 */
export function controlFor(spec: FieldSpec): ControlKind {
  switch (spec.type) {
    case 'text':
    case 'list':
      return 'textarea'
    case 'date':
      return 'date'
    case 'phone':
      return 'tel'
    case 'email':
      return 'email'
    case 'boolean':
    case 'enum':
      return 'select'
    default:
      return 'text'
  }
}

/**
 * A field's label: its name in words ("victim_name" → "Victim name").
 *
 * @param name The field's name.
 * @returns The label.
 */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/_/g, ' ')
    .replace(/\bisva\b/g, 'ISVA')
    .replace(/\bvlu\b/g, 'Victim Liaison Unit')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The choices of a select: yes and no for a yes-or-no question, the listed
 * words for an enum. An optional field can be left unset (its default applies).
 *
 * @param spec The field.
 * @returns Value and label pairs; the first is the empty choice.
 */
export function choicesFor(spec: FieldSpec): Array<{ value: string; label: string }> {
  const unset = spec.required
    ? 'Choose one'
    : spec.default === undefined
      ? 'Leave out'
      : `Leave as the usual (${spec.default === true ? 'yes' : spec.default === false ? 'no' : String(spec.default)})`
  const choices =
    spec.type === 'boolean'
      ? [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]
      : (spec.values ?? []).map((value) => ({ value, label: value }))
  return [{ value: '', label: unset }, ...choices]
}

/**
 * The form's entries as `draft` takes them: lists split into lines, yes or no
 * as true or false, and blank entries left out so that defaults apply.
 *
 * @param specs The letter type's fields.
 * @param entries What the form holds.
 * @returns Field values by name.
 */
export function toFieldValues(specs: readonly FieldSpec[], entries: FormEntries): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const spec of specs) {
    const entry = entries[spec.name] ?? ''
    if (entry.trim() === '') continue
    if (spec.type === 'boolean') values[spec.name] = entry === 'yes'
    else if (spec.type === 'list')
      values[spec.name] = entry
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    else values[spec.name] = entry
  }
  return values
}

/**
 * A field's example value as a form entry, for "Fill in an example".
 *
 * @param spec The field.
 * @returns The entry.
 */
export function exampleEntry(spec: FieldSpec): string {
  const example = spec.example
  if (typeof example === 'boolean') return example ? 'yes' : 'no'
  if (Array.isArray(example)) return example.map(String).join('\n')
  return String(example)
}

/**
 * Problems by field, in words: field names inside a message become labels
 * ("is after letter_date" → "is after Letter date").
 *
 * @param problems From a DraftError.
 * @param specs The letter type's fields.
 * @returns Each field's problems joined into one message, in form order; problems with no field of the form go under "".
 */
export function problemsByField(problems: readonly FieldProblem[], specs: readonly FieldSpec[]): Map<string, string> {
  const names = new Set(specs.map((spec) => spec.name))
  const byField = new Map<string, string[]>()
  const descriptions = new Map(specs.map((spec) => [spec.name, spec.description]))
  for (const problem of problems) {
    const field = names.has(problem.field) ? problem.field : ''
    // "is missing: <what to write>": the form shows what to write beside the field already.
    const said = problem.message.replace(/^(is (?:missing|empty)): (.*)$/s, (whole, head: string, rest: string) =>
      rest === descriptions.get(field) ? `${head}.` : whole,
    )
    const message = said.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (word) => (names.has(word) ? fieldLabel(word) : word))
    const text = `${field ? fieldLabel(field) : 'The letter'} ${message}`
    byField.set(field, [...(byField.get(field) ?? []), text])
  }
  const ordered = new Map<string, string>()
  for (const key of ['', ...specs.map((spec) => spec.name)]) {
    const texts = byField.get(key)
    if (texts) ordered.set(key, texts.join(' '))
  }
  return ordered
}
