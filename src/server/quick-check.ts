/**
 * The editor's answer to a keystroke: re-check only the paragraph that changed.
 *
 * Most of heed's findings belong to one paragraph: a phrase, a sentence too
 * long, a hidden actor. Those are re-checked at once from the edited paragraph
 * alone; every other finding is carried over from the last full check, moved
 * with the text, unless the edit touched it. Findings that read the whole
 * document (a missing part, a term explained earlier, the balance of a review)
 * are brought up to date by the full check that follows when typing pauses.
 */
import type { VFile } from 'vfile'
import { lint } from '../core/lint.js'
import type { HeedFileData } from '../core/lint.js'
import { listRules } from '../core/list-rules.js'
import type { LintOptions } from '../core/model/types.js'

/** One finding of a checked document, placed by offsets so it can move with an edit. */
export interface PlacedFinding {
  start: number
  end: number
  ruleId: string
  /** The message as lint gave it (its place and fix are of the text it was found in). */
  message: VFile['messages'][number]
  /** The message's fix, in offsets of the document now. */
  fix?: { range: [number, number]; text: string }
}

/** A document as last checked: its text and findings. */
export interface CheckedText {
  text: string
  findings: PlacedFinding[]
  data?: HeedFileData
}

/** Checks written in code whose findings stay within one paragraph. */
const LOCAL_ANALYSES = new Set([
  'readability/hard-sentence',
  'readability/long-sentence',
  'readability/hidden-actor',
  'readability/long-paragraph',
  'structure/placeholder',
])
// misconception/judged-behaviour is not among them: whether a review leans on her, who her
// initials are and which heading frames a list all come from the rest of the document.

/** A paragraph longer than this is checked with the rest of the document, not on its own. */
const MAX_PARAGRAPH = 8000

let localIds: Set<string> | undefined

/**
 * Whether a rule's findings depend only on the paragraph they are in: pack
 * rules that look at a phrase and its sentence or paragraph, the inclusive
 * language check, and the checks listed above. Conditional rules look for an
 * explanation anywhere earlier, so they wait for the full check.
 *
 * @param ruleId A rule id.
 */
export function isParagraphLocal(ruleId: string): boolean {
  localIds ??= new Set(
    listRules()
      .filter((rule) => rule.kind === 'existence' || rule.kind === 'substitution')
      .map((rule) => rule.id),
  )
  return localIds.has(ruleId) || LOCAL_ANALYSES.has(ruleId) || ruleId.startsWith('inclusive/')
}

/**
 * Place a lint result's findings by offsets.
 *
 * @param file The lint result.
 * @param shift Added to every offset (where the text checked starts in the document).
 */
export function placeFindings(file: VFile, shift = 0): PlacedFinding[] {
  const placed: PlacedFinding[] = []
  for (const message of file.messages) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = place?.start.offset
    const end = place?.end.offset
    if (start === undefined || end === undefined) continue
    const fix = (message as { fix?: PlacedFinding['fix'] }).fix
    placed.push({
      start: start + shift,
      end: end + shift,
      ruleId: message.ruleId ?? 'heed',
      message,
      fix: fix && { range: [fix.range[0] + shift, fix.range[1] + shift], text: fix.text },
    })
  }
  return placed
}

/** The span where two texts differ: from `start`, up to `oldEnd` in the old text and `newEnd` in the new. */
function changedSpan(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const shorter = Math.min(before.length, after.length)
  let start = 0
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let tail = 0
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail }
}

/** A finding moved from the old text to the new one by an edit that replaced `start`–`oldEnd`. */
function moved(finding: PlacedFinding, span: { start: number; oldEnd: number }, delta: number): PlacedFinding {
  const shift = (offset: number) => (offset >= span.oldEnd ? offset + delta : offset)
  let fix = finding.fix
  if (fix) {
    const [at, end] = fix.range
    // An insertion point inside the edit is no longer known; the full check finds it again.
    fix = end > span.start && at < span.oldEnd ? undefined : { range: [shift(at), shift(end)], text: fix.text }
  }
  return { ...finding, start: shift(finding.start), end: shift(finding.end), fix }
}

/**
 * Re-check a document after an edit by checking only the paragraph it changed.
 *
 * @param previous The document as last checked in full (or quickly).
 * @param text The document now.
 * @param options The lint options of the full check.
 * @returns The findings now, or undefined when the edit needs a full check
 *   (it reaches the front matter, the document has inline `heed-` switches, or the paragraph is too long).
 */
export async function quickCheck(previous: CheckedText, text: string, options: LintOptions): Promise<CheckedText | undefined> {
  if (!previous.data) return undefined
  const span = changedSpan(previous.text, text)
  // The paragraph around the change: from the blank line before it to the blank line after.
  const before = text.lastIndexOf('\n\n', Math.max(0, span.start - 1))
  const from = before === -1 ? 0 : before + 2
  const after = text.indexOf('\n\n', span.newEnd)
  const to = after === -1 ? text.length : after
  const paragraph = text.slice(from, to)
  if (paragraph.length > MAX_PARAGRAPH) return undefined
  // Front matter and inline switches change how the whole document is read.
  if (text.startsWith('---') && from < text.indexOf('\n---', 3) + 4) return undefined
  if (text.includes('heed-') || previous.text.includes('heed-')) return undefined
  const delta = text.length - previous.text.length
  const oldTo = to - delta

  const fresh = await lint(paragraph, { ...options, kind: previous.data.kind, letterType: previous.data.letterType })
  const local = placeFindings(fresh, from).filter((finding) => isParagraphLocal(finding.ruleId))
  const carried = previous.findings
    .filter((finding) => {
      const inParagraph = finding.start < oldTo && finding.end > from
      // Outside the paragraph everything stays; inside, only what the paragraph alone cannot say, where the edit did not touch it.
      if (!inParagraph) return true
      return !isParagraphLocal(finding.ruleId) && (finding.end <= span.start || finding.start >= span.oldEnd)
    })
    .map((finding) => moved(finding, span, delta))
  const findings = [...carried, ...local].sort((a, b) => a.start - b.start || a.end - b.end)
  return { text, findings, data: previous.data }
}
