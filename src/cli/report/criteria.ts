/**
 * The checkable criteria a letter must meet, written down in docs/report.md.
 * Inspectors judge a letter as a whole (HMCPS found 24.1% of letters to victims
 * met the standard in 2020); these are only the parts of that judgement a
 * machine can check, so a letter that meets them all still needs a human read.
 */
import { READING_AGE } from '../../core/model/reading-age.js'
import type { DocumentEntry } from './entry.js'

/** Reading age at or below which a letter counts as plain: the top of the aim for letters to victims. */
export const PLAIN_READING_AGE = READING_AGE.aim.to

export const CRITERIA = [
  { id: 'type-known', label: 'Letter type known (given or recognised)' },
  { id: 'required-parts', label: 'Every part its letter type requires' },
  { id: 'reading-age', label: `Reading age ${PLAIN_READING_AGE} or lower` },
  { id: 'no-misconception', label: 'No wording that presumes or repeats a rape myth' },
  { id: 'no-accuracy', label: 'No stated right, deadline or consequence found wrong' },
  { id: 'no-placeholder', label: 'No unfilled placeholder' },
] as const

export type CriterionId = (typeof CRITERIA)[number]['id']

type Checked = Pick<DocumentEntry, 'letterType' | 'missing' | 'readingAge' | 'counts' | 'rules'>

/**
 * Which criteria a letter meets.
 *
 * @param entry The letter's counts.
 * @returns Each criterion, met or not.
 */
export function meetsCriteria(entry: Checked): Record<CriterionId, boolean> {
  return {
    'type-known': entry.letterType !== null,
    'required-parts': entry.letterType !== null && entry.missing.length === 0,
    'reading-age': entry.readingAge !== null && entry.readingAge <= PLAIN_READING_AGE,
    'no-misconception': (entry.counts.misconception ?? 0) === 0,
    'no-accuracy': (entry.counts.accuracy ?? 0) === 0,
    'no-placeholder': (entry.rules['structure/placeholder'] ?? 0) === 0,
  }
}
