/**
 * Which parts of a letter are present, found by meaning: any signal of a part,
 * with its company and without its cancelling words, in any sentence.
 */
import type { DocumentIndex } from '../text/document.js'
import { findContactDetails } from './contact-details.js'
import type { Element, StructureData } from './data.js'
import { ELEMENTS } from './data.js'
import { readLetterFacts } from './letter-facts.js'
import type { SignalHits } from './signals.js'
import { sentencesWith } from './signals.js'

function hasDetail(doc: DocumentIndex, sentence: number): boolean {
  for (const index of [sentence, sentence + 1]) {
    const info = doc.sentences[index]
    if (info && findContactDetails(doc.text.slice(info.start, info.end)).length > 0) return true
  }
  return false
}

/**
 * Find the parts a letter contains.
 *
 * @param doc The indexed letter.
 * @param hits Structure signal hits.
 * @param data The structure data.
 * @param facts The letter's facts, when the caller has read them.
 * @returns For each present part, the first sentence that shows it.
 */
export function findElements(doc: DocumentIndex, hits: SignalHits, data: StructureData, facts = readLetterFacts(doc)): Map<Element, number> {
  const present = new Map<Element, number>()
  // A letterhead's or a signature block's phone line names no one: it is a
  // contact only when a person signs the letter, not a unit alone.
  const outsideBody = (sentence: number) =>
    (facts.salutation !== undefined && sentence < facts.salutation) || (facts.signOff !== undefined && sentence > facts.signOff)
  const unsigned = facts.prosecutor_name === undefined
  for (const element of ELEMENTS) {
    data.elements[element].signals.forEach((signal, i) => {
      const withSentences = signal.with ? sentencesWith(hits, `${element}/${i}/with`, doc) : undefined
      const withoutSentences = sentencesWith(hits, `${element}/${i}/without`, doc)
      for (const hit of hits.get(`${element}/${i}/phrases`) ?? []) {
        const token = doc.tokens[hit.first]!
        if (token.quoted) continue
        const sentence = token.sentence
        if (withSentences && !withSentences.has(sentence)) continue
        if (withoutSentences.has(sentence)) continue
        if (signal.detail && !hasDetail(doc, sentence)) continue
        if (element === 'contact' && unsigned && outsideBody(sentence)) continue
        const known = present.get(element)
        if (known === undefined || sentence < known) present.set(element, sentence)
      }
    })
  }
  return present
}
