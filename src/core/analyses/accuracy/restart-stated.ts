/**
 * A letter that stops the whole case should say whether it could start again:
 * a discontinued case can restart in limited situations (DISC-01); one ended by
 * offering no evidence cannot (VRR-05). Saying nothing leaves the victim to
 * guess, so heed prompts for it.
 */
import type { LetterType } from '../../model/types.js'
import type { CaseFacts } from './case-facts.js'
import type { Claim } from './fact-findings.js'
import type { SentenceText } from './sentences.js'

const DECISION = /\b(?:decided|decision|stop(?:ped)?|discontinu\w*|offer(?:ed)? no evidence|not (?:be )?present(?:ing)? any evidence|withdr[ae]wn?)\b/i

/**
 * Prompt for a missing word on restarting.
 *
 * @param sentences The letter's sentences.
 * @param facts The letter's case facts.
 * @param letterType The letter type, when known.
 * @returns At most one claim, on the sentence that gives the decision.
 */
export function checkRestartStated(sentences: SentenceText[], facts: CaseFacts, letterType: LetterType | undefined): Claim[] {
  if ((letterType !== 'discontinuance' && letterType !== 'withdrawal') || facts.continuing || facts.saysWhetherRestart) return []
  const ended = facts.noEvidence
  if (!ended && !facts.discontinued) return []
  const decision = sentences.find((s) => !/^\s*dear\b/i.test(s.text) && DECISION.test(s.text))
  if (!decision) return []
  return [
    {
      fact: ended ? 'VRR-05' : 'DISC-01',
      // A point at the end of the decision, where the missing words would go, as for a missing
      // part: the sentence may carry findings of its own, and its start a late decision's.
      start: decision.start + decision.text.trimEnd().length,
      end: decision.start + decision.text.trimEnd().length,
      verdict: 'wrong',
      cap: 'info',
      scope: 'document',
      reason: ended
        ? 'The letter does not say whether the case can start again: after the prosecution offers no evidence, it cannot.'
        : 'The letter does not say whether the case could start again: a discontinued case can, in limited situations.',
      advice: ended
        ? 'Say that the case cannot be started again, even if a review finds the decision was wrong.'
        : 'Say that the case could be started again only in limited situations, such as important new evidence or a review finding the decision was wrong.',
    },
  ]
}
