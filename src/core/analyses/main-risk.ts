/**
 * Her conduct, her accounts or her credibility named as what the case is up against: "Her conduct in
 * the days afterwards will be the main battleground at trial", "The differences between her accounts
 * remain the main risk", "her return visit and her post will be the centre of the defence case". The
 * sentence frames the case around whether she is believed, whatever the words for the risk; the
 * focus analysis decides whether it is about her.
 */

/** What a case is up against, as a reviewer names it: "the main risk", "the real concern", "the centre of the defence case". */
const RISK = new RegExp(
  [
    String.raw`\b(the|a|this|that|our|their|its|one|two)\s+(main|central|key|real|biggest|principal|greatest|major|obvious|chief|primary|only|single|most (significant|serious|obvious|difficult))\s+(risks?|battlegrounds?|obstacles?|hurdles?|difficult(y|ies)|problems?|weakness(es)?|weak points?|issues?|challenges?|sticking points?|concerns?|vulnerabilit(y|ies))\b`,
    String.raw`\b(remain|remains|is|are|be|was|were)\s+(real|serious|significant|major)\s+(risks?|concerns?|problems?|difficult(y|ies))\b`,
    String.raw`\bthe weak points?\b`,
    String.raw`\bbattleground\b`,
    String.raw`\bthe (centre|center|heart) of (the defence case|the defence|their case|any trial|the trial|cross-examination)\b`,
    String.raw`\b(main|real|chief) focus of (cross-examination|the defence|any trial|the trial)\b`,
  ].join('|'),
  'i',
)

/** The risk denied ("is not the main risk"), or a legal question named as the issue ("capacity is the central issue"). */
const NOT_HERS =
  /\b(not|no longer|never)\s+((a|the|any)\s+)?(main|central|key|real|biggest|principal|major|serious|significant)\b|\b(capacity|consent|reasonable belief|belief in consent|identification|identity)\s+(is|was|will be|remains)\s+the\b|\bthe (central|key|real|main|only) (issue|question) (is|was|will be) (capacity|consent|whether (he|the suspect))\b/i

/**
 * Whether a sentence names something as the case's main risk or battleground, not a legal question or a risk denied.
 *
 * @param text The sentence's text.
 * @returns True where it does.
 */
export function namesMainRisk(text: string): boolean {
  return RISK.test(text) && !NOT_HERS.test(text)
}
