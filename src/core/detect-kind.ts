/**
 * Tells a letter to a victim from a charging review when the caller does not
 * say which: letters greet and address their reader ("Dear", "you"), reviews
 * talk about the complainant and the suspect in the third person.
 */
import type { DocumentIndex } from './text/document.js'
import type { DocumentKind } from './model/types.js'

export interface KindGuess {
  kind: DocumentKind
  /** 0.5 (a coin toss) to 1 (certain). */
  confidence: number
}

/**
 * Guess the document kind.
 *
 * @param doc The indexed document.
 * @returns The likelier kind and how sure the guess is.
 */
export function detectKind(doc: DocumentIndex): KindGuess {
  const text = doc.text
  let letter = 0
  let review = 0
  if (/^\s*Dear\b/m.test(text)) letter += 3
  if (/\bYours (sincerely|faithfully)\b/i.test(text)) letter += 3
  if (/\bcharging (review|decision record|advice)\b|\bR v\.? [A-Z]|\bMG3\b|\breview(ing)? lawyer's (note|review)\b/i.test(text)) review += 3
  if (/^\s*(strengths|weaknesses)\s*:?\s*$/im.test(text)) review += 2
  let second = 0
  let third = 0
  for (const token of doc.tokens) {
    if (token.norm === 'you' || token.norm === 'your' || token.norm === 'yourself') second++
    else if (token.norm === 'complainant' || token.norm === 'suspect' || token.norm === 'defendant') third++
  }
  const per100 = 100 / Math.max(doc.tokens.length, 1)
  letter += Math.min(second * per100, 4)
  review += Math.min(third * per100 * 2, 4)
  const total = letter + review
  if (total === 0) return { kind: 'letter', confidence: 0.5 }
  const kind: DocumentKind = review > letter ? 'review' : 'letter'
  return { kind, confidence: Math.round((Math.max(letter, review) / total) * 100) / 100 }
}
