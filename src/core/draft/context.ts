/**
 * What a template sees: the writer's checked values, each marked as data,
 * plus values worked out from them (dates in words, review deadlines, whether
 * the letter is late), so that the templates need no helpers.
 */
import type { LetterType } from '../types.js'
import { DateRangeError, addDays, addMonths, addWorkingDays, formatLongDate, workingDaysBetween } from './dates.js'
import type { FieldProblem, FieldValue } from './fields.js'
import type { FieldSpec } from './spec.js'

/**
 * Private-use characters around every value a writer gave. The renderer uses
 * them to tell the template's own words from the writer's, so each output
 * format can escape the writer's (and only a template can make a heading or list).
 */
export const OPEN = '\uE000'
export const CLOSE = '\uE001'

/** Letter types that offer the Victims' Right to Review, with its deadlines. */
const REVIEWABLE = new Set<LetterType>(['no-charge', 'discontinuance'])
/** Working days within which a victim with enhanced rights should hear of a decision (Victims' Code). */
const PROMPT_WORKING_DAYS = 1
/** The review scheme's prompt window and outer limit. */
const REVIEW_WORKING_DAYS = 10
const REVIEW_MONTHS = 3
/** Days after sentence within which anyone may ask for a sentence to be checked as too low. */
const SENTENCE_CHECK_DAYS = 28

/** Mark a value as data; each paragraph is marked on its own, so a block never starts inside a mark. */
const mark = (text: string) => text.split('\n\n').map((p) => OPEN + p + CLOSE).join('\n\n')

/** Words joined as a sentence lists them: "rape, assault and sexual assault". */
function joinWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/**
 * The names a template may use besides the fields themselves.
 *
 * @param specs The letter type's fields.
 * @returns Derived names.
 */
export function derivedNames(specs: readonly FieldSpec[]): string[] {
  const names = ['late', 'late_due', 'meeting_declined', 'review_by', 'review_latest', 'charges_words', 'charges_plural', 'sentence_check_by']
  for (const spec of specs) {
    if (spec.type === 'date') names.push(`${spec.name}_long`)
    if (spec.type === 'enum') for (const value of spec.values ?? []) names.push(`${spec.name}_${value.replace(/\W/g, '_')}`)
  }
  return names
}

/**
 * Build the template context.
 *
 * @param type The letter type.
 * @param specs Its fields.
 * @param values The checked values (defaults filled in).
 * @returns The context, or problems (a date outside the known bank holidays, dates in the wrong order).
 */
export function buildContext(
  type: LetterType,
  specs: readonly FieldSpec[],
  values: ReadonlyMap<string, FieldValue>,
): { context: Record<string, unknown> } | { problems: FieldProblem[] } {
  const context: Record<string, unknown> = {}
  for (const spec of specs) {
    const value = values.get(spec.name)
    // Every defined name is present, so a template never reaches past the context.
    context[spec.name] = typeof value === 'string' && spec.type !== 'date' && spec.type !== 'enum'
      ? mark(value)
      : Array.isArray(value) ? value.map(mark) : value ?? null
    if (spec.type === 'date') context[`${spec.name}_long`] = typeof value === 'string' ? formatLongDate(value) : null
    if (spec.type === 'enum') for (const option of spec.values ?? []) context[`${spec.name}_${option.replace(/\W/g, '_')}`] = value === option
  }
  const problems: FieldProblem[] = []
  const letterDate = values.get('letter_date') as string
  const decisionDate = values.get('decision_date') as string | undefined
  const guard = (field: string, work: () => void) => {
    try {
      work()
    } catch (error) {
      if (!(error instanceof DateRangeError)) throw error
      problems.push({ field, message: `is too far from the dates heed can count working days for: ${error.message}` })
    }
  }

  context.late = values.get('late') ?? null
  context.late_due = null
  if (decisionDate !== undefined) {
    if (decisionDate > letterDate) problems.push({ field: 'decision_date', message: 'is after letter_date: a letter cannot come before the decision it tells of' })
    guard('decision_date', () => {
      context.late_due = formatLongDate(addWorkingDays(decisionDate, PROMPT_WORKING_DAYS))
      context.late ??= workingDaysBetween(decisionDate, letterDate) > PROMPT_WORKING_DAYS
    })
  }
  context.meeting_declined = values.get('offer_meeting') === false
  context.review_by = null
  context.review_latest = null
  if (REVIEWABLE.has(type)) {
    guard('letter_date', () => { context.review_by = formatLongDate(addWorkingDays(letterDate, REVIEW_WORKING_DAYS)) })
    context.review_latest = formatLongDate(addMonths(letterDate, REVIEW_MONTHS))
  }
  const charges = context.charges
  context.charges_words = Array.isArray(charges) ? joinWords(charges as string[]) : null
  context.charges_plural = Array.isArray(charges) && charges.length > 1
  const sentenceDate = values.get('sentence_date') as string | undefined
  context.sentence_check_by = values.has('sentence') && sentenceDate !== undefined ? formatLongDate(addDays(sentenceDate, SENTENCE_CHECK_DAYS)) : null
  return problems.length > 0 ? { problems } : { context }
}
