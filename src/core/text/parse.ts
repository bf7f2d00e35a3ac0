/**
 * Text to nlcst: plain text through retext-english, Markdown through remark-parse
 * and remark-retext, so headings, lists and code are handled and every position
 * points into the source as given. Markdown that is only paragraphs, headings
 * and bullets (most letters) is read by a fast path that builds the same tree.
 */
import type { Root } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import { unified } from 'unified'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import type { InputFormat } from '../model/types.js'
import { parseSimpleMarkdown } from './simple-markdown.js'
import { splitLines } from './split-lines.js'

const english = new ParseEnglish()

let markdown: Processor | undefined
/** The full Markdown parser, loaded the first time a document needs more than the fast path reads. */
async function markdownParser(): Promise<Processor> {
  if (!markdown) {
    const [{ default: remarkParse }, { default: remarkRetext }] = await Promise.all([import('remark-parse'), import('remark-retext')])
    markdown = unified()
      .use(remarkParse)
      .use(remarkRetext, ParseEnglish as never) as unknown as Processor
  }
  return markdown
}

/** Bracket nesting deeper than this is no letter: it is read as plain text. */
const MAX_NESTING = 64

/** Whether the text nests brackets deeper than any letter would (Markdown parsing slows badly there). */
function tooDeep(text: string): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 91 || char === 40 || char === 60) {
      if (++depth > MAX_NESTING) return true
    } else if ((char === 93 || char === 41 || char === 62) && depth > 0) depth--
  }
  return false
}

/**
 * Parse a document.
 *
 * @param text The text to parse (front matter already blanked).
 * @param format `markdown` or `text`.
 * @param file The file, which Markdown conversion needs.
 * @returns The nlcst root, with letterhead-style lines split into their own sentences.
 */
export async function parseDocument(text: string, format: InputFormat, file: VFile): Promise<Root> {
  let tree: Root | undefined
  if (format === 'markdown') tree = parseSimpleMarkdown(text, english)
  if (!tree && format === 'markdown' && !tooDeep(text)) {
    const parser = await markdownParser()
    try {
      tree = parser.runSync(parser.parse(text), file) as unknown as Root
    } catch (error) {
      // A pathological nesting can overflow the Markdown converter's stack; the prose is still checkable as text.
      if (!(error instanceof RangeError)) throw error
    }
  }
  tree ??= english.parse(text) as Root
  splitLines(tree, text)
  return tree
}
