/**
 * The letter in the editor and the blocks heed drafts from (headings,
 * paragraphs, addresses, lists). The editor holds plain text in which a line
 * starting `## ` is a heading and `- ` a list item, and every line break
 * stays where it is, as in the letter itself. Reading that text back into
 * blocks is what lets an edited letter be saved as a Word document, as plain
 * text or as Markdown with its shape intact. A pasted Markdown file is read
 * by Markdown's own rules instead.
 */
import type { DraftBlock } from '../../src/core/draft/blocks.js'
import { lineText } from '../../src/core/draft/blocks.js'
import { toMarkdown, toText } from '../../src/core/draft/formats.js'

/** How the text in the editor is written: the editor's own plain text, or a pasted Markdown file. */
export type Syntax = 'text' | 'markdown'

const LIST_ITEM = /^[-*+]\s+/
const HEADING = /^#{1,6}\s+/
/** CommonMark lets any ASCII punctuation be escaped with a backslash. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g
/** A backslash or two spaces at the end of a Markdown line keep the line break. */
const LINE_END = /(\\)?(\s*)$/

const unescape = (line: string, syntax: Syntax) => (syntax === 'markdown' ? line.replace(ESCAPED, '$1') : line)
const spans = (line: string, syntax: Syntax) => [{ text: unescape(line, syntax) }]

/** A Markdown paragraph's lines: joined where the break is soft, kept where it is hard. */
function markdownLines(lines: readonly string[]): string[] {
  const joined: string[] = []
  let soft = false
  for (const raw of lines) {
    const end = LINE_END.exec(raw)!
    const line = raw.slice(0, end.index).trim()
    if (soft) joined[joined.length - 1] += ` ${line}`
    else joined.push(line)
    soft = end[1] === undefined && end[2]!.length < 2
  }
  return joined
}

/**
 * Read the editor's text into blocks.
 *
 * @param text The letter.
 * @param syntax How it is written.
 * @returns The blocks, as `draft` makes them.
 */
export function toLetterBlocks(text: string, syntax: Syntax): DraftBlock[] {
  const blocks: DraftBlock[] = []
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const raw = chunk.split('\n').filter((line) => line.trim() !== '')
    if (raw.length === 0) continue
    const trimmed = raw.map((line) => line.trim())
    if (trimmed.length === 1 && HEADING.test(trimmed[0]!)) {
      blocks.push({ kind: 'heading', lines: [spans(trimmed[0]!.replace(HEADING, '').replace(/\s+#+$/, ''), syntax)] })
    } else if (trimmed.every((line) => LIST_ITEM.test(line))) {
      blocks.push({ kind: 'list', lines: trimmed.map((line) => spans(line.replace(LIST_ITEM, ''), syntax)) })
    } else {
      const lines = syntax === 'markdown' ? markdownLines(raw) : trimmed
      blocks.push({ kind: lines.length === 1 ? 'paragraph' : 'lines', lines: lines.map((line) => spans(line, syntax)) })
    }
  }
  return blocks
}

/**
 * A drafted letter as the editor shows it.
 *
 * @param blocks From `draft`.
 * @returns Plain text with `## ` headings and `- ` list items.
 */
export function toEditorText(blocks: readonly DraftBlock[]): string {
  const prefix = { heading: '## ', list: '- ', paragraph: '', lines: '' } as const
  return blocks.map((block) => block.lines.map((line) => prefix[block.kind] + lineText(line)).join('\n')).join('\n\n') + '\n'
}

/**
 * The letter as plain text, for pasting into an email or a case system.
 *
 * @param text The letter.
 * @param syntax How it is written.
 * @returns Plain text: no heading or Markdown marks, a blank line between blocks.
 */
export function toPlainText(text: string, syntax: Syntax): string {
  return toText(toLetterBlocks(text, syntax))
}

/**
 * The letter as a Markdown file.
 *
 * @param text The letter.
 * @param syntax How it is written.
 * @returns Markdown: the writer's own when they pasted Markdown, otherwise converted.
 */
export function toMarkdownFile(text: string, syntax: Syntax): string {
  return syntax === 'markdown' ? text : toMarkdown(toLetterBlocks(text, syntax))
}
