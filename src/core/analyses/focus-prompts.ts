/**
 * Prompts for a charging review (info, never faults): controlling behaviour
 * described but coercive and controlling behaviour not considered (report
 * §3.1.3), and the complainant's intoxication discussed without asking what
 * the suspect knew or did about it (§3.1.4).
 */
import type { Finding } from '../engine/finding.js'
import { sharedScanner } from '../match/phrase-matcher.js'
import type { PhraseHit } from '../match/phrase-matcher.js'
import type { DocumentIndex } from '../text/document.js'

const REPORT = 'https://www.cps.gov.uk/publication/cps-annual-rape-scrutiny-report-october-2025'

const matcher = sharedScanner('prompts')

function prompt(doc: DocumentIndex, hit: PhraseHit, ruleId: string, reason: string, note: string): Finding {
  // On the words that raised it, not the sentence: a finding about that sentence may already be there.
  const start = doc.tokens[hit.first]!.start
  const end = doc.tokens[hit.last]!.end
  return {
    ruleId,
    category: 'focus',
    severity: 'info',
    start,
    end,
    reason,
    actual: doc.text.slice(start, end),
    expected: [],
    note,
    source: REPORT,
  }
}

/**
 * Find what a review could consider.
 *
 * @param doc The indexed review.
 * @returns Info findings, at most one of each.
 */
export function checkFocusPrompts(doc: DocumentIndex): Finding[] {
  const hits = new Map<string, PhraseHit[]>()
  for (const hit of matcher.scan(doc.tokens)) {
    const list = hits.get(hit.role)
    if (list) list.push(hit)
    else hits.set(hit.role, [hit])
  }
  const findings: Finding[] = []
  const control = hits.get('control')
  if (control && hits.has('relationship') && !hits.has('ccb')) {
    findings.push(
      prompt(
        doc,
        control[0]!,
        'focus/consider-ccb',
        'Consider whether this behaviour amounts to coercive and controlling behaviour, as an offence and as context for the rapes.',
        'Panels found reviews that described control in a relationship without considering coercive and controlling behaviour. It can also explain delay and continued contact.',
      ),
    )
  }
  const intoxication = hits.get('intoxication')
  if (intoxication && !hits.has('suspect-awareness')) {
    findings.push(
      prompt(
        doc,
        intoxication[0]!,
        'focus/intoxication-without-suspect',
        'Ask whether the suspect recognised how intoxicated she was, and what steps he took to know she could and did agree.',
        "Panels found reviews that weighed the victim's drinking without asking whether the suspect recognised her vulnerability or took steps to ensure consent.",
      ),
    )
  }
  return findings
}
