/**
 * What a template sees: the writer's checked values, each marked as data,
 * plus values worked out from them (dates in words, review deadlines, whether
 * the letter is late), so that the templates need no helpers.
 */
import type { LetterType } from '../model/types.js'
import { checkCaseShape } from './case-shape.js'
import { DateRangeError, addDays, addMonths, addWorkingDays, formatLongDate, isWorkingDay, workingDaysBetween } from '../calendar/dates.js'
import type { FieldProblem, FieldValue } from './fields.js'
import type { FieldSpec } from './spec.js'

/**
 * Private-use characters around every value a writer gave. The renderer uses
 * them to tell the template's own words from the writer's, so each output
 * format can escape the writer's (and only a template can make a heading or list).
 */
export const OPEN = '\uE000'
export const CLOSE = '\uE001'
/** Put before the decision by its partial, so a layout can find the block that states it (easy-read.ts). */
export const DECISION = '\uE002'

/** Letter types that offer the Victims' Right to Review, with its deadlines. */
const REVIEWABLE = new Set<LetterType>(['no-charge', 'discontinuance'])
/** Working days within which a victim with enhanced rights should hear of a decision (Victims' Code). */
const PROMPT_WORKING_DAYS = 1
/** The review scheme's prompt window and outer limit. */
const REVIEW_WORKING_DAYS = 10
const REVIEW_MONTHS = 3
/**
 * Days after sentence within which the Attorney General must refer a sentence
 * as unduly lenient (Criminal Justice Act 1988 Sch 3 para 1). The Attorney
 * General's Office asks for requests by the last working day within them, so
 * the letter gives that day. If a longer limit for victims comes into force
 * (Victims and Courts Act 2026), this date stays safe: it is never too late.
 */
const SENTENCE_CHECK_DAYS = 28
/** Sentences that let a victim of a sexual offence join the Victim Contact Scheme (DVCVA 2004 s.35). */
const VCS_SENTENCES = new Set(['12-months-or-more', 'hospital-order'])
/** Lists of charges that a template names in a sentence: each gives `<name>_words` and `<name>_plural`. */
const CHARGE_LISTS: Record<string, string> = {
  charges: 'charges',
  stopped_charges: 'stopped',
  continuing_charges: 'continuing',
  not_guilty_of: 'not_guilty',
  no_verdict_on: 'no_verdict',
  on_file: 'on_file',
}
const wordsName = (list: string) => CHARGE_LISTS[list]!

/** Mark a value as data; each paragraph is marked on its own, so a block never starts inside a mark. */
const mark = (text: string) =>
  text
    .split('\n\n')
    .map((p) => OPEN + p + CLOSE)
    .join('\n\n')

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
  const names = [
    'late',
    'late_due',
    'meeting_declined',
    'review_by',
    'review_latest',
    'sentence_check_by',
    'victim_you',
    'victim_your',
    'vcs_eligible',
    'vcs_not_eligible',
  ]
  for (const list of Object.keys(CHARGE_LISTS)) names.push(`${wordsName(list)}_words`, `${wordsName(list)}_plural`)
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
    context[spec.name] =
      typeof value === 'string' && spec.type !== 'date' && spec.type !== 'enum' ? mark(value) : Array.isArray(value) ? value.map(mark) : (value ?? null)
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
    if (decisionDate > letterDate)
      problems.push({ field: 'decision_date', message: 'is after letter_date: a letter cannot come before the decision it tells of' })
    guard('decision_date', () => {
      context.late_due = formatLongDate(addWorkingDays(decisionDate, PROMPT_WORKING_DAYS))
      context.late ??= workingDaysBetween(decisionDate, letterDate) > PROMPT_WORKING_DAYS
    })
  }
  context.meeting_declined = values.get('offer_meeting') === false
  context.review_by = null
  context.review_latest = null
  if (REVIEWABLE.has(type)) {
    guard('letter_date', () => {
      context.review_by = formatLongDate(addWorkingDays(letterDate, REVIEW_WORKING_DAYS))
    })
    context.review_latest = formatLongDate(addMonths(letterDate, REVIEW_MONTHS))
  }
  for (const list of Object.keys(CHARGE_LISTS)) {
    const items = context[list]
    context[`${wordsName(list)}_words`] = Array.isArray(items) ? joinWords(items as string[]) : null
    context[`${wordsName(list)}_plural`] = Array.isArray(items) && items.length > 1
  }
  // A letter to a parent or representative names the victim where a letter to the victim says "you".
  const about = values.get('recipient') !== undefined && values.get('recipient') !== 'victim' ? (values.get('about_name') as string | undefined) : undefined
  context.victim_you = about === undefined ? 'you' : mark(about)
  context.victim_your = about === undefined ? 'your' : mark(`${about}’s`)
  const custody = values.get('custody')
  context.vcs_eligible = type === 'sentence' && typeof custody === 'string' && VCS_SENTENCES.has(custody)
  context.vcs_not_eligible = type === 'sentence' && typeof custody === 'string' && !VCS_SENTENCES.has(custody)
  const sentenceDate = values.get('sentence_date') as string | undefined
  context.sentence_check_by = null
  if (type === 'sentence' && sentenceDate !== undefined && values.get('magistrates_court') !== true) {
    guard('sentence_date', () => {
      context.sentence_check_by = formatLongDate(lastWorkingDayBy(addDays(sentenceDate, SENTENCE_CHECK_DAYS)))
    })
  }
  problems.push(...checkCaseShape(type, values))
  return problems.length > 0 ? { problems } : { context }
}

/** The day itself when it is a working day, else the working day before it. */
function lastWorkingDayBy(iso: string): string {
  let day = iso
  while (!isWorkingDay(day)) day = addDays(day, -1)
  return day
}
