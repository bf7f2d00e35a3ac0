/**
 * Index a plain-text document for testing an analysis on its own, without the
 * rest of the pipeline (whose more specific findings would take precedence).
 */
import { ParseEnglish } from 'parse-english'
import { indexDocument } from '../src/core/text/document.js'
import type { DocumentIndex } from '../src/core/text/document.js'
import { splitLines } from '../src/core/text/split-lines.js'

export function indexText(text: string): DocumentIndex {
  const tree = new ParseEnglish().parse(text)
  splitLines(tree, text)
  return indexDocument(tree, text)
}
