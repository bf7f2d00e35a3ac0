/**
 * Today by the clock, apart from the calendar's bank holidays so that `lint`
 * can read it without loading them.
 */

/** Today by the clock, as an ISO date (`2026-12-05`). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}
