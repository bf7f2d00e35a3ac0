/**
 * Splits a sentence at a line break when the line before it is short: addresses,
 * letterheads, salutations and sign-offs are one line each and carry no full
 * stop, so without this a letter's top would read as one long sentence. A list
 * item always starts a sentence. Prose wrapped at a normal width keeps its
 * sentences whole.
 */
import type { Root, Sentence, SentenceContent } from 'nlcst'

/** Lines shorter than this are taken as lines of their own, not wrapped prose. */
const SHORT_LINE = 60
/** A line that starts a list item always starts a new sentence. */
const LIST_ITEM = /^[ \t]*(?:[-*•]|\d{1,2}[.)])\s/
/** A line of a Markdown table. Each row is its own unit: "| 4 | She had drunk … | Bar tab |" is one point, not the end of the row above. */
export const TABLE_ROW = /^[ \t]*\|/

/**
 * Whether the text from `start` to `end` stands on a line that opens as a list
 * item ("- …", "• …", "3. …"): checks read an item under a heading
 * differently from prose.
 *
 * @param text The document.
 * @param start Where the sentence starts.
 * @param end Where it ends.
 */
export function onListItemLine(text: string, start: number, end: number): boolean {
  return LIST_ITEM.test(text.slice(lineAt(text, start)[0], end))
}

/**
 * Where the line that holds `at` starts and ends: the ends are its newlines, or the text's ends.
 *
 * @param text The document.
 * @param at An offset on the line.
 */
export function lineAt(text: string, at: number): [start: number, end: number] {
  const end = text.indexOf('\n', at)
  return [text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end]
}

/** The text of its line before `offset`. */
export function lineBefore(text: string, offset: number): string {
  return text.slice(lineAt(text, offset)[0], offset)
}

function piece(children: SentenceContent[]): Sentence | undefined {
  while (children.length > 0 && children[0]!.type === 'WhiteSpaceNode') children.shift()
  while (children.length > 0 && children.at(-1)!.type === 'WhiteSpaceNode') children.pop()
  const first = children[0]?.position
  const last = children.at(-1)?.position
  if (!first || !last) return undefined
  return { type: 'SentenceNode', children, position: { start: first.start, end: last.end } }
}

function split(sentence: Sentence, text: string): Sentence[] {
  const parts: Sentence[] = []
  let current: SentenceContent[] = []
  for (const child of sentence.children) {
    const offset = child.position?.start.offset
    if (
      child.type === 'WhiteSpaceNode' &&
      child.value.includes('\n') &&
      offset !== undefined &&
      (lineBefore(text, offset).trimEnd().length < SHORT_LINE ||
        LIST_ITEM.test(text.slice(child.position!.end.offset)) ||
        TABLE_ROW.test(text.slice(child.position!.end.offset)))
    ) {
      const done = piece(current)
      if (done) parts.push(done)
      current = []
      continue
    }
    current.push(child)
  }
  const done = piece(current)
  if (done) parts.push(done)
  return parts.length > 0 ? parts : [sentence]
}

/**
 * Split, in place, every sentence that runs over a short line.
 *
 * @param tree The nlcst root.
 * @param text The source text its positions point into.
 */
export function splitLines(tree: Root, text: string): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    paragraph.children = paragraph.children.flatMap((child): typeof paragraph.children => (child.type === 'SentenceNode' ? split(child, text) : [child]))
  }
}
