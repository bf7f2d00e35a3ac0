/**
 * Dates checked against the calendar: a weekday must match its date, a
 * deadline written as a date must follow from its time limit and the day it
 * runs from (working days skip weekends and England and Wales bank holidays),
 * and a decision letter dated more than a working day after the decision must
 * say sorry for the delay.
 */
import { addDays, addMonths, addWorkingDays, DateRangeError, workingDaysBetween } from '../../calendar/dates.js'
import type { LetterType } from '../../model/types.js'
import type { CaseFacts } from './case-facts.js'
import type { Claim } from './fact-findings.js'
import type { Duration } from './durations.js'
import type { SentenceText } from './sentences.js'
import type { StatedLimit } from './time-limits.js'
import { WEEKDAYS, weekdayOf, writeDate } from './written-dates.js'

const LONG = (iso: string) => writeDate(iso, true)

/** A sentence that tells of the past: "it happened", "you told the police". */
const PAST = /\b(?:was|were|happened|had|did|went|told|said|took|occurred|left|arrived|came|met|saw|called|reported)\b/i
const FUTURE = /\b(?:will|shall|is listed|is due|is fixed|are due)\b|['’]ll\b/i

/**
 * A date written without its year is taken as the one nearest the letter's date; but "it happened on Saturday
 * 9 August", in a letter of May 2026, is last August, a Saturday. Where the sentence tells of the past and the
 * year before fits the weekday, the weekday is right.
 */
function lastYearFits(iso: string, weekday: number, sentence: string, letterDate: string | undefined): boolean {
  if (!letterDate || iso <= letterDate || !PAST.test(sentence) || FUTURE.test(sentence)) return false
  return weekdayOf(addMonths(iso, -12)) === weekday
}

/** Weekdays that do not match their dates. */
export function checkWeekdays(facts: CaseFacts, sentences: SentenceText[]): Claim[] {
  const claims: Claim[] = []
  for (const date of facts.dates) {
    if (date.weekday === undefined || !date.iso) continue
    const actual = weekdayOf(date.iso)
    if (actual === date.weekday) continue
    const sentence = sentences.find((s) => s.start <= date.start && date.start < s.end)?.text ?? ''
    if (date.year === undefined && lastYearFits(date.iso, date.weekday, sentence, facts.letterDate)) continue
    claims.push({
      fact: 'DATE-01',
      start: date.start,
      end: date.end,
      verdict: 'wrong',
      reason: `${LONG(date.iso).replace(/^\w+ /, '')} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[date.weekday]}.`,
      expected: [writeDate(date.iso, date.year !== undefined)],
    })
  }
  return claims
}

function addPeriod(start: string, d: Duration): string {
  if (d.unit === 'day') return d.working ? addWorkingDays(start, d.count) : addDays(start, d.count)
  if (d.unit === 'week') return addDays(start, 7 * d.count)
  return addMonths(start, d.unit === 'year' ? 12 * d.count : d.count)
}

/** A date named as a bank holiday: "the bank holiday on 31 August", "bank holiday Monday, 31 August". */
const BANK_HOLIDAY_BEFORE = /\bbank holidays?\b[^.;,]{0,12}$/i

/** What comes between a date and the limit that says how it was counted: "31 December, which is ten working days". */
const APPOSED = /^\s*,?\s*(?:\(\s*)?(?:which is|that is|that's|being|i\.e\.)\s*$/i

/** Words that tie a date to the limit before it: "that is by", "which is", "no later than". */
const TIES = /\b(?:that is|that's|this is|which is|which will be|by|no later than|not later than|until|before|on or before)\b/i

/**
 * Deadline dates that do not follow from their limit.
 *
 * @param limits The time limits found, with their topics.
 * @param sentences The letter's sentences.
 * @param facts The letter's case facts.
 * @returns Claims on the dates.
 */
export function checkDeadlineDates(limits: StatedLimit[], sentences: SentenceText[], facts: CaseFacts): Claim[] {
  const claims: Claim[] = []
  for (const { duration: d, sentence, topic } of limits) {
    // The date given for this limit: later in its sentence, or in a next sentence that points back ("That is …").
    // A date after another limit is that limit's ("by 6 May (ten working days); up to three months, until 21 July").
    const nextLimit = Math.min(...limits.map((other) => other.duration.start).filter((start) => start >= d.claimEnd && start < sentence.end), sentence.end)
    // A date the limit is put beside ("by Thursday 31 December, which is ten working days from today (our office
    // is closed on 25 and 28 December)") is the deadline; a date after the limit is then some other day.
    let date = facts.dates.find(
      (x) => x.iso && x.end <= d.start && x.start >= sentence.start && APPOSED.test(sentence.text.slice(x.end - sentence.start, d.start - sentence.start)),
    )
    date ??= facts.dates.find(
      (x) =>
        x.iso &&
        x.start >= d.claimEnd &&
        x.end <= nextLimit &&
        TIES.test(sentence.text.slice(0, x.start - sentence.start)) &&
        // A bank holiday named on the way is a day left out of the count, not the deadline ("the bank holiday on 31 August is not counted").
        !BANK_HOLIDAY_BEFORE.test(sentence.text.slice(Math.max(0, x.start - sentence.start - 30), x.start - sentence.start)),
    )
    const next = sentences[sentence.index + 1]
    if (
      !date &&
      next &&
      next.paragraph === sentence.paragraph &&
      TIES.test(next.text) &&
      !/\d+ (?:working )?days|\b(?:ten|three) (?:working days|months)\b/i.test(next.text)
    ) {
      date = facts.dates.find((x) => x.iso && x.start >= next.start && x.end <= next.end)
    }
    if (!date?.iso) continue
    const from =
      d.anchor === 'sentence' || (topic === 'sentence-review' && facts.sentenceDate)
        ? facts.sentenceDate
        : d.anchor === 'decision'
          ? facts.decisionDate
          : d.anchor === undefined || d.anchor === 'letter' || d.anchor === 'told'
            ? facts.letterDate
            : undefined
    // A limit of some days cannot end on the day it runs from: that day was read from the deadline itself
    // ("within 28 days of the sentence, so by 28 December"), and the real one is not known.
    if (!from || from === date.iso) continue
    let expected: string
    try {
      expected = addPeriod(from, d)
    } catch (error) {
      if (error instanceof DateRangeError) continue
      throw error
    }
    // Counting from receipt, or from being told, allows a later date than counting from the letter's own date.
    const fromReceipt = /\b(?:receiv|receipt|get|told|hear)/i.test(anchorWords(sentence, d))
    const wrong = fromReceipt && d.anchor !== 'sentence' && topic !== 'sentence-review' ? date.iso < expected : date.iso !== expected
    if (!wrong) continue
    const counted = d.working ? `${d.count} working days, leaving out weekends and bank holidays,` : `${d.count} ${d.unit}${d.count === 1 ? '' : 's'}`
    claims.push({
      fact: 'DATE-02',
      start: date.start,
      end: date.end,
      verdict: 'wrong',
      reason: `${counted} from ${LONG(from)} ends on ${LONG(expected)}, not ${LONG(date.iso)}.`,
      expected: [writeDate(expected, date.year !== undefined)],
    })
  }
  return claims
}

const anchorWords = (sentence: SentenceText, d: Duration) => sentence.text.slice(d.end - sentence.start, d.claimEnd - sentence.start + 20)

/** Letter types whose decision the CPS must tell the victim of within 1 working day. */
const TIMED: ReadonlySet<LetterType> = new Set(['no-charge', 'discontinuance', 'alteration'])

/**
 * A decision letter dated more than 1 working day after the decision, with no apology and no earlier call.
 *
 * @param facts The letter's case facts.
 * @param letterType The letter type, when known.
 * @returns At most one claim, on the letter's date.
 */
export function checkLateLetter(facts: CaseFacts, letterType: LetterType | undefined): Claim[] {
  if (!letterType || !TIMED.has(letterType) || !facts.letterDate || !facts.decisionDate) return []
  if (facts.toldBefore || facts.apologisesForDelay || facts.decisionDate > facts.letterDate) return []
  let gap: number
  try {
    gap = workingDaysBetween(facts.decisionDate, facts.letterDate)
  } catch (error) {
    if (error instanceof DateRangeError) return []
    throw error
  }
  if (gap <= 1) return []
  const dated = facts.dates.find((x) => x.iso === facts.letterDate)!
  return [
    {
      fact: 'CODE-02',
      start: dated.start,
      end: dated.end,
      verdict: 'wrong',
      // The date reported is not always the day of the decision (a ruling can come before it), so this is a prompt.
      cap: 'info',
      reason: `This letter is dated ${gap} working days after the decision of ${LONG(facts.decisionDate)}; a victim of a sexual offence should be told within 1 working day.`,
      advice: 'Add a sentence saying sorry that the letter has taken longer than it should have.',
    },
  ]
}
