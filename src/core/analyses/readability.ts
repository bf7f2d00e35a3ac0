/**
 * Readability: sentences too hard for the reader (retext-readability's seven
 * formulas, reported only when six of them agree) and sentences too long to take in.
 * Letters aim at the reading age in model/reading-age.ts (GOV.UK, NHS); reviews are read by
 * lawyers, so there the findings are advice only.
 *
 * Speed: retext-readability looks every word up in two word lists by scanning
 * them (about 4,000 string comparisons a word) and counts its syllables afresh.
 * This module computes the same counts with the same word lists, syllable
 * counter and formulas (the packages retext-readability is built from), but
 * learns each distinct word once, so its findings are those of
 * retext-readability 8 (tests/perf/equivalence.test.ts checks this).
 */
import { automatedReadability } from 'automated-readability'
import { colemanLiau } from 'coleman-liau'
import { daleChall } from 'dale-chall'
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula'
import { flesch } from 'flesch'
import { gunningFog } from 'gunning-fog'
import type { Root, RootContent, Sentence } from 'nlcst'
import { smogFormula } from 'smog-formula'
import { spache } from 'spache'
import { spacheFormula } from 'spache-formula'
import { syllable } from 'syllable'
import type { Finding } from '../engine/finding.js'
import { wordText } from '../text/document.js'
import type { DocumentIndex } from '../text/document.js'
import { WORD_CACHE_LIMIT } from '../text/normalize.js'
import type { DocumentKind } from '../model/types.js'
import { READING_AGE, READING_AGE_AIM } from '../model/reading-age.js'

const SOURCE = 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk'

/** Reading age by kind when the configuration sets none (model/reading-age.ts says why). */
export const DEFAULT_READING_AGE: Record<DocumentKind, number> = READING_AGE.limit
/** How many of the seven formulas must agree (retext-readability's precision setting). */
export const AGREEMENT = 6 / 7
/** Sentences with fewer words are not scored (retext-readability's `minWords`). */
export const MIN_WORDS = 6
/** A line with no full stop, question or exclamation mark is a heading, address or sign-off, not prose. */
const PROSE = /[.?!]["'”’)]*\s*$/
/** Words in a sentence beyond which it is reported (GOV.UK: "try to split sentences over 25 words"). */
export const LONG_SENTENCE: Record<DocumentKind, number> = { letter: 25, review: 40 }

export interface ReadabilityOptions {
  kind: DocumentKind
  readingAge?: number
}

/**
 * Find hard and long sentences.
 *
 * @param tree The nlcst tree.
 * @param doc The indexed document.
 * @param options Kind and target reading age.
 * @returns Findings.
 */
export function checkReadability(tree: Root, doc: DocumentIndex, options: ReadabilityOptions): Finding[] {
  const severity = options.kind === 'letter' ? 'warning' : 'info'
  const age = options.readingAge ?? DEFAULT_READING_AGE[options.kind]
  const hardAges = new Map<number, number>()
  for (const sentence of hardSentences(tree, { age, minWords: MIN_WORDS, threshold: AGREEMENT })) {
    const start = sentence.position?.start.offset
    const end = sentence.position?.end.offset
    if (start === undefined || end === undefined || !PROSE.test(doc.text.slice(start, end))) continue
    hardAges.set(start, readingAgeOf(sentence))
  }

  // One finding per sentence: a sentence that is both long and hard is one problem with two remedies.
  const findings: Finding[] = []
  for (const sentence of doc.sentences) {
    const words = sentence.endToken - sentence.firstToken
    const long = words > LONG_SENTENCE[options.kind]
    const hardAge = hardAges.get(sentence.start)
    if (!long && hardAge === undefined) continue
    const split = long ? splitPoint(doc, sentence.firstToken, sentence.endToken) : undefined
    const where = split ? `split it after “${split}”` : 'split it in two'
    const reason =
      long && hardAge !== undefined
        ? `This sentence has ${words} words and needs a reading age of about ${hardAge}: ${where}, and use everyday words.`
        : long
          ? `This sentence has ${words} words: ${where}, into sentences of about 15 to 20 words.`
          : `This sentence needs a reading age of about ${hardAge} (the aim is ${age} or under): use shorter, everyday words.`
    findings.push({
      ruleId: long ? 'readability/long-sentence' : 'readability/hard-sentence',
      category: 'readability',
      severity,
      start: sentence.start,
      end: sentence.end,
      reason,
      actual: doc.text.slice(sentence.start, sentence.end),
      expected: [],
      advice: long
        ? `Split it into sentences of about 15 to 20 words${split ? `, starting after “${split}”` : ''}.`
        : 'Use shorter, everyday words, and give each idea its own sentence.',
      scope: 'sentence',
      note: long
        ? 'Long sentences are hard to follow, most of all for a reader who is upset. One idea per sentence helps.'
        : `Many adults read at the level of a ${READING_AGE_AIM} year old, and stress makes reading harder. Plain words reach everyone.`,
      source: SOURCE,
    })
  }
  return findings
}

/** Words after which a sentence splits naturally: before a conjunction or after a comma. */
const JOINS = new Set(['but', 'because', 'which', 'so', 'although', 'while', 'including', 'whether'])
/** A clause break at punctuation is worth this many words of distance from the middle. */
const PUNCTUATION_BONUS = 6

/**
 * Where a long sentence splits best: the clause break nearest its middle,
 * quoted as the words before it, so the writer can find it.
 */
function splitPoint(doc: DocumentIndex, first: number, end: number): string | undefined {
  const middle = (first + end) / 2
  let best: number | undefined
  let bestCost = Infinity
  for (let i = first + 5; i < end - 4; i++) {
    const token = doc.tokens[i]!
    const word = doc.text.slice(token.start, token.end).toLowerCase()
    const punctuation = /[,;:–—]/.test(token.punctBefore)
    if (!punctuation && !JOINS.has(word)) continue
    const cost = Math.abs(i - middle) - (punctuation ? PUNCTUATION_BONUS : 0)
    if (cost < bestCost) {
      best = i
      bestCost = cost
    }
  }
  if (best === undefined) return undefined
  const from = doc.tokens[Math.max(first, best - 3)]!.start
  return doc.text.slice(from, doc.tokens[best - 1]!.end)
}

/** A sentence's reading age: the middle of the seven formulas' estimates. */
function readingAgeOf(sentence: Sentence): number {
  const words: string[] = []
  collectWords(sentence, words)
  const scores = formulaAges(words.map(wordFacts)).sort((a, b) => a - b)
  return Math.round(scores[3]!)
}

/** What the formulas need to know about one word, as retext-readability counts it. */
interface WordFacts {
  caseless: string
  length: number
  syllables: number
  /** Three or more syllables. */
  polysyllabic: boolean
  /** Polysyllabic and not capitalised (gunning-fog's “complex” word). */
  complex: boolean
  /** On the Spache list of familiar words. */
  familiar: boolean
  /** On the Dale–Chall list of easy words. */
  easy: boolean
}

const SPACHE = new Set(spache)
const DALE_CHALL = new Set(daleChall)
const wordCache = new Map<string, WordFacts>()

function wordFacts(value: string): WordFacts {
  let facts = wordCache.get(value)
  if (facts === undefined) {
    const caseless = value.toLowerCase()
    const syllables = syllable(value)
    facts = {
      caseless,
      length: value.length,
      syllables,
      polysyllabic: syllables >= 3,
      complex: syllables >= 3 && value.charCodeAt(0) === caseless.charCodeAt(0),
      familiar: SPACHE.has(caseless),
      easy: DALE_CHALL.has(caseless),
    }
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear()
    wordCache.set(value, facts)
  }
  return facts
}

/**
 * Syllables in a word, as the `syllable` package counts them, remembered per
 * word: counting is slow enough to matter when done for every word of every lint.
 *
 * @param word The word as written.
 * @returns Its syllables.
 */
export function syllables(word: string): number {
  return wordFacts(word).syllables
}

/** The words of a sentence, in the order unist-util-visit finds them. */
function collectWords(node: Sentence | RootContent, into: string[]): void {
  if (!('children' in node)) return
  for (const child of node.children as RootContent[]) {
    if (child.type === 'WordNode') into.push(wordText(child))
    collectWords(child, into)
  }
}

const gradeToAge = (grade: number) => Math.round(grade + 5)
const fleschToAge = (value: number) => 20 - Math.floor(value / 10)
const smogToAge = (value: number) => Math.ceil(Math.sqrt(value) + 2.5)

/** retext-readability's options. */
export interface HardSentenceOptions {
  age: number
  minWords: number
  threshold: number
}

/** The reading ages the seven formulas give a sentence with these words. */
function formulaAges(words: readonly WordFacts[]): number[] {
  const familiarWords = new Set<string>()
  const easyWords = new Set<string>()
  let complexPolysillabicWord = 0
  let letters = 0
  let polysillabicWord = 0
  let totalSyllables = 0
  for (const word of words) {
    totalSyllables += word.syllables
    letters += word.length
    if (word.polysyllabic) polysillabicWord++
    if (word.complex) complexPolysillabicWord++
    if (word.familiar) familiarWords.add(word.caseless)
    if (word.easy) easyWords.add(word.caseless)
  }
  const wordCount = words.length
  const counts = {
    character: letters,
    complexPolysillabicWord,
    difficultWord: wordCount - easyWords.size,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: wordCount - familiarWords.size,
    word: wordCount,
  }
  return [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]!),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts)),
  ]
}

/** Whether retext-readability would report a sentence with these words. */
function isHard(words: readonly WordFacts[], age: number, threshold: number): boolean {
  const scores = formulaAges(words)
  let nok = 0
  for (const score of scores) if (score > age) nok++
  return nok / scores.length >= threshold
}

/**
 * The sentences retext-readability 8 reports as hard to read, in document order.
 *
 * @param tree The nlcst tree.
 * @param options Its `age`, `minWords` and `threshold`.
 * @returns The sentence nodes.
 */
export function hardSentences(tree: Root, options: HardSentenceOptions): Sentence[] {
  const age = options.age || 16
  const threshold = options.threshold || 4 / 7
  const hard: Sentence[] = []
  const words: string[] = []
  const visit = (node: Root | RootContent) => {
    if (node.type === 'SentenceNode') {
      words.length = 0
      collectWords(node, words)
      // Shorter sentences are not scored, so their words need no looking up.
      if (words.length >= options.minWords && isHard(words.map(wordFacts), age, threshold)) hard.push(node)
      return
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child)
  }
  visit(tree)
  return hard
}
