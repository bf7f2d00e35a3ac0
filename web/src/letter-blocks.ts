/**
 * The letter in the editor and the blocks heed drafts from (headings,
 * paragraphs, addresses, lists). The editor holds plain text in which a line
 * starting `## ` is a heading and `- ` a list item, and every line break
 * stays where it is, as in the letter itself. Reading that text back into
 * blocks is what lets an edited letter be saved as a Word document, as plain
 * text or as Markdown with its shape intact. A pasted Markdown file is read
 * by Markdown's own rules instead, so its marks never reach the letter.
 */
import { lineText, toMarkdown, toText } from 'heed/draft'
import type { DraftBlock } from 'heed/draft'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** How the text in the editor is written: the editor's own plain text, or a pasted Markdown file. */
export type Syntax = 'text' | 'markdown'

const LIST_ITEM = /^[-*+]\s+/
const HEADING = /^#{1,6}\s+/

type Line = DraftBlock['lines'][number]
const spans = (text: string): Line => [{ text }]

/**
 * The editor's plain text: blocks are separated by blank lines, and inside a
 * block a `## ` line is a heading and a run of `- ` lines a list, blank lines
 * or not, as the hint beside the box says.
 */
function plainBlocks(text: string): DraftBlock[] {
  const blocks: DraftBlock[] = []
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let run: { kind: 'list' | 'lines'; lines: Line[] } | undefined
    const close = () => {
      if (run) blocks.push({ kind: run.kind === 'lines' && run.lines.length === 1 ? 'paragraph' : run.kind, lines: run.lines })
      run = undefined
    }
    for (const line of chunk
      .split('\n')
      .map((raw) => raw.trim())
      .filter((raw) => raw !== '')) {
      if (HEADING.test(line)) {
        close()
        blocks.push({ kind: 'heading', lines: [spans(line.replace(HEADING, '').replace(/\s+#+$/, ''))] })
        continue
      }
      const kind = LIST_ITEM.test(line) ? 'list' : 'lines'
      if (run?.kind !== kind) {
        close()
        run = { kind, lines: [] }
      }
      run!.lines.push(spans(kind === 'list' ? line.replace(LIST_ITEM, '') : line))
    }
    close()
  }
  return blocks
}

type MdNode = { type: string; value?: string; alt?: string; ordered?: boolean; start?: number | null; children?: MdNode[] }

/** Stands for a hard line break while a paragraph's words are joined (soft breaks become spaces). */
const HARD_BREAK = '\u0000'

/** The words of a Markdown node, without its marks: emphasis, links and code read as their text. */
function words(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return (node.value ?? '').replace(/\n/g, ' ')
  if (node.type === 'image') return node.alt ?? ''
  if (node.type === 'break') return HARD_BREAK
  if (node.type === 'html') return ''
  return (node.children ?? []).map(words).join('')
}

/** A paragraph's lines: soft line breaks joined with a space, hard ones kept. */
const paragraphLines = (node: MdNode): string[] =>
  words(node)
    .split(HARD_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')

/** A pasted Markdown file, read by Markdown's own rules (the parser heed's checks use). */
function markdownBlocks(text: string): DraftBlock[] {
  const blocks: DraftBlock[] = []
  const visit = (node: MdNode) => {
    if (node.type === 'heading') {
      const line = paragraphLines(node).join(' ')
      if (line !== '') blocks.push({ kind: 'heading', lines: [spans(line)] })
    } else if (node.type === 'paragraph') {
      const lines = paragraphLines(node)
      if (lines.length > 0) blocks.push({ kind: lines.length === 1 ? 'paragraph' : 'lines', lines: lines.map(spans) })
    } else if (node.type === 'list') {
      // A numbered list keeps its numbers in the words: a letter's reader sees them, and a Word bullet would lose them.
      const items = (node.children ?? []).map((item, i) => {
        const line = (item.children ?? []).flatMap(paragraphLines).join(' ')
        return node.ordered ? `${(node.start ?? 1) + i}. ${line}` : line
      })
      blocks.push(node.ordered ? { kind: 'lines', lines: items.map(spans) } : { kind: 'list', lines: items.map(spans) })
    } else if (node.type === 'code') {
      const lines = (node.value ?? '').split('\n').filter((line) => line.trim() !== '')
      if (lines.length > 0) blocks.push({ kind: lines.length === 1 ? 'paragraph' : 'lines', lines: lines.map(spans) })
    } else if (node.type === 'root' || node.type === 'blockquote') {
      for (const child of node.children ?? []) visit(child)
    }
  }
  visit(unified().use(remarkParse).parse(text) as MdNode)
  return blocks
}

/**
 * Read the editor's text into blocks.
 *
 * @param text The letter.
 * @param syntax How it is written.
 * @returns The blocks, as `draft` makes them.
 */
export function toLetterBlocks(text: string, syntax: Syntax): DraftBlock[] {
  const normalised = text.replace(/\r\n?/g, '\n')
  return syntax === 'markdown' ? markdownBlocks(normalised) : plainBlocks(normalised)
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
