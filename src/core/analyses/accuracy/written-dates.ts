/**
 * Dates as letters write them: "Tuesday 3 March 2026", "3rd March", "Friday,
 * 10 April". A date without a year takes the year that puts it nearest the
 * letter's own date, as a reader would.
 */
import { formatLongDate, parseIsoDate } from '../../calendar/dates.js'

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

export interface WrittenDate {
  start: number
  end: number
  /** The weekday as written, if any (0 = Sunday). */
  weekday?: number
  day: number
  /** 1 to 12. */
  month: number
  /** As written; absent when the letter left it out. */
  year?: number
}

const MONTH_WORDS = new Set(MONTHS)
/** What may come before a month name: "Tuesday 3", "Friday, the 3rd of". */
const BEFORE = /(?:\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/
const AFTER = /^,?\s+(\d{4})\b/

/**
 * Find the dates written in a text, starting from its month names (so the
 * search costs little in a long document).
 *
 * @param text The document text.
 * @param tokens The document's words, with offsets into `text`.
 * @returns Dates in order, with offsets into `text`.
 */
export function findWrittenDates(text: string, tokens: ReadonlyArray<{ norm: string; start: number; end: number }>): WrittenDate[] {
  const found: WrittenDate[] = []
  for (const token of tokens) {
    if (!MONTH_WORDS.has(token.norm)) continue
    const before = BEFORE.exec(text.slice(Math.max(0, token.start - 32), token.start))
    if (!before) continue
    const day = Number(before[2])
    if (day < 1 || day > 31) continue
    const after = AFTER.exec(text.slice(token.end, token.end + 8))
    found.push({
      start: token.start - before[0].length + (before[0].length - before[0].trimStart().length),
      end: after ? token.end + after[0].length : token.end,
      weekday: before[1] ? WEEKDAYS.indexOf(before[1]) : undefined,
      day,
      month: MONTHS.indexOf(token.norm) + 1,
      year: after ? Number(after[1]) : undefined,
    })
  }
  return found
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The ISO date a written date stands for.
 *
 * @param date The written date.
 * @param near The letter's own date, to supply a missing year.
 * @returns The ISO date, or undefined when there is no such day or no year can be known.
 */
export function resolveDate(date: WrittenDate, near?: string): string | undefined {
  if (date.year !== undefined) return parseIsoDate(`${date.year}-${pad(date.month)}-${pad(date.day)}`)
  if (!near) return undefined
  const year = Number(near.slice(0, 4))
  let best: string | undefined
  let bestGap = Infinity
  for (const candidate of [year - 1, year, year + 1]) {
    const iso = parseIsoDate(`${candidate}-${pad(date.month)}-${pad(date.day)}`)
    if (!iso) continue
    const gap = Math.abs(Date.parse(iso) - Date.parse(near))
    if (gap < bestGap) [best, bestGap] = [iso, gap]
  }
  return best
}

/**
 * The weekday of an ISO date.
 *
 * @param iso An ISO date.
 * @returns 0 (Sunday) to 6.
 */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay()
}

/**
 * A date written as it should be, with or without its year as the letter had it.
 *
 * @param iso The ISO date.
 * @param withYear Whether to write the year.
 * @returns For example `Tuesday 14 April 2026`, or `Tuesday 14 April`.
 */
export function writeDate(iso: string, withYear: boolean): string {
  const long = formatLongDate(iso)
  return withYear ? long : long.replace(/ \d{4}$/, '')
}
