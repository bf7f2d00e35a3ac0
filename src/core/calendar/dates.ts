/**
 * Dates as a letter states them ('Tuesday 3 March 2026') and the deadlines a
 * victim is given, counted in working days: not Saturdays, Sundays or bank
 * holidays in England and Wales. Dates are ISO strings (`2026-03-03`) and the
 * arithmetic runs in UTC, so the result never depends on the machine's time zone.
 */
import { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS } from './bank-holidays.js'

const DAY_MS = 86_400_000
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const HOLIDAYS = new Set(BANK_HOLIDAYS.map(([date]) => date))

/** A working-day count reached a year the bank holiday list does not cover. */
export class DateRangeError extends RangeError {
  constructor(
    readonly year: number,
    readonly date?: string,
  ) {
    super(
      `bank holidays in England and Wales are only known from ${BANK_HOLIDAY_YEARS.first} to the end of ${BANK_HOLIDAY_YEARS.last}, and counting working days reached ${date ?? year}; a later list from https://www.gov.uk/bank-holidays is needed`,
    )
    this.name = 'DateRangeError'
  }
}

/**
 * Read an ISO calendar date.
 *
 * @param value Text such as `2026-03-03`.
 * @returns The same text when it names a real day, else undefined (`2026-02-30` is not one).
 */
export function parseIsoDate(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const time = Date.parse(`${value}T00:00:00Z`)
  // Date.parse rolls 30 February over into March; a real day survives the round trip.
  return Number.isNaN(time) || toIso(time) !== value ? undefined : value
}

function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}

function toIso(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

/**
 * Write a date the way a British letter does.
 *
 * @param iso An ISO date.
 * @returns For example `Tuesday 3 March 2026`.
 */
export function formatLongDate(iso: string): string {
  const date = new Date(toTime(iso))
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

/**
 * Whether a day is a working day in England and Wales.
 *
 * @param iso An ISO date.
 * @returns False for weekends and bank holidays.
 * @throws {DateRangeError} When the year is outside the bank holiday list.
 */
export function isWorkingDay(iso: string): boolean {
  const year = Number(iso.slice(0, 4))
  if (year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) throw new DateRangeError(year, iso)
  const weekday = new Date(toTime(iso)).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(iso)
}

/**
 * The day a number of calendar days away.
 *
 * @param iso An ISO date.
 * @param days Days to add (may be negative).
 * @returns An ISO date.
 */
export function addDays(iso: string, days: number): string {
  return toIso(toTime(iso) + days * DAY_MS)
}

/**
 * The last day of a period of working days that starts the day after `iso`:
 * 'within 10 working days of this letter' ends on the 10th working day after it.
 *
 * @param iso The start date (not itself counted).
 * @param count Working days, at least 1.
 * @returns An ISO date, always a working day.
 */
export function addWorkingDays(iso: string, count: number): string {
  let day = iso
  for (let left = count; left > 0;) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) left--
  }
  return day
}

/**
 * How many working days pass after `from` up to and including `to`.
 *
 * @param from An ISO date (not counted).
 * @param to A later ISO date.
 * @returns 0 when `to` is not after `from`.
 */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++
  return count
}

/**
 * The same day a number of months later; a day the month lacks becomes its
 * last day (31 January plus one month is 28 or 29 February).
 *
 * @param iso An ISO date.
 * @param months Months to add.
 * @returns An ISO date.
 */
export function addMonths(iso: string, months: number): string {
  const date = new Date(toTime(iso))
  const target = date.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), target + 1, 0)).getUTCDate()
  return toIso(Date.UTC(date.getUTCFullYear(), target, Math.min(date.getUTCDate(), lastDay)))
}
