/**
 * Text to nlcst: plain text through retext-english, Markdown through remark-parse
 * and remark-retext, so headings, lists and code are handled and every position
 * points into the source as given.
 */
import type { Root } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { InputFormat } from '../types.js'
import { splitLines } from './split-lines.js'

const markdown = unified().use(remarkParse).use(remarkRetext, ParseEnglish as never)
const english = new ParseEnglish()

/**
 * Parse a document.
 *
 * @param text The text to parse (front matter already blanked).
 * @param format `markdown` or `text`.
 * @param file The file, which Markdown conversion needs.
 * @returns The nlcst root, with letterhead-style lines split into their own sentences.
 */
export function parseDocument(text: string, format: InputFormat, file: VFile): Root {
  let tree: Root
  if (format === 'markdown') {
    tree = markdown.runSync(markdown.parse(text), file) as unknown as Root
  } else {
    tree = english.parse(text) as Root
  }
  splitLines(tree, text)
  return tree
}
