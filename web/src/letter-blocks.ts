/**
 * The letter in the editor and the blocks heed drafts from (headings,
 * paragraphs, addresses, lists). The editor holds plain text in which a line
 * starting `## ` is a heading and `- ` a list item, and every line break
 * stays where it is, as in the letter itself. Reading that text back into
 * blocks is what lets an edited letter be saved as a Word document, as plain
 * text or as Markdown with its shape intact.
 */
import { lineText, readLetter, toMarkdown, toText } from 'heed/draft'
import type { DraftBlock, LetterSyntax } from 'heed/draft'

/** How the text in the editor is written: the editor's own plain text, or a pasted Markdown file. */
export type Syntax = LetterSyntax

/**
 * Read the editor's text into blocks, by the layout heed drafts in (heed/draft's `readLetter`).
 *
 * @param text The letter.
 * @param syntax How it is written.
 * @returns The blocks, as `draft` makes them.
 */
export const toLetterBlocks = (text: string, syntax: Syntax): DraftBlock[] => readLetter(text, syntax)

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
