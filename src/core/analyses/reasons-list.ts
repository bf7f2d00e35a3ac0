/**
 * The reader's own conduct listed as the reasons for a decision, in a letter:
 * "The reasons are:" and then "- you walked back to his van with him",
 * "- you'd had five or six cans of cider". Set out as a list of reasons, each
 * item that opens on the reader weighs what she did against her, whatever its
 * words, and the phrase rules know only some of those words. An item that only
 * mentions her ("the cameras do not cover the bay where your van was parked")
 * is about the evidence, and is left alone.
 *
 * Measured on the held-out letters (h01–h2480), on items no other finding covers:
 * specialists flagged 8 and left 2 (the sentence models read most of the rest);
 * counting items that merely mention the reader as well gave more false findings
 * than it found.
 */
import type { Finding } from '../engine/finding.js'
import type { DocumentIndex } from '../text/document.js'

/** A lead-in that opens a list of reasons: "My reasons are:", "The lawyer took the following into account:". */
const LEAD = /\b(reasons?|into account|considered the following|in light of the following|mattered|weighed|factors|points (were|that))\b[^:]*:\s*$/i
/** Lists that only look like reasons: the orders made, the charges, what support there is, what happens next. */
const NOT_REASONS = /\b(orders?|offences?|charges?|imposed|sentence|conditions|support|help|contact|options|can|next)\b/i
/** A list item's marker: "-", "•", "2.", "(b)", "c)". */
const ITEM = /^[ \t]*(?:[-*•]|\d{1,2}[.)]|\([a-z0-9]{1,3}\)|[a-z][.)])[ \t]+/
/** His own account, listed among the reasons: "Mr Pound denies any offence", "He accepts that …". */
const HIS_ACCOUNT =
  /^(?:he|his|the (?:suspect|defendant)|(?:mr|dr)\.? [a-z]+)\b[^.;]{0,40}\b(?:says|said|denies|denied|accepts|accepted|maintains|maintained|told|claims|claimed|account)\b/i
/** The reader, opening the item: "you walked back …", "your messages to him …". */
const READER = /^(?:that )?(?:you|your|you'd|you're|you've)\b/i

const RULE = {
  id: 'misconception/conduct-listed-as-reason',
  reason: "Check this reason: listed as one of the reasons for the decision, it sets out the reader's own conduct as if it counted against her.",
  note: "A list of the reader's own conduct (drinking, going with him, telling no one, staying in touch) given as the reasons repeats the myths the CPS guidance asks prosecutors to counter. Say what the evidence could and could not prove about what he did, and explain her conduct only where the evidence needs it.",
  source: 'https://cps.gov.uk/legal-guidance/rape-and-sexual-offences-annex-tackling-rape-myths-and-stereotypes',
}

/**
 * Report each list item under a lead-in of reasons that opens on the reader, where no misconception
 * finding already covers it.
 *
 * @param doc The indexed letter.
 * @param others The other checks' findings: an item one of them has reported is left to it.
 * @returns One finding per item.
 */
export function checkReasonsList(doc: DocumentIndex, others: readonly Finding[]): Finding[] {
  const findings: Finding[] = []
  let underReasons = false
  let at = 0
  for (const line of doc.text.split('\n')) {
    const start = at
    at += line.length + 1
    if (!line.trim()) continue
    const marker = ITEM.exec(line)
    if (!marker) {
      underReasons = LEAD.test(line) && !NOT_REASONS.test(line)
      continue
    }
    if (!underReasons) continue
    const item = line.slice(marker[0].length).replace(/[\s;,.]*(and|or)?[\s;,.]*$/i, '')
    if (!READER.test(item) || HIS_ACCOUNT.test(item)) continue
    const from = start + marker[0].length
    const to = from + item.length
    if (others.some((f) => f.category === 'misconception' && f.severity !== 'info' && f.start < to && from < f.end)) continue
    findings.push({
      ruleId: RULE.id,
      category: 'misconception',
      severity: 'warning',
      start: from,
      end: to,
      reason: RULE.reason,
      actual: doc.text.slice(from, to),
      expected: [],
      note: RULE.note,
      source: RULE.source,
    })
  }
  return findings
}
