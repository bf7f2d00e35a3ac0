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

/** A span of the text, such as an unfilled placeholder. */
interface Span {
  start: number
  end: number
}

/**
 * Whether what follows a part's signal in its sentence is only a gap left to
 * fill: "The reasons are as follows: [insert rationale]." names the part but
 * gives the reader nothing.
 */
function onlyAGap(doc: DocumentIndex, sentence: number, from: number, gaps: readonly Span[]): boolean {
  const end = doc.sentences[sentence]!.end
  // The gap ends the sentence, and only a short lead-in ("for this decision is as follows:") comes before it.
  const gap = gaps.find((g) => g.start >= from && g.end <= end && !/[\p{L}\p{N}]/u.test(doc.text.slice(g.end, end)))
  if (gap === undefined) return false
  const lead = doc.text.slice(from, gap.start)
  // A number or an address before the gap ("Rape Crisis on 0808 500 2222 or your ISVA, [ISVA NAME]") gives the reader something.
  if (/\d[\d ]{4,}\d|@/.test(lead)) return false
  return (lead.match(/\p{L}+/gu) ?? []).length <= 8
}

/**
 * Find the parts a letter contains.
 *
 * @param doc The indexed letter.
 * @param hits Structure signal hits.
 * @param data The structure data.
 * @param gaps Unfilled placeholders: a part whose words are only a gap is not there.
 * @param facts The letter's facts, when the caller has read them.
 * @returns For each present part, the first sentence that shows it.
 */
export function findElements(
  doc: DocumentIndex,
  hits: SignalHits,
  data: StructureData,
  gaps: readonly Span[] = [],
  facts = readLetterFacts(doc),
): Map<Element, number> {
  const present = new Map<Element, number>()
  // A letterhead's phone line names no one to ask: it is a contact only when a
  // person signs the letter. A signature block's line is the signer's, a person's
  // or a team's ("Case Progression Team, Tel: 0121 …").
  const letterhead = (sentence: number) => facts.salutation !== undefined && sentence < facts.salutation
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
        if (element === 'contact' && unsigned && letterhead(sentence)) continue
        if (gaps.length > 0) {
          // Words inside a placeholder are the template's, not the letter's.
          if (gaps.some((g) => token.start >= g.start && token.start < g.end)) continue
          if (onlyAGap(doc, sentence, doc.tokens[hit.last]!.end, gaps)) continue
        }
        const known = present.get(element)
        if (known === undefined || sentence < known) present.set(element, sentence)
      }
    })
  }
  return present
}
