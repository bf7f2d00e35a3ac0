/**
 * The letter as plain text, Markdown or HTML. Plain text prints values as
 * written; Markdown and HTML escape them, so a value such as `<b>` or `*` is
 * shown, not obeyed. (Word documents are written by the CLI from the same blocks.)
 */
import type { DraftBlock, DraftSpan } from './blocks.js'
import { lineText } from './blocks.js'

/** The formats the core writes. */
export const DRAFT_FORMATS = ['text', 'markdown', 'html'] as const
export type DraftFormat = (typeof DRAFT_FORMATS)[number]

/**
 * Plain text: headings as their own line, lists as `- ` lines.
 *
 * @param blocks The letter.
 * @returns Text ending in a newline.
 */
export function toText(blocks: readonly DraftBlock[]): string {
  return blocks.map((block) => block.lines.map((line) => (block.kind === 'list' ? '- ' : '') + lineText(line)).join('\n')).join('\n\n') + '\n'
}

/** Characters that mean something inside a Markdown paragraph (CommonMark lets any be escaped with `\`). */
const MARKDOWN_INLINE = /[\\`*_[\]<>&#|~]/g
/** At the start of a line these begin a list, a heading underline or a numbered list. */
const MARKDOWN_LINE_START = /^([-+=]|\d+(?=[.)]))/

function markdownLine(line: readonly DraftSpan[]): string {
  // Every span is escaped: the template's own words never need Markdown inside a line.
  const text = line.map((span) => span.text.replace(MARKDOWN_INLINE, '\\$&')).join('')
  return text.replace(MARKDOWN_LINE_START, (start) => (/^\d/.test(start) ? start + '\\' : '\\' + start))
}

/**
 * Markdown: `##` headings, `-` lists, and hard line breaks inside an address.
 *
 * @param blocks The letter.
 * @returns Markdown ending in a newline.
 */
export function toMarkdown(blocks: readonly DraftBlock[]): string {
  return (
    blocks
      .map((block) => {
        const lines = block.lines.map(markdownLine)
        if (block.kind === 'heading') return `## ${lines[0]}`
        if (block.kind === 'list') return lines.map((line) => `- ${line}`).join('\n')
        // A backslash at the end of a line is CommonMark's hard line break.
        return lines.join('\\\n')
      })
      .join('\n\n') + '\n'
  )
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
const htmlLine = (line: readonly DraftSpan[]) => escapeHtml(lineText(line))

/**
 * HTML: a whole page, left-aligned in a plain font, ready to print or paste.
 *
 * @param blocks The letter.
 * @returns An HTML document.
 */
export function toHtml(blocks: readonly DraftBlock[]): string {
  const body = blocks
    .map((block) => {
      if (block.kind === 'heading') return `<h2>${htmlLine(block.lines[0]!)}</h2>`
      if (block.kind === 'list') return `<ul>\n${block.lines.map((line) => `  <li>${htmlLine(line)}</li>`).join('\n')}\n</ul>`
      return `<p>${block.lines.map(htmlLine).join('<br>\n')}</p>`
    })
    .join('\n')
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>Letter</title>',
    '<style>body { font-family: Arial, sans-serif; font-size: 12pt; line-height: 1.5; max-width: 40em; margin: 2em; } h2 { font-size: 13pt; margin-top: 1.5em; }</style>',
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
