/**
 * One finding per problem (DESIGN.md principle 3): the checks look at the same
 * words from different sides, and a reader should be told each thing once.
 */
import type { Category, Severity } from '../model/types.js'
import type { Finding } from './finding.js'
import { scopeOf } from './scope.js'
import { SpanIndex } from './span-index.js'

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 }
/** Between equally serious findings on the same words, the one a reader most needs: a wrong fact first. */
const CATEGORY_RANK: Record<Category, number> = { accuracy: 6, misconception: 5, focus: 4, tone: 3, jargon: 2, structure: 1, readability: 0, inclusive: 0 }

function outranks(a: Finding, b: Finding): boolean {
  return RANK[a.severity] !== RANK[b.severity] ? RANK[a.severity] > RANK[b.severity] : CATEGORY_RANK[a.category] > CATEGORY_RANK[b.category]
}

/** Drop catch-all findings where a specific finding of the same category covers the same words. */
export function dropCovered(findings: Finding[]): Finding[] {
  const specific = findings.filter((f) => !f.generic)
  return findings.filter((f) => !f.generic || !specific.some((s) => s.category === f.category && s.start < f.end && f.start < s.end))
}

/**
 * A hidden actor inside a tone or misconception finding is the same problem
 * told twice ("It has been decided"), and of two findings over exactly the
 * same words only the one the reader most needs is kept. Findings about the
 * whole letter, anchored at a point, are never duplicates of each other.
 *
 * @param findings Findings of one document.
 * @returns One finding per problem.
 */
export function dropDuplicates(findings: Finding[]): Finding[] {
  const wording = new SpanIndex(findings.filter((f) => f.category === 'tone' || f.category === 'misconception'))
  const kept = findings.filter(
    (f) => f.ruleId !== 'readability/hidden-actor' || !wording.some(wording.countStarting(f.end, false), f.start, (w) => f.start < w.end),
  )
  const best = new Map<string, Finding>()
  const whole = (f: Finding) => f.start === f.end || scopeOf(f) === 'document'
  for (const finding of kept) {
    if (whole(finding)) continue
    const key = `${finding.start}:${finding.end}`
    const other = best.get(key)
    if (!other || outranks(finding, other)) best.set(key, finding)
  }
  const outers = new SpanIndex(
    findings.filter((f) => (f.category === 'tone' || f.category === 'misconception' || f.category === 'focus') && f.severity !== 'info'),
  )
  // A prompt about the whole review on the very words another finding covers would read as its
  // twin: it is anchored at the point where those words start instead.
  const onSameWords = (f: Finding) => f.start < f.end && whole(f) && best.has(`${f.start}:${f.end}`)
  return kept
    .filter((f) => whole(f) || best.get(`${f.start}:${f.end}`) === f)
    .map((f) => (onSameWords(f) ? { ...f, end: f.start } : withoutNestedWording(f, outers)))
}

/**
 * Drop-in wording for words inside a longer tone, misconception or focus
 * finding would leave that finding standing ("Any queries in relation to the
 * above should be directed to"; "she claims" in a sentence that weighs her
 * account): the advice of both still applies, but only rewriting the outer
 * phrase or sentence fixes it. Info findings are not counted as outer ones.
 */
function withoutNestedWording(finding: Finding, wording: SpanIndex<Finding>): Finding {
  if (finding.expected.length === 0) return finding
  // Spans that start at or before the finding and end at or after it: those that hold it.
  const outer = wording.some(
    wording.countStarting(finding.start, true),
    finding.end,
    (w) => w !== finding && w.ruleId !== finding.ruleId && w.end - w.start > finding.end - finding.start,
  )
  return outer ? { ...finding, expected: [] } : finding
}
