/**
 * Dates as letters state them, and review deadlines in working days across
 * the bank holidays of England and Wales.
 */
import { describe, expect, it } from 'vitest'
import { BANK_HOLIDAYS, BANK_HOLIDAY_SOURCE, BANK_HOLIDAY_YEARS } from '../../../src/core/calendar/bank-holidays.js'
import { DateRangeError, addMonths, addWorkingDays, formatLongDate, isWorkingDay, parseIsoDate, workingDaysBetween } from '../../../src/core/calendar/dates.js'

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), to check the shipped list against. */
function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay()

describe('formatLongDate', () => {
  it.each([
    ['2026-03-03', 'Tuesday 3 March 2026'],
    ['2025-12-25', 'Thursday 25 December 2025'],
    ['2028-02-29', 'Tuesday 29 February 2028'],
  ])('writes %s as “%s”', (iso, words) => {
    expect(formatLongDate(iso)).toBe(words)
  })
})

describe('parseIsoDate', () => {
  it('accepts real days and refuses the rest', () => {
    expect(parseIsoDate('2026-03-03')).toBe('2026-03-03')
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29')
    for (const bad of ['2026-02-30', '2027-02-29', '03/03/2026', '2026-3-3', '2026-03-03T10:00', '']) expect(parseIsoDate(bad)).toBeUndefined()
  })
})

describe('working days', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2025-11-03', 10)).toBe('2025-11-17')
    expect(addWorkingDays('2025-11-07', 1)).toBe('2025-11-10')
  })

  it('skips Christmas, Boxing Day and New Year', () => {
    // Friday 19 December 2025: 25, 26 December and 1 January are bank holidays.
    expect(formatLongDate(addWorkingDays('2025-12-19', 10))).toBe('Wednesday 7 January 2026')
    // 2026: Boxing Day is a Saturday, so Monday 28 December is the substitute day.
    expect(formatLongDate(addWorkingDays('2026-12-23', 10))).toBe('Monday 11 January 2027')
    expect(isWorkingDay('2026-12-28')).toBe(false)
    // 2027: both Christmas days fall at the weekend; 27 and 28 December are off.
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29')
    // 2028: New Year's Day is a Saturday; Monday 3 January is off.
    expect(addWorkingDays('2027-12-31', 1)).toBe('2028-01-04')
  })

  it('skips Good Friday and Easter Monday', () => {
    expect(formatLongDate(addWorkingDays('2026-04-01', 10))).toBe('Friday 17 April 2026')
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22')
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02')
  })

  it('counts the working days between two dates', () => {
    expect(workingDaysBetween('2025-11-07', '2025-11-10')).toBe(1)
    expect(workingDaysBetween('2025-12-24', '2025-12-29')).toBe(1)
    expect(workingDaysBetween('2026-03-03', '2026-03-03')).toBe(0)
  })

  it('counts through 2029 and 2030', () => {
    // Easter 2029 is Sunday 1 April: Good Friday 30 March and Easter Monday 2 April are off.
    expect(addWorkingDays('2029-03-29', 1)).toBe('2029-04-03')
    // Easter 2030 is Sunday 21 April.
    expect(addWorkingDays('2030-04-18', 1)).toBe('2030-04-23')
    // The first and last Mondays of May, and the last Monday of August.
    expect(['2029-05-07', '2029-05-28', '2029-08-27', '2030-05-06', '2030-05-27', '2030-08-26'].map(isWorkingDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    // A review deadline from a letter of Friday 20 December 2030 would need 2031.
    expect(formatLongDate(addWorkingDays('2030-12-13', 10))).toBe('Tuesday 31 December 2030')
  })

  it('refuses to guess outside the known years, naming the date it reached', () => {
    expect(() => addWorkingDays('2030-12-20', 10)).toThrow(DateRangeError)
    expect(() => addWorkingDays('2030-12-20', 10)).toThrow(/only known from 2024 to the end of 2030, and counting working days reached 2031-01-01/)
    expect(() => isWorkingDay('2023-06-01')).toThrow(/2024 to the end of 2030/)
  })
})

describe('addMonths', () => {
  it('keeps the day, or uses the last day of a shorter month', () => {
    expect(addMonths('2025-11-10', 3)).toBe('2026-02-10')
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2026-10-15', 3)).toBe('2027-01-15')
  })
})

describe('the bank holiday list', () => {
  it('names its source and covers its years with eight holidays each, all on weekdays', () => {
    expect(BANK_HOLIDAY_SOURCE).toBe('https://www.gov.uk/bank-holidays')
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++) {
      const days = BANK_HOLIDAYS.filter(([date]) => date.startsWith(`${year}-`))
      expect(days, String(year)).toHaveLength(8)
      for (const [date] of days) expect([1, 2, 3, 4, 5], date).toContain(weekday(date))
    }
  })

  it('has Good Friday and Easter Monday where Easter falls', () => {
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++) {
      const easter = easterSunday(year)
      expect(BANK_HOLIDAYS).toContainEqual([shift(easter, -2), 'Good Friday'])
      expect(BANK_HOLIDAYS).toContainEqual([shift(easter, 1), 'Easter Monday'])
    }
  })

  it('has the May and August holidays on the right Mondays', () => {
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++) {
      const named = (name: string) => BANK_HOLIDAYS.find(([date, n]) => n === name && date.startsWith(`${year}-`))![0]
      const early = named('Early May bank holiday')
      expect(weekday(early)).toBe(1)
      expect(Number(early.slice(8))).toBeLessThanOrEqual(7)
      for (const [name, month] of [
        ['Spring bank holiday', '05'],
        ['Summer bank holiday', '08'],
      ] as const) {
        const date = named(name)
        expect(weekday(date)).toBe(1)
        expect(date.slice(5, 7)).toBe(month)
        expect(shift(date, 7).slice(5, 7)).not.toBe(month)
      }
    }
  })
})
