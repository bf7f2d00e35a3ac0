/**
 * Bank holidays in England and Wales, 2024 to 2030. Shipped as data (not
 * fetched) because the core makes no network calls, and a short list is easier
 * to check than a rules engine. Scotland and Northern Ireland have different
 * lists; CPS letters go to victims in England and Wales.
 *
 * 2024 to 2028 are as GOV.UK publishes them. 2029 and 2030 follow the pattern
 * GOV.UK has published every year since 1978 (the Banking and Financial
 * Dealings Act 1971 and the yearly proclamation): New Year's Day, Good Friday
 * and Easter Monday (from the date of Easter), the first and last Mondays in
 * May, the last Monday in August, Christmas Day and Boxing Day, each moved to
 * the next weekday when it falls at a weekend. A one-off change by
 * proclamation (as in 2020, 2022 and 2023) would change them: check them
 * against GOV.UK when it publishes those years. Dates after 2030 are refused
 * rather than guessed, so a victim is never given a wrong deadline.
 */

/** Where the list comes from. */
export const BANK_HOLIDAY_SOURCE = 'https://www.gov.uk/bank-holidays'

/** The years the list covers, inclusive. */
export const BANK_HOLIDAY_YEARS = { first: 2024, last: 2030 } as const

/**
 * ISO dates. Substitute days (when a holiday falls at a weekend) are the published weekday.
 * GOV.UK had published the years to 2028 when the list was written; later years follow the usual pattern.
 */
export const BANK_HOLIDAYS: ReadonlyArray<readonly [date: string, name: string]> = [
  ['2024-01-01', "New Year's Day"],
  ['2024-03-29', 'Good Friday'],
  ['2024-04-01', 'Easter Monday'],
  ['2024-05-06', 'Early May bank holiday'],
  ['2024-05-27', 'Spring bank holiday'],
  ['2024-08-26', 'Summer bank holiday'],
  ['2024-12-25', 'Christmas Day'],
  ['2024-12-26', 'Boxing Day'],
  ['2025-01-01', "New Year's Day"],
  ['2025-04-18', 'Good Friday'],
  ['2025-04-21', 'Easter Monday'],
  ['2025-05-05', 'Early May bank holiday'],
  ['2025-05-26', 'Spring bank holiday'],
  ['2025-08-25', 'Summer bank holiday'],
  ['2025-12-25', 'Christmas Day'],
  ['2025-12-26', 'Boxing Day'],
  ['2026-01-01', "New Year's Day"],
  ['2026-04-03', 'Good Friday'],
  ['2026-04-06', 'Easter Monday'],
  ['2026-05-04', 'Early May bank holiday'],
  ['2026-05-25', 'Spring bank holiday'],
  ['2026-08-31', 'Summer bank holiday'],
  ['2026-12-25', 'Christmas Day'],
  ['2026-12-28', 'Boxing Day (substitute day)'],
  ['2027-01-01', "New Year's Day"],
  ['2027-03-26', 'Good Friday'],
  ['2027-03-29', 'Easter Monday'],
  ['2027-05-03', 'Early May bank holiday'],
  ['2027-05-31', 'Spring bank holiday'],
  ['2027-08-30', 'Summer bank holiday'],
  ['2027-12-27', 'Christmas Day (substitute day)'],
  ['2027-12-28', 'Boxing Day (substitute day)'],
  ['2028-01-03', "New Year's Day (substitute day)"],
  ['2028-04-14', 'Good Friday'],
  ['2028-04-17', 'Easter Monday'],
  ['2028-05-01', 'Early May bank holiday'],
  ['2028-05-29', 'Spring bank holiday'],
  ['2028-08-28', 'Summer bank holiday'],
  ['2028-12-25', 'Christmas Day'],
  ['2028-12-26', 'Boxing Day'],
  ['2029-01-01', "New Year's Day"],
  ['2029-03-30', 'Good Friday'],
  ['2029-04-02', 'Easter Monday'],
  ['2029-05-07', 'Early May bank holiday'],
  ['2029-05-28', 'Spring bank holiday'],
  ['2029-08-27', 'Summer bank holiday'],
  ['2029-12-25', 'Christmas Day'],
  ['2029-12-26', 'Boxing Day'],
  ['2030-01-01', "New Year's Day"],
  ['2030-04-19', 'Good Friday'],
  ['2030-04-22', 'Easter Monday'],
  ['2030-05-06', 'Early May bank holiday'],
  ['2030-05-27', 'Spring bank holiday'],
  ['2030-08-26', 'Summer bank holiday'],
  ['2030-12-25', 'Christmas Day'],
  ['2030-12-26', 'Boxing Day'],
]
