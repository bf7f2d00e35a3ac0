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

/** A label of a few words that runs into its paragraph's text on the same line ("2.1 Delay. TA did not report until …"). */
export function runInLabel(doc: DocumentIndex, sentence: number): boolean {
  const info = doc.sentences[sentence]!
  const next = doc.sentences[sentence + 1]
  const words = doc.tokens.slice(info.firstToken, info.endToken).filter((t) => !/^\d+$/.test(t.norm)).length
  return words <= 4 && next !== undefined && !doc.text.slice(info.end, next.start).includes('\n')
}
