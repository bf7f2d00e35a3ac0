/**
 * The advice each check written in code gives with its findings, by rule id. A check loads only this;
 * the checks' longer descriptions, for `heed rules` and the docs, are in catalogue.ts.
 */
import { DWELLS_ON_HER, WEIGHS_HER_CONDUCT } from './learned-rules.js'

export const ANALYSIS_ADVICE: Readonly<Record<string, string>> = {
  'readability/hard-sentence': 'Use shorter, everyday words, and split the sentence where it changes subject.',
  'readability/long-sentence': 'Split it into sentences of about 15 to 20 words.',
  'readability/hidden-actor': 'Say who did it, as in “I have decided”.',
  'readability/long-paragraph': 'Split it into paragraphs of 3 to 5 sentences.',
  'readability/long-letter': 'Keep to the decision, the reasons, the rights and the support.',
  'readability/late-decision': 'State the decision in the first two paragraphs.',
  'focus/victim-scrutiny': "Analyse the suspect's conduct and account as closely as the complainant's.",
  [DWELLS_ON_HER.id]: DWELLS_ON_HER.advice,
  [WEIGHS_HER_CONDUCT.id]: WEIGHS_HER_CONDUCT.advice,
  'focus/balance': "Give the suspect's conduct at least as much analysis as the complainant's.",
  'focus/her-conduct-as-the-risk': 'Say what the evidence shows and how the prosecution will meet the point.',
  'focus/binary-framing': 'Use headings such as “Issues to address”, “How the evidence explains them” and “Further enquiries”.',
  'misconception/behaviour-as-weakness': 'Describe it as an issue the defence may raise, and say how the evidence explains it.',
  'misconception/conduct-listed-as-reason': 'Say what the evidence could and could not prove about what he did, rather than listing what she did.',
  'structure/placeholder': 'Fill in the gap before the letter is sent.',
  'jargon/unexplained-acronym': 'Write out the words it stands for the first time you use it.',
  'misconception/judged-behaviour': 'State the fact neutrally, or explain why it is common.',
  'focus/consider-ccb': 'Consider coercive and controlling behaviour.',
  'focus/intoxication-without-suspect': 'Ask whether the suspect recognised her intoxication and what steps he took.',
}

/** The ids of the checks written in code, in the order the docs list them. */
export const ANALYSIS_IDS: readonly string[] = Object.keys(ANALYSIS_ADVICE)

/**
 * The advice of a check written in code, for its findings.
 *
 * @param ruleId The check's id.
 * @returns Its advice, when it is one of these checks.
 */
export function analysisAdvice(ruleId: string): string | undefined {
  return Object.hasOwn(ANALYSIS_ADVICE, ruleId) ? ANALYSIS_ADVICE[ruleId] : undefined
}
