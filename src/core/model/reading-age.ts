/**
 * heed's one reading-age setting. Letters to victims aim at a reading age of 9
 * to 11 (GOV.UK content design; NHS health literacy guidance). The formulas
 * overstate the age of short sentences that carry names and places, so a
 * letter's sentence is flagged only above the aim plus a year. Reviews are read
 * by lawyers: their limit is looser, and a finding there is advice.
 */
import type { DocumentKind } from './types.js'

export const READING_AGE = {
  /** The band a letter to a victim aims for. */
  aim: { from: 9, to: 11 },
  /** Above this, heed reports a sentence (when the configuration sets no other). */
  limit: { letter: 12, review: 16 } satisfies Record<DocumentKind, number>,
} as const

/** The aim in words: "9 to 11". */
export const READING_AGE_AIM = `${READING_AGE.aim.from} to ${READING_AGE.aim.to}`
