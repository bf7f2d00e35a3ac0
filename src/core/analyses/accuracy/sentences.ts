/**
 * The letter's sentences as text, with their paragraph, for the claim finders.
 */
import type { DocumentIndex } from '../../text/document.js'

export interface SentenceText {
  index: number
  start: number
  end: number
  paragraph: number
  text: string
}

/**
 * The sentences of a document.
 *
 * @param doc The indexed document.
 * @returns Each sentence's offsets, paragraph and text.
 */
export function sentenceTexts(doc: DocumentIndex): SentenceText[] {
  return doc.sentences.map((s, index) => ({ index, start: s.start, end: s.end, paragraph: s.paragraph, text: doc.text.slice(s.start, s.end) }))
}

/**
 * The sentence that holds an offset.
 *
 * @param sentences Sentences in document order.
 * @param offset A position in the document.
 * @returns The sentence, or undefined between sentences.
 */
export function sentenceAt(sentences: readonly SentenceText[], offset: number): SentenceText | undefined {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const s = sentences[mid]!
    if (offset < s.start) high = mid - 1
    else if (offset >= s.end) low = mid + 1
    else return s
  }
  return undefined
}
