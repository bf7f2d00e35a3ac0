/**
 * A readability summary for a whole document: the reading age an editor shows
 * in its status bar, and the longest sentences to shorten first.
 */
import type { DocumentIndex } from '../text/document.js'

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

/** The sums a reading age is computed from, kept apart so that pieces of a long document can be added up. */
export interface ReadabilityCounts {
  /** Sentences of prose (four words or more). */
  sentences: number
  words: number
  syllables: number
  /** The longest sentences, longest first (at most three). */
  longestSentences: Array<{ start: number; end: number; words: number }>
}

/**
 * Count what the readability summary needs.
 *
 * @param doc The indexed document.
 * @param countSyllables The readability check's syllable count, passed in so that this module,
 *   which every lint loads, does not bring the readability word lists with it.
 * @returns Sentences, words and syllables of prose, and the three longest sentences.
 */
export function readabilityCounts(doc: DocumentIndex, countSyllables: (word: string) => number): ReadabilityCounts {
  const prose = doc.sentences.filter((s) => s.endToken - s.firstToken >= MIN_WORDS)
  const longestSentences = prose
    .map((s) => ({ start: s.start, end: s.end, words: s.endToken - s.firstToken }))
    .sort((a, b) => b.words - a.words || a.start - b.start)
    .slice(0, 3)
  let words = 0
  let syllables = 0
  for (const sentence of prose) {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      words++
      syllables += Math.max(1, countSyllables(doc.tokens[t]!.norm))
    }
  }
  return { sentences: prose.length, words, syllables, longestSentences }
}

/**
 * Add up the counts of consecutive pieces of one document.
 *
 * @param parts Each piece's counts, with its offset in the document.
 * @returns The counts for the whole, offsets in the document.
 */
export function addReadabilityCounts(parts: ReadonlyArray<{ counts: ReadabilityCounts; offset: number }>): ReadabilityCounts {
  const total: ReadabilityCounts = { sentences: 0, words: 0, syllables: 0, longestSentences: [] }
  for (const { counts, offset } of parts) {
    total.sentences += counts.sentences
    total.words += counts.words
    total.syllables += counts.syllables
    total.longestSentences.push(...counts.longestSentences.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset })))
  }
  total.longestSentences = total.longestSentences.sort((a, b) => b.words - a.words || a.start - b.start).slice(0, 3)
  return total
}

/**
 * The summary from its counts.
 *
 * @param counts Sentences, words and syllables of prose.
 * @returns Reading age, average sentence length and the three longest sentences.
 */
export function summaryFrom(counts: ReadabilityCounts): ReadabilitySummary {
  const { longestSentences } = counts
  if (counts.sentences === 0) return { longestSentences }
  const perSentence = counts.words / counts.sentences
  // Flesch–Kincaid grade level; UK reading age is roughly the US grade plus five.
  const grade = 0.39 * perSentence + 11.8 * (counts.syllables / counts.words) - 15.59
  return {
    readingAge: Math.round(Math.max(5, grade + 5) * 10) / 10,
    averageSentenceLength: Math.round(perSentence * 10) / 10,
    longestSentences,
  }
}
