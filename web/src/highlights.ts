/**
 * Where the letter's highlights go: the text cut into runs, each marked with
 * the most serious finding that covers it. Findings can overlap (a sentence
 * that is too long, and a jargon word inside it), and the backdrop behind the
 * editor can only paint each character once.
 */
import type { Severity } from 'heed/lint'

/** A run of text, highlighted or not. */
export interface Segment {
  text: string
  /** The most serious finding over this run. */
  severity?: Severity
  /** That finding's key, so the page can scroll to it. */
  key?: string
}

/** The part of a finding a highlight needs. */
export interface HighlightRange {
  key: string
  start: number
  end: number
  severity: Severity
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 }

/**
 * Cut the text into runs.
 *
 * @param text The letter.
 * @param ranges Findings with words to highlight; empty ranges are skipped.
 * @returns Runs covering the whole text, in order.
 */
export function highlightSegments(text: string, ranges: readonly HighlightRange[]): Segment[] {
  const inside = ranges
    .map((range) => ({ ...range, start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
    .filter((range) => range.end > range.start)
  const cuts = [...new Set([0, text.length, ...inside.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    let best: HighlightRange | undefined
    for (const range of inside) {
      // The shorter of two equally serious findings is the more specific one.
      if (
        range.start <= start &&
        range.end >= end &&
        (!best ||
          RANK[range.severity] > RANK[best.severity] ||
          (RANK[range.severity] === RANK[best.severity] && range.end - range.start < best.end - best.start))
      )
        best = range
    }
    const segment: Segment = { text: text.slice(start, end) }
    if (best) {
      segment.severity = best.severity
      segment.key = best.key
    }
    const last = segments[segments.length - 1]
    // Neighbouring runs of the same finding (split by another finding's edge) are one highlight.
    if (last && last.key === segment.key && last.severity === segment.severity) last.text += segment.text
    else segments.push(segment)
  }
  return segments
}
