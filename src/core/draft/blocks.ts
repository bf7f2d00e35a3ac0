/**
 * heed's intermediate letter: what a template renders, read into blocks.
 * The layout is the one layout.ts reads (a blank line between blocks, `## `
 * headings, `- ` lists, other lines kept as they break). The writer's
 * values arrive marked (context.ts), so a value can never start a heading or a
 * list, and each format knows which words to escape.
 */
import { CLOSE, DECISION, OPEN } from './context.js'
import { layoutLines } from './layout.js'

/** A run of words: the template's own, or a value the writer gave. */
export interface DraftSpan {
  text: string
  /** True for a writer's value. */
  value?: true
}

/** One block of a letter. Headings and paragraphs have one line; lists have one line per item. */
export interface DraftBlock {
  kind: 'heading' | 'paragraph' | 'lines' | 'list'
  lines: DraftSpan[][]
  /** True for the block that states the decision or outcome. */
  decision?: true
}

/**
 * Read a line of marked text into spans.
 *
 * @param line Text with values between OPEN and CLOSE.
 * @returns The template's words and the writer's values, in order.
 */
export function toSpans(line: string): DraftSpan[] {
  const spans: DraftSpan[] = []
  let text = ''
  let value = false
  const flush = () => {
    if (text !== '') spans.push(value ? { text, value: true } : { text })
    text = ''
  }
  for (const char of line) {
    if (char === OPEN || char === CLOSE) {
      flush()
      value = char === OPEN
    } else {
      text += char
    }
  }
  flush()
  return spans
}

/**
 * Read rendered template text into blocks.
 *
 * @param rendered What renderTemplate returned.
 * @returns The blocks, with empty ones (from conditional parts left out) dropped.
 */
export function toBlocks(rendered: string): DraftBlock[] {
  const blocks: DraftBlock[] = []
  for (const raw of rendered.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const chunk = raw.replaceAll(DECISION, '')
    const decision = chunk !== raw
    // Conditional parts leave doubled spaces and blank lines behind; tidy them.
    const lines = chunk
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line.replace(/[\uE000\uE001 ]/g, '') !== '')
    for (const block of layoutLines(lines, toSpans)) {
      blocks.push(decision && (block.kind === 'paragraph' || block.kind === 'lines') ? { ...block, decision: true as const } : block)
    }
  }
  return blocks
}

/**
 * A line's words, with no marks.
 *
 * @param line Spans.
 * @returns Plain text.
 */
export const lineText = (line: readonly DraftSpan[]): string => line.map((span) => span.text).join('')
