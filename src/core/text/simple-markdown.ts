/**
 * Most letters use a sliver of Markdown: paragraphs, `#` headings, `-` bullets
 * and a trailing backslash to break a line in an address. For such a document
 * the full Markdown parse (micromark, then mdast-util-to-nlcst, which places
 * every word by searching the line table) costs more than all of heed's checks.
 *
 * This module reads that sliver directly and builds the nlcst tree remark-retext
 * would build from it: the same words, the same line-break nodes between blocks,
 * the same sentence and paragraph splitting by the same parser. Any document
 * outside the sliver gets `undefined` and takes the full path, so the fast path
 * can only be missing, never different. `tests/core/text/simple-markdown.test.ts`
 * holds the two paths to identical trees.
 */
import type { Paragraph, Root, RootContent, Sentence, SentenceContent } from 'nlcst'
import type { ParseEnglish } from 'parse-english'
import type { Point, Position } from 'unist'
import { location } from 'vfile-location'

/** Characters that start inline Markdown (emphasis, code, links, HTML, entities) or are read specially. */
const INLINE_SYNTAX = /[*_`[\]<&\0\r\uFEFF]/
/** A heading: one to six `#`, one space, words that neither start nor end with `#`. */
const HEADING = /^#{1,6} (?=[^\s#])(?:.*[^\s#])?$/
/** A bullet: `-` or `+`, one space, words that do not themselves open a block. */
const BULLET = /^[-+] (?![-+#>=\s]|\d{1,9}[.)](?: |$))/
/** Line starts that open a block this module does not model (lists, quotes, rules, fences, setext lines). */
const BLOCK_START = /^(?:[\s#>=+~-]|\d{1,9}[.)](?: |$))/

const BLANK = /^[ \t]*$/
const TERMINAL = /^[!.?\u2026\u203D]+$/
const LINE_BREAK = /^[ \t]*(?:(?:\r?\n|\r)[\t ]*)+$/

/** One inline piece of a block: words, or a hard line break (`\` at the end of a line). */
interface Leaf {
  kind: 'text' | 'break'
  start: number
  end: number
}

/** A paragraph, heading or list item: its first line and its pieces. */
interface Block {
  line: number
  leaves: Leaf[]
}

type LineKind = 'blank' | 'heading' | 'bullet' | 'text'

function classify(line: string): LineKind | undefined {
  if (BLANK.test(line)) return 'blank'
  const last = line.charCodeAt(line.length - 1)
  // Trailing white space is a hard break or is trimmed from the words: the full path handles both.
  if (last === 32 || last === 9) return undefined
  const backslash = line.indexOf('\\')
  if (backslash !== -1 && backslash !== line.length - 1) return undefined
  if (HEADING.test(line)) return backslash === -1 ? 'heading' : undefined
  if (BULLET.test(line)) return 'bullet'
  return BLOCK_START.test(line) ? undefined : 'text'
}

/** Where the words of the line from `start` to `end` end, before trailing spaces and tabs. */
function trailingWordsEnd(text: string, start: number, end: number): number {
  let words = end
  while (words > start && (text.charCodeAt(words - 1) === 32 || text.charCodeAt(words - 1) === 9)) words--
  return words
}

/**
 * The blocks of a document written in the sliver, or undefined for any other document.
 *
 * @param text The document (front matter and directives already blanked).
 */
function readBlocks(text: string): Block[] | undefined {
  if (INLINE_SYNTAX.test(text)) return undefined
  const blocks: Block[] = []
  /** The block that a text line would continue (a paragraph or a bullet's paragraph). */
  let open: Block | undefined
  let line = 0
  for (let start = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start)
    let end = newline === -1 ? text.length : newline
    let kind = classify(text.slice(start, end))
    // White space at the very end of the document breaks no line and belongs to no word, as in a
    // long document's piece cut after a space: the words before it are read as they are.
    if (kind === undefined && newline === -1) {
      const words = trailingWordsEnd(text, start, end)
      if (words < end && (kind = classify(text.slice(start, words))) !== 'text' && kind !== 'bullet') return undefined
      end = words
    }
    if (kind === undefined) return undefined
    const endsInBreak = kind !== 'blank' && text.charCodeAt(end - 1) === 92
    // A backslash breaks the line only when the paragraph goes on; on its last line it is a literal backslash.
    if (endsInBreak) {
      if (newline === -1) return undefined
      const after = text.indexOf('\n', newline + 1)
      if (classify(text.slice(newline + 1, after === -1 ? text.length : after)) !== 'text') return undefined
    }
    const contentEnd = endsInBreak ? end - 1 : end
    if (kind === 'blank') {
      open = undefined
    } else if (kind === 'text' && open) {
      // A paragraph's lines are one piece of text, line endings included, unless a break divides them.
      const last = open.leaves.at(-1)!
      if (last.kind === 'text') last.end = contentEnd
      else open.leaves.push({ kind: 'text', start, end: contentEnd })
    } else {
      const contentStart = kind === 'heading' ? text.indexOf(' ', start) + 1 : kind === 'bullet' ? start + 2 : start
      const block: Block = { line, leaves: [{ kind: 'text', start: contentStart, end: contentEnd }] }
      blocks.push(block)
      open = kind === 'heading' ? undefined : block
    }
    if (endsInBreak) open!.leaves.push({ kind: 'break', start: end - 1, end: end + 1 })
    if (newline === -1) break
    start = newline + 1
  }
  return blocks
}

/** Move a point the parser gave relative to a piece of text to where that piece sits in the document. */
function shift(point: Point, base: Point): Point {
  return {
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: (point.offset ?? 0) + (base.offset ?? 0),
  }
}

function place(nodes: Array<SentenceContent | RootContent>, base: Point): void {
  for (const node of nodes) {
    if ('children' in node) place(node.children as SentenceContent[], base)
    const position = node.position
    if (position) node.position = { start: shift(position.start, base), end: shift(position.end, base) }
  }
}

/** Split a node's children after each child of `type` whose text matches `expression`, as the parser does. */
function splitAfter<Node extends Sentence | Paragraph>(node: Node, type: string, expression: RegExp): Node[] {
  const parts: Node[] = []
  const children = node.children as Array<SentenceContent | Sentence>
  let from = 0
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (i === children.length - 1 || (child.type === type && expression.test('value' in child ? child.value : ''))) {
      const part = { type: node.type, children: children.slice(from, i + 1) } as Node
      const first = children[from]!.position
      const last = child.position
      if (first && last) part.position = { start: first.start, end: last.end }
      parts.push(part)
      from = i + 1
    }
  }
  return parts
}

/**
 * The nlcst tree remark-retext would give for a document written in the
 * sliver of Markdown this module reads.
 *
 * @param text The document (front matter and directives already blanked).
 * @param parser The English parser (its plugins split sentences and paragraphs).
 * @returns The tree, or undefined when the document uses any other Markdown.
 */
export function parseSimpleMarkdown(text: string, parser: ParseEnglish): Root | undefined {
  const blocks = readBlocks(text)
  if (!blocks) return undefined
  if (blocks.length === 0) return { type: 'RootNode', children: [] }
  const finder = location(text)
  const pointAt = (offset: number): Point => finder.toPoint(offset)!
  const nodes: SentenceContent[] = []
  const runs: SentenceContent[][] = []
  const separators: SentenceContent[] = []
  let previousEnd: Point | undefined
  for (const block of blocks) {
    if (previousEnd) {
      // Blocks on different lines are joined by line breaks, doubled when they are adjacent lines, so the parser reads a new paragraph.
      const lines = block.line + 1 - previousEnd.line
      const end = pointAt(previousEnd.offset! + lines)
      const separator: SentenceContent = { type: 'WhiteSpaceNode', value: lines < 2 ? '\n\n' : '\n'.repeat(lines), position: { start: previousEnd, end } }
      separators.push(separator)
      nodes.push(separator)
    }
    const run: SentenceContent[] = []
    for (const leaf of block.leaves) {
      if (leaf.kind === 'break') {
        run.push({ type: 'WhiteSpaceNode', value: '\n', position: { start: pointAt(leaf.start), end: pointAt(leaf.start + 1) } })
        continue
      }
      const words = parser.tokenize(text.slice(leaf.start, leaf.end)) as SentenceContent[]
      place(words, pointAt(leaf.start))
      run.push(...words)
    }
    runs.push(run)
    nodes.push(...run)
    previousEnd = pointAt(block.leaves.at(-1)!.end)
  }
  return toRoot(nodes, runs, separators, parser)
}

/** Stands in for the nodes before a block: never merged, and enough of them for every look-back the parser's plugins make. */
const PAD: SentenceContent = { type: 'WhiteSpaceNode', value: '\n' }

/**
 * The parser's sentence plugins, run block by block instead of over the whole
 * document at once (where each merge splices an array as long as the document,
 * which grows with the square of its length). Each block's words are run with
 * the line breaks on either side, and padding before, so every plugin sees the
 * neighbours it would see in the whole; no plugin merges across a line break.
 */
function runSentencePlugins(runs: SentenceContent[][], separators: SentenceContent[], nodes: SentenceContent[], parser: ParseEnglish): void {
  nodes.length = 0
  runs.forEach((run, index) => {
    const before = index > 0 ? [PAD, PAD, PAD] : []
    const after = index < runs.length - 1 ? [PAD] : []
    const sentence: Sentence = { type: 'SentenceNode', children: [...before, ...run, ...after] }
    for (const plugin of parser.tokenizeSentencePlugins) plugin(sentence)
    const merged = sentence.children.slice(before.length, sentence.children.length - after.length)
    if (index > 0) nodes.push(separators[index - 1]!)
    nodes.push(...merged)
  })
}

/** The document's words, as one run, into sentences, paragraphs and a root, through the parser's own plugins. */
function toRoot(nodes: SentenceContent[], runs: SentenceContent[][], separators: SentenceContent[], parser: ParseEnglish): Root {
  // The whole run's span, taken before the plugins merge and move its nodes.
  const first = nodes[0]!.position?.start
  const last = nodes.at(-1)!.position?.end
  const span = (): Position | undefined => (first && last ? { start: { ...first }, end: { ...last } } : undefined)
  const sentence: Sentence = { type: 'SentenceNode', children: nodes }
  const sentenceSpan = span()
  if (sentenceSpan) sentence.position = sentenceSpan
  runSentencePlugins(runs, separators, nodes, parser)

  const paragraph = { type: 'ParagraphNode', children: splitAfter(sentence, 'PunctuationNode', TERMINAL) } as unknown as Paragraph
  const paragraphSpan = span()
  if (paragraphSpan) paragraph.position = paragraphSpan
  for (const plugin of parser.tokenizeParagraphPlugins) plugin(paragraph)

  const root: Root = { type: 'RootNode', children: splitAfter(paragraph as unknown as Sentence, 'WhiteSpaceNode', LINE_BREAK) as unknown as Paragraph[] }
  const rootSpan = span()
  if (rootSpan) root.position = rootSpan
  for (const plugin of parser.tokenizeRootPlugins) plugin(root)
  return root
}
