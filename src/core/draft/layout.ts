/**
 * The one reader of a letter's layout, for a drafted template and for the
 * letter a writer edits alike. In the plain layout blocks are separated by a
 * blank line; inside a block a line starting `#` to `######` and a space is a
 * heading, a run of lines starting `-`, `*` or `+` and a space is a list, and
 * other lines keep their breaks (an address, a sign-off). A pasted Markdown
 * file is read by Markdown's own rules instead, so its marks never reach the
 * letter.
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { DraftBlock, DraftSpan } from './blocks.js'

/** How a letter's text is written: heed's plain layout, or a Markdown file. */
export type LetterSyntax = 'text' | 'markdown'

const LIST_ITEM = /^[-*+]\s+/
const HEADING = /^#{1,6}\s+/

const plainLine = (text: string): DraftSpan[] => [{ text }]

/**
 * Blocks from the lines of one block of the plain layout (no blank line among them).
 *
 * @param lines The block's lines, trimmed and none empty.
 * @param toLine How a line's words become spans (a template's marks its values).
 * @returns One block, or several when headings or lists sit among other lines.
 */
export function layoutLines(lines: readonly string[], toLine: (text: string) => DraftSpan[] = plainLine): DraftBlock[] {
  const blocks: DraftBlock[] = []
  let run: { kind: 'list' | 'lines'; lines: DraftSpan[][] } | undefined
  const close = () => {
    if (run) blocks.push({ kind: run.kind === 'lines' && run.lines.length === 1 ? 'paragraph' : run.kind, lines: run.lines })
    run = undefined
  }
  for (const line of lines) {
    if (HEADING.test(line)) {
      close()
      blocks.push({ kind: 'heading', lines: [toLine(line.replace(HEADING, '').replace(/\s+#+$/, ''))] })
      continue
    }
    const kind = LIST_ITEM.test(line) ? 'list' : 'lines'
    if (run?.kind !== kind) {
      close()
      run = { kind, lines: [] }
    }
    run!.lines.push(toLine(kind === 'list' ? line.replace(LIST_ITEM, '') : line))
  }
  close()
  return blocks
}

/** The blocks of plain-layout text, split at blank lines. */
const plainBlocks = (text: string): DraftBlock[] =>
  text.split(/\n[ \t]*\n/).flatMap((chunk) =>
    layoutLines(
      chunk
        .split('\n')
        .map((raw) => raw.trim())
        .filter((raw) => raw !== ''),
    ),
  )

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

/** A Markdown file, read by Markdown's own rules (the parser heed's checks use). */
function markdownBlocks(text: string): DraftBlock[] {
  const blocks: DraftBlock[] = []
  const visit = (node: MdNode) => {
    if (node.type === 'heading') {
      const line = paragraphLines(node).join(' ')
      if (line !== '') blocks.push({ kind: 'heading', lines: [plainLine(line)] })
    } else if (node.type === 'paragraph') {
      const lines = paragraphLines(node)
      if (lines.length > 0) blocks.push({ kind: lines.length === 1 ? 'paragraph' : 'lines', lines: lines.map(plainLine) })
    } else if (node.type === 'list') {
      // A numbered list keeps its numbers in the words: a letter's reader sees them, and a Word bullet would lose them.
      const items = (node.children ?? []).map((item, i) => {
        const line = (item.children ?? []).flatMap(paragraphLines).join(' ')
        return node.ordered ? `${(node.start ?? 1) + i}. ${line}` : line
      })
      blocks.push(node.ordered ? { kind: 'lines', lines: items.map(plainLine) } : { kind: 'list', lines: items.map(plainLine) })
    } else if (node.type === 'code') {
      const lines = (node.value ?? '').split('\n').filter((line) => line.trim() !== '')
      if (lines.length > 0) blocks.push({ kind: lines.length === 1 ? 'paragraph' : 'lines', lines: lines.map(plainLine) })
    } else if (node.type === 'root' || node.type === 'blockquote') {
      for (const child of node.children ?? []) visit(child)
    }
  }
  visit(unified().use(remarkParse).parse(text) as MdNode)
  return blocks
}

/**
 * Read a letter's text into the blocks `draft` makes.
 *
 * @param text The letter.
 * @param syntax How it is written.
 * @returns Its blocks.
 */
export function readLetter(text: string, syntax: LetterSyntax): DraftBlock[] {
  const normalised = text.replace(/\r\n?/g, '\n')
  return syntax === 'markdown' ? markdownBlocks(normalised) : plainBlocks(normalised)
}
