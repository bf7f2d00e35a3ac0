import type { DocumentIndex } from './document.js'
import { lineAt, onListItemLine } from './split-lines.js'

/**
 * A heading's words without its Markdown marks, its numbering ("3.", "4)", "(8)", "[5]") or its
 * closing colon or stop: "**3. Weaknesses:**" and "(8) For and against:" read as their words.
 * The review analyses read headings in many house styles, and each asks the same of them.
 *
 * @param line The heading's line, or the start of a line that opens with a label.
 * @returns Its words, trimmed, in their own case.
 */
export function headingText(line: string): string {
  return line
    .trim()
    .replace(/^[#>*_\s-]*([([]?\d+[.)\]]\s*)?(\*\*|__)?\s*/, '')
    .replace(/\s*(\*\*|__)?\s*[:.]?\s*(\*\*|__)?\s*$/, '')
    .trim()
}

/**
 * A line of a few words on its own, with no closing stop or colon: not a list item, a table row or a labelled line.
 * It names what follows ("Her conduct afterwards"); it weighs nothing itself.
 */
export function headingLine(doc: DocumentIndex, info: DocumentIndex['sentences'][number]): boolean {
  const raw = doc.text.slice(info.start, info.end).trim()
  const line = doc.text.slice(lineAt(doc.text, info.start)[0], lineAt(doc.text, info.end)[1]).trim()
  return (
    info.endToken - info.firstToken <= 5 &&
    line === raw &&
    !/[.!?;:]["'”’)*]*$/.test(raw) &&
    !raw.startsWith('|') &&
    !onListItemLine(doc.text, info.start, info.end)
  )
}

/**
 * The label that opens a line and sorts what follows it on the line, closed by a colon or a spaced dash
 * ("Weaknesses: alcohol; …", "**Negatives** – previous friendly contact; …"), after any marks or numbering.
 *
 * @param raw The line, or the sentence that opens it.
 * @returns The label's words, or undefined when the line opens on no label.
 */
export function openingLabel(raw: string): string | undefined {
  return /^[\s#*_\d.()[\]-]*([A-Za-z ]{3,50}?)\s*(\*\*|__)?(:|\s[–—]\s)/.exec(raw)?.[1]
}

/** A label of a few words that runs into its paragraph's text on the same line ("2.1 Delay. TA did not report until …"). */
export function runInLabel(doc: DocumentIndex, sentence: number): boolean {
  const info = doc.sentences[sentence]!
  const next = doc.sentences[sentence + 1]
  const words = doc.tokens.slice(info.firstToken, info.endToken).filter((t) => !/^\d+$/.test(t.norm)).length
  return words <= 4 && next !== undefined && !doc.text.slice(info.end, next.start).includes('\n')
}

/** The most words a section's heading has. */
const SECTION_HEADING_WORDS = 6

/**
 * Whether a sentence is a section's heading: a few words that fill their line, in any house style
 * ("## Weaknesses", "**3. Her account:**", "ISSUES FOR THE EVIDENTIAL STAGE", "Weaknesses:"), not a
 * short sentence that ends in a stop or a table row.
 */
export function sectionHeadingAt(doc: DocumentIndex, info: DocumentIndex['sentences'][number]): boolean {
  if (info.endToken - info.firstToken > SECTION_HEADING_WORDS || doc.text[info.start] === '|') return false
  // The sentence fills its line: only Markdown marks or numbering before it, only marks or a colon after.
  // Read a few characters either side, not the whole line, which may be long.
  const before = doc.text.slice(Math.max(0, info.start - 12), info.start)
  const after = doc.text.slice(info.end, info.end + 8)
  const lead = /(^|\n)([#>*_\s-]*([([]?\d+(\.\d+)*[.)\]]?\s*)?(\*\*|__)?\s*)$/.exec(before)
  if (!lead || (lead[1] === '' && info.start > 12) || !/^(\*\*|__)?\s*:?\s*(\*\*|__)?[ \t]*(\n|$)/.test(after)) return false
  if (lead[2]!.trimStart().startsWith('#')) return true
  return !/[.!?;]["'”’)]*$/.test(doc.text.slice(info.start, info.end))
}

/** Each document's section headings, read once: for each sentence, the heading above it. */
const sectionsOf = new WeakMap<DocumentIndex, Array<number | undefined>>()

/**
 * The heading of the section a sentence is in: the last section heading before it (`sectionHeadingAt`).
 *
 * @param doc The indexed document.
 * @param sentence The sentence's index.
 * @returns The heading sentence's index, or undefined before the first heading.
 */
export function sectionHeading(doc: DocumentIndex, sentence: number): number | undefined {
  let headings = sectionsOf.get(doc)
  if (!headings) {
    headings = []
    let last: number | undefined
    for (const [index, info] of doc.sentences.entries()) {
      headings.push(last)
      if (sectionHeadingAt(doc, info)) last = index
    }
    sectionsOf.set(doc, headings)
  }
  return headings[sentence]
}
