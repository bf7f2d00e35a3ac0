/**
 * Recognises the type of a letter from what it says happened: each type's cue
 * phrases count once per sentence, and the type with the most sentences wins.
 */
import type { DocumentIndex } from '../text/document.js'
import { LETTER_TYPES } from '../model/types.js'
import type { LetterType } from '../model/types.js'
import type { SignalHits } from './signals.js'
import { sentencesWith } from './signals.js'

export interface LetterTypeGuess {
  letterType: LetterType
  /** The winner's share of all cue sentences, 0 to 1. */
  confidence: number
}

/**
 * Guess a letter's type.
 *
 * @param doc The indexed letter.
 * @param hits Structure signal hits.
 * @returns The likeliest type, or undefined when nothing points to any.
 */
export function detectLetterType(doc: DocumentIndex, hits: SignalHits): LetterTypeGuess | undefined {
  const scores = LETTER_TYPES.map((type) => [type, sentencesWith(hits, `type/${type}`, doc).size] as const)
  const total = scores.reduce((sum, [, score]) => sum + score, 0)
  if (total === 0) return undefined
  const [letterType, best] = scores.reduce((a, b) => (b[1] > a[1] ? b : a))
  return { letterType, confidence: Math.round((best / total) * 100) / 100 }
}
