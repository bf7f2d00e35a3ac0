/**
 * Turns a claim that disagrees with a fact into a finding: the severity comes
 * from the fact's confidence (only a high-confidence fact gives an error), the
 * advice and wording from the fact, and a fact past its `review-by` date says
 * to check it is still current.
 */
import type { Finding } from '../../engine/finding.js'
import type { Severity } from '../../model/types.js'
import { LINT_FACTS } from '../../data/on-demand.js'
import type { LintFact } from './fact-data.js'

let byId: Map<string, LintFact> | undefined

/**
 * A fact by its id.
 *
 * @param id A fact id such as `VRR-03`.
 * @returns The fact.
 * @throws {Error} When there is no such fact: a claim must name a fact that exists.
 */
export function factById(id: string): LintFact {
  byId ??= new Map(LINT_FACTS.map((fact) => [fact.id, fact]))
  const fact = byId.get(id)
  if (!fact) throw new Error(`heed: no fact ${id} in rules/facts.yml`)
  return fact
}

/** How a claim stands against its fact. */
export type Verdict =
  /** Contradicts the fact. */
  | 'wrong'
  /** Contradicts the part of the fact marked `verify`, or a fact that is not high confidence. */
  | 'verify'

export interface Claim {
  fact: string
  start: number
  end: number
  verdict: Verdict
  /** What is wrong, in one sentence. */
  reason: string
  /** Drop-in replacements only. */
  expected?: string[]
  /** When the fact's own advice does not fit this claim. */
  advice?: string
  /** At most this severity, when the check itself is less than certain. */
  cap?: Severity
  /** What the finding is about, when not a phrase. */
  scope?: Finding['scope']
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  return `${day} ${months[month - 1]} ${year}`
}

/**
 * Make the finding for a claim.
 *
 * @param claim The claim and how it stands.
 * @param text The document text.
 * @param today Today's date (ISO), to tell whether the fact is due for re-checking.
 * @returns The finding.
 */
export function claimFinding(claim: Claim, text: string, today: string): Finding {
  const fact = factById(claim.fact)
  const stale = today > fact['review-by']
  let severity: Severity = claim.verdict === 'verify' || fact.confidence !== 'high' ? 'warning' : 'error'
  if (claim.cap && RANK[claim.cap] < RANK[severity]) severity = claim.cap
  // A fact overdue for checking never gives a hard error.
  if (stale && severity === 'error') severity = 'warning'
  const source = claim.verdict !== 'wrong' && fact.verify ? fact.verify.source : fact.source
  const parts = [claim.reason]
  if (claim.verdict !== 'wrong' || fact.confidence !== 'high') parts.push(`Verify this against ${source} before the letter is sent.`)
  if (stale) parts.push(`heed's record of this fact was due to be checked again by ${longDate(fact['review-by'])}: check it is still current (${fact.source}).`)
  const note = [
    fact.fact,
    fact.verify && claim.verdict !== 'wrong' ? fact.verify.note : '',
    `Suggested wording: “${fact.wording}”`,
    `(${fact.id}, checked ${longDate(fact.checked)}.)`,
  ]
    .filter(Boolean)
    .join(' ')
  return {
    ruleId: `accuracy/${fact.rule}`,
    category: 'accuracy',
    severity,
    start: claim.start,
    end: claim.end,
    reason: parts.join(' '),
    actual: text.slice(claim.start, claim.end),
    expected: claim.expected ?? [],
    advice: claim.advice ?? fact.advice,
    note,
    source,
    scope: claim.scope ?? 'phrase',
  }
}
