/**
 * Letter structure: the letter's type (given or recognised), the required parts
 * that are missing, each with the paragraph to insert, and unfilled placeholders.
 */
import type { Finding } from '../engine/finding.js'
import { STRUCTURE } from '../data/index.js'
import type { DocumentIndex } from '../text/document.js'
import type { LetterType } from '../model/types.js'
import type { Element } from './data.js'
import { findElements } from './elements.js'
import { readLetterFacts } from './letter-facts.js'
import type { LetterFacts } from './letter-facts.js'
import { detectLetterType } from './letter-type.js'
import { findPlaceholders } from './placeholders.js'
import { checkLayout } from './layout.js'
import { scanSignals } from './signals.js'

/** A bracketed instruction or field left for the writer in a partial ("[phone number]", "[Write your decision here …]"). */
const GAP = /\[[^[\]\n]+\](?!\()/

/** Parts that belong near the top; the rest go just before the sign-off. */
const EARLY = new Set<Element>(['acknowledge-impact', 'decision', 'reasons'])

export interface StructureResult {
  findings: Finding[]
  letterType?: LetterType
  letterTypeSource?: 'given' | 'detected'
  letterTypeConfidence?: number
  /** The parts found, by id. */
  present: Element[]
}

function paragraphEnd(doc: DocumentIndex, paragraph: number): number | undefined {
  let end: number | undefined
  for (const sentence of doc.sentences) if (sentence.paragraph === paragraph) end = sentence.end
  return end
}

/** The paragraph after the salutation (or the first with words), where a reader starts. */
function openingParagraph(doc: DocumentIndex, facts: LetterFacts): number | undefined {
  const after = facts.salutation === undefined ? -1 : doc.sentences[facts.salutation]!.paragraph
  return doc.sentences.find((s) => s.paragraph > after && s.endToken - s.firstToken >= 4)?.paragraph
}

/**
 * Check a letter's structure.
 *
 * @param doc The indexed letter.
 * @param given The letter type, when the caller or front matter says.
 * @returns Findings and what was found.
 */
export async function checkStructure(doc: DocumentIndex, given?: LetterType): Promise<StructureResult> {
  const findings = findPlaceholders(doc.text)
  const hits = scanSignals(doc)
  const facts = readLetterFacts(doc)
  const present = findElements(doc, hits, STRUCTURE, findings, facts)
  const guess = given ? undefined : detectLetterType(doc, hits)
  const letterType = given ?? guess?.letterType
  const result: StructureResult = {
    findings,
    letterType,
    letterTypeSource: given ? 'given' : guess ? 'detected' : undefined,
    letterTypeConfidence: given ? 1 : guess?.confidence,
    present: [...present.keys()],
  }
  findings.push(...checkLayout(doc, facts, present.get('decision')))
  if (!letterType) return result

  const opening = openingParagraph(doc, facts)
  const openingEnd = opening === undefined ? doc.text.trimEnd().length : paragraphEnd(doc, opening)!
  const signOffStart = facts.signOff === undefined ? undefined : doc.sentences[facts.signOff]!.start

  for (const element of STRUCTURE.required[letterType]) {
    if (present.has(element)) continue
    // The paragraphs and the Handlebars runtime that fills them are loaded only for a letter that lacks a part.
    const { renderElement } = await import('./fixes.js')
    const paragraph = renderElement(element, facts)
    const spec = STRUCTURE.elements[element]
    const early = EARLY.has(element) || signOffStart === undefined
    const at = early ? openingEnd : signOffStart
    const advice = `Add a paragraph that ${DESCRIBE[element]}.`
    findings.push({
      ruleId: `structure/missing-${element}`,
      category: 'structure',
      severity: 'warning',
      // Anchored where the paragraph would go, not on a word that has nothing to do with it.
      start: at,
      end: at,
      reason: `Add a paragraph that ${DESCRIBE[element]}: this ${letterType} letter has none.`,
      actual: '',
      expected: [],
      advice,
      scope: 'document',
      note: spec.note,
      source: spec.source,
      // A paragraph with a gap in it would itself be a finding: only a complete one is offered.
      fix:
        GAP.test(paragraph) || findPlaceholders(paragraph).length > 0
          ? undefined
          : { start: at, end: at, text: early ? `\n\n${paragraph}` : `${paragraph}\n\n` },
    })
  }
  return result
}

const DESCRIBE: Record<Element, string> = {
  'acknowledge-impact': 'recognises how hard this news may be',
  decision: 'states the decision plainly',
  reasons: 'explains the reasons in plain words',
  'right-to-review': 'explains how to ask for the decision to be looked at again, and by when',
  support: 'says where to find support',
  'future-reporting': 'encourages the reader to report anything in the future',
  meeting: 'offers a meeting or a call to explain the decision',
  contact: 'names who to contact with questions, with a phone number or email',
  'victim-contact-scheme': 'explains the Victim Contact Scheme and how to join it',
  'sentence-review': 'explains how anyone can ask for the sentence to be reviewed as too low, and by when',
  'next-step': 'says what the reader can do next, or that the decision is final',
}
