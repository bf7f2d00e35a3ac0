/**
 * A readability summary for a whole document: the reading age an editor shows
 * in its status bar, and the longest sentences to shorten first.
 */
import type { DocumentIndex } from '../text/document.js'
import { syllables as countSyllables } from './readability.js'

export interface ReadabilitySummary {
  /** Estimated reading age in years (Flesch–Kincaid grade + 5), or undefined for too little prose. */
  readingAge?: number
  /** Average words per sentence, over sentences of prose. */
  averageSentenceLength?: number
  /** The longest sentences, longest first: offsets and word counts. */
  longestSentences: Array<{ start: number; end: number; words: number }>
}

/** Sentences shorter than this (headings, addresses, sign-offs) are left out of the averages. */
const MIN_WORDS = 4

/**
 * Summarise a document's readability.
 *
 * @param doc The indexed document.
 * @returns Reading age, average sentence length and the three longest sentences.
 */
export function summarise(doc: DocumentIndex): ReadabilitySummary {
  const prose = doc.sentences.filter((s) => s.endToken - s.firstToken >= MIN_WORDS)
  const longestSentences = prose
    .map((s) => ({ start: s.start, end: s.end, words: s.endToken - s.firstToken }))
    .sort((a, b) => b.words - a.words || a.start - b.start)
    .slice(0, 3)
  if (prose.length === 0) return { longestSentences }
  let words = 0
  let syllables = 0
  for (const sentence of prose) {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      words++
      syllables += Math.max(1, countSyllables(doc.tokens[t]!.norm))
    }
  }
  const perSentence = words / prose.length
  // Flesch–Kincaid grade level; UK reading age is roughly the US grade plus five.
  const grade = 0.39 * perSentence + 11.8 * (syllables / words) - 15.59
  return {
    readingAge: Math.round(Math.max(5, grade + 5) * 10) / 10,
    averageSentenceLength: Math.round(perSentence * 10) / 10,
    longestSentences,
  }
}
