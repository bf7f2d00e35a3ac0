/**
 * Unfilled template fields: `[insert date]`, `{{name}}`, `<<first hearing date>>`, `«Title»`,
 * `XX/XX/XXXX`. Inspectors found letters sent with the wrong name or a blank
 * left in; a placeholder must never reach a victim.
 */
import type { Finding } from '../engine/finding.js'

/** A template's choice left unmade: `he/she`, `his/her`, `Mr/Mrs`. */
const UNMADE_CHOICE =
  '(?:s/he|(?:he|she|him|her|his|hers)(?:/(?:he|she|him|her|his|hers|they|them|their))+|(?:Mr|Mrs|Ms|Miss|Mx)(?:/(?:Mr|Mrs|Ms|Miss|Mx|Dr))+)'

const PATTERNS = [
  /\{\{\s*[^{}\n]{1,60}?\s*\}\}/g,
  /<<[^<>\n]{1,60}>>/g,
  /«[^«»\n]{1,60}»/g,
  /\[[^[\]\n]{1,140}\](?!\()/g,
  /\bX{2}\/X{2}\/X{2,4}\b/gi,
  /\bDD\/MM\/(?:YY){1,2}\b/gi,
  new RegExp(`\\b${UNMADE_CHOICE}\\b`, 'gi'),
  /\bX{4,}\b/g,
]
/** Words that make a bracketed phrase a gap to fill, not an aside. */
const GAP_WORD =
  /\b(insert|enter|add|delete|select|choose|name|date|time|address|number|phone|tel|telephone|dial|extension|postcode|email|tbc|tba|title|victim|defendant|suspect|officer|court|offence|reference|details?|signature|signed|appropriate|applicable|optional|para|paragraph|dd\/mm(\/yy(yy)?)?|direct line|force|distance|grade|rank|role|venue|location|amount|length|duration)\b/i
/** An aside is short: a longer bracketed phrase is a gap only when it tells the writer what to do. */
const INSTRUCTION = /\b(insert|delete|add|select|choose|optional|if (not )?(applicable|appropriate|known))\b/i
/** A capital X standing for a number or a name still to come: `[within X days]`, `[xxxx]`. */
const UNFILLED = /\bX\b|[xX]{3,}/
/** A bracketed phrase in capitals, such as `[REFERENCE]`, is a field name. */
const FIELD_NAME = /^[A-Z][A-Z _]+$/
const WHOLE_CHOICE = new RegExp(`^${UNMADE_CHOICE}$`, 'i')
/** A form's own label, such as an MG3's `[Box 2 – Suspect's account]`: a heading, unless it says what to fill in. */
const FORM_LABEL = /^(?:box|section|part|page|question)\s*\d+[a-z]?\s*[–—:.-]/i
const isGap = (inner: string): boolean => {
  if (FORM_LABEL.test(inner.trim()) && !INSTRUCTION.test(inner) && !UNFILLED.test(inner)) return false
  // "[He / She / They]": the choice with spaces round its strokes.
  if (WHOLE_CHOICE.test(inner.replace(/\s*\/\s*/g, '/'))) return true
  return inner.length <= 60 ? GAP_WORD.test(inner) || FIELD_NAME.test(inner) || UNFILLED.test(inner) : INSTRUCTION.test(inner)
}

/**
 * Whether a bracketed phrase is a review form's label: it starts its line and the line goes on
 * with the entry ("[Suspect] Dominic FERRIS (35)"), or it stands alone as a heading with prose
 * under it ("[Summary of allegation]", then the summary). A template's heading with nothing
 * written under it, only the next heading, is still a gap.
 */
function isFormLabel(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  if (/\S/.test(text.slice(lineStart, start).replace(/^\s*(?:[-*+]|\d+[.)])?\s*/, ''))) return false
  const lineEnd = text.indexOf('\n', end)
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd)
  if (/\S/.test(rest)) return !/^\s*[:–—-]?\s*[[{<«]/.test(rest)
  const next = text.slice(lineEnd < 0 ? text.length : lineEnd).match(/^\s*(\S[^\n]*)/)
  return next !== null && !/^[[{<«]/.test(next[1]!)
}

/**
 * Find unfilled placeholders.
 *
 * @param text The document (front matter and switches blanked).
 * @param review A charging review, whose form labels in brackets are headings, not gaps.
 * @returns Findings, severity `error`.
 */
export function findPlaceholders(text: string, review = false): Finding[] {
  const found: Finding[] = []
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const actual = match[0]
      if (actual.startsWith('[') && !isGap(actual.slice(1, -1))) continue
      const start = match.index!
      if (review && actual.startsWith('[') && !UNFILLED.test(actual) && !INSTRUCTION.test(actual) && isFormLabel(text, start, start + actual.length)) continue
      if (found.some((f) => start < f.end && f.start < start + actual.length)) continue
      found.push({
        ruleId: 'structure/placeholder',
        category: 'structure',
        severity: 'error',
        start,
        end: start + actual.length,
        reason: `Fill in “${actual}” before the letter is sent.`,
        actual,
        expected: [],
        note: 'A gap left from a template tells the reader the letter was not written for them. Inspectors found letters sent with blanks and wrong names.',
        source: 'https://hmcpsi.justiceinspectorates.gov.uk/report/victim-communication-and-liaison-scheme-letters-to-victims-2',
      })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
