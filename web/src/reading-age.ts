/**
 * The reading-age gauge: the number heed estimates for the whole letter, and
 * what it means against the reading age letters to victims aim for (READING_AGE in heed/lint;
 * README, "Drafting"). Reviews are written for lawyers and get a looser aim.
 */
import { READING_AGE, READING_AGE_AIM } from 'heed/lint'
import type { DocumentKind } from 'heed/lint'

/** What the gauge shows. */
export interface ReadingAgeView {
  /** The estimate in years, rounded to a half; absent when there is too little prose. */
  value?: number
  /** The highest reading age that is still on target. */
  aim: number
  verdict: 'on-target' | 'above' | 'unknown'
  /** One sentence for the writer. */
  text: string
}

const AIM: Record<DocumentKind, number> = { letter: READING_AGE.aim.to, review: READING_AGE.limit.review }

/**
 * Describe a reading age.
 *
 * @param readingAge heed's estimate (`data.heed.readability.readingAge`).
 * @param kind A letter or a review.
 * @returns The gauge's value, verdict and words.
 */
export function describeReadingAge(readingAge: number | undefined, kind: DocumentKind): ReadingAgeView {
  const aim = AIM[kind]
  if (readingAge === undefined || !Number.isFinite(readingAge)) {
    return { aim, verdict: 'unknown', text: 'There is not enough text yet to estimate a reading age.' }
  }
  const value = Math.round(readingAge * 2) / 2
  const target = kind === 'letter' ? `a letter to a victim should be at ${READING_AGE_AIM}` : `a review should be at ${aim} or under`
  if (value <= aim) return { value, aim, verdict: 'on-target', text: `Reading age ${value}: on target (${target}).` }
  return { value, aim, verdict: 'above', text: `Reading age ${value}: too hard (${target}). Shorten the longest sentences and use everyday words.` }
}
