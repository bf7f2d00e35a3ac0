/**
 * Readability: sentences too hard for the reader (retext-readability, reported
 * only when six of its seven formulas agree) and sentences too long to take in.
 * Letters aim at a reading age of 9 to 11 (GOV.UK, NHS); reviews are read by
 * lawyers, so there the findings are advice only.
 */
import type { Root } from 'nlcst'
import retextReadability from 'retext-readability'
import type { Finding } from '../engine/finding.js'
import type { DocumentIndex } from '../text/document.js'
import type { DocumentKind } from '../types.js'
import { messageOffsets, runRetextPlugin } from './retext-findings.js'

const SOURCE = 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk'

/**
 * Reading age by kind when the configuration sets none. Letters aim at 9 to 11;
 * the formulas overstate the age of short sentences that carry names and
 * places, so the check allows a year's margin above that band.
 */
export const DEFAULT_READING_AGE: Record<DocumentKind, number> = { letter: 12, review: 16 }
/** How many of the seven formulas must agree (retext-readability's precision setting). */
const AGREEMENT = 6 / 7
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
  const findings: Finding[] = []

  for (const sentence of doc.sentences) {
    const words = sentence.endToken - sentence.firstToken
    if (words <= LONG_SENTENCE[options.kind]) continue
    const actual = doc.text.slice(sentence.start, sentence.end)
    findings.push({
      ruleId: 'readability/long-sentence',
      category: 'readability',
      severity,
      start: sentence.start,
      end: sentence.end,
      reason: `Split this sentence of ${words} words into shorter ones of about 15 to 20 words.`,
      actual,
      expected: [],
      note: 'Long sentences are hard to follow, most of all for a reader who is upset. One idea per sentence helps.',
      source: SOURCE,
    })
  }

  const messages = runRetextPlugin(retextReadability, { age, minWords: 6, threshold: AGREEMENT }, tree, doc.text)
  for (const message of messages) {
    const at = messageOffsets(message)
    if (!at || !PROSE.test(doc.text.slice(at[0], at[1]))) continue
    findings.push({
      ruleId: 'readability/hard-sentence',
      category: 'readability',
      severity,
      start: at[0],
      end: at[1],
      reason: `Use shorter, everyday words in this sentence: it needs a reading age above ${age}.`,
      actual: doc.text.slice(at[0], at[1]),
      expected: [],
      note: 'Many adults read at the level of a 9 to 11 year old, and stress makes reading harder. Plain words reach everyone.',
      source: SOURCE,
    })
  }
  return findings
}
