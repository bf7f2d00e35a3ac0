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
