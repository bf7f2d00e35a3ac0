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
