/**
 * The `accuracy` analysis: the rights, time limits, dates and consequences a
 * letter states, checked against the fact base in `rules/facts.yml`.
 */
import type { Finding } from '../../engine/finding.js'
import type { DocumentIndex } from '../../text/document.js'
import type { LetterType } from '../../model/types.js'
import { readCaseFacts } from './case-facts.js'
import { checkDeadlineDates, checkLateLetter, checkWeekdays } from './date-checks.js'
import { checkRestartStated } from './restart-stated.js'
import { claimFinding, factById } from './fact-findings.js'
import { sentenceTexts } from './sentences.js'
import { checkStatements } from './statements.js'
import { checkTimeLimits } from './time-limits.js'
import { TopicReader } from './topics.js'

export interface AccuracyOptions {
  letterType?: LetterType
  /** Today's date (ISO), for facts due to be checked again. */
  today: string
}

/**
 * Check the facts a letter states.
 *
 * @param doc The indexed letter.
 * @param options The letter type and today's date.
 * @returns Findings, at most one for any stretch of words.
 */
export function checkAccuracy(doc: DocumentIndex, options: AccuracyOptions): Finding[] {
  const sentences = sentenceTexts(doc)
  const facts = readCaseFacts(doc, sentences)
  const topics = new TopicReader(sentences, options.letterType)
  const { claims: limitClaims, limits } = checkTimeLimits(doc, sentences, topics)
  const statements = checkStatements(doc, sentences, { facts, letterType: options.letterType, topics })
  // A review offered where the scheme does not apply still gets its stated time limit checked ("within 5 working days").
  const wronglyOffered = statements.some((c) => c.fact === 'VRR-02' && c.verdict === 'wrong')
  const claims = [
    ...limitClaims,
    ...statements,
    ...checkWeekdays(facts, sentences),
    ...checkDeadlineDates(limits, sentences, facts),
    ...checkLateLetter(facts, options.letterType),
    ...checkRestartStated(sentences, facts, options.letterType),
  ].filter((claim) => {
    // A fact limited to some letter types is checked only in those (and when the type is unknown).
    const types = factById(claim.fact)['letter-types']
    return !options.letterType || !types || types.includes(options.letterType) || (wronglyOffered && claim.fact === 'VRR-03')
  })
  // Overlapping claims: keep the first found (time limits, then statements, then dates).
  const kept: typeof claims = []
  for (const claim of claims) {
    if (!kept.some((k) => k.start < claim.end && claim.start < k.end)) kept.push(claim)
  }
  return kept.map((claim) => claimFinding(claim, doc.text, options.today))
}
