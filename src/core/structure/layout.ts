/**
 * The shape of a letter as a reader meets it: the decision early, short
 * paragraphs, and no more than about two pages (readability findings).
 */
import type { Finding } from '../engine/finding.js'
import type { DocumentIndex } from '../text/document.js'
import type { LetterFacts } from './letter-facts.js'

/** Sentences in a paragraph beyond which it is hard to take in (guidance says 3 to 5; one more is allowed before reporting). */
export const MAX_PARAGRAPH_SENTENCES = 6
/** Words in a letter beyond which it runs past about two pages. */
export const MAX_LETTER_WORDS = 1000
/** The decision should be in the first this-many paragraphs after the greeting. */
export const DECISION_WITHIN = 2

const SOURCE = 'https://www.cps.gov.uk/legal-guidance/victim-communication-and-liaison-vcl-scheme'

/**
 * Check the layout of a letter.
 *
 * @param doc The indexed letter.
 * @param facts The letter's greeting and sign-off.
 * @param decisionSentence The first sentence that states the decision, if any.
 * @returns Readability findings.
 */
export function checkLayout(doc: DocumentIndex, facts: LetterFacts, decisionSentence: number | undefined): Finding[] {
  const findings: Finding[] = []
  const greeting = facts.salutation === undefined ? -1 : doc.sentences[facts.salutation]!.paragraph
  const signOff = facts.signOff === undefined ? Infinity : doc.sentences[facts.signOff]!.paragraph
  const body = doc.sentences.filter((s) => s.paragraph > greeting && s.paragraph < signOff)

  const byParagraph = new Map<number, typeof body>()
  for (const sentence of body) {
    // Pushed, not copied: a paragraph of thousands of lines would otherwise take quadratic time.
    const list = byParagraph.get(sentence.paragraph)
    if (list) list.push(sentence)
    else byParagraph.set(sentence.paragraph, [sentence])
  }
  for (const sentences of byParagraph.values()) {
    const prose = sentences.filter((s) => s.endToken - s.firstToken >= 3)
    if (prose.length <= MAX_PARAGRAPH_SENTENCES) continue
    const first = prose[0]!
    findings.push({
      ruleId: 'readability/long-paragraph',
      category: 'readability',
      severity: 'warning',
      start: first.start,
      end: first.end,
      reason: `Split this paragraph of ${prose.length} sentences into shorter ones of 3 to 5 sentences.`,
      actual: doc.text.slice(first.start, first.end),
      expected: [],
      note: 'Short paragraphs, each about one thing, are easier to take in when the news is hard.',
      source: SOURCE,
    })
  }

  const words = body.reduce((sum, s) => sum + s.endToken - s.firstToken, 0)
  if (words > MAX_LETTER_WORDS && body.length > 0) {
    const first = body[0]!
    findings.push({
      ruleId: 'readability/long-letter',
      category: 'readability',
      severity: 'info',
      start: first.start,
      end: first.end,
      reason: `Shorten the letter: at ${words} words it runs past about two pages.`,
      actual: doc.text.slice(first.start, first.end),
      expected: [],
      note: 'A long letter buries what matters. Keep to the decision, the reasons, the rights and the support.',
      source: SOURCE,
    })
  }

  const paragraphs = [...byParagraph.keys()].filter((p) => byParagraph.get(p)!.some((s) => s.endToken - s.firstToken >= 4))
  if (decisionSentence !== undefined && paragraphs.length > DECISION_WITHIN) {
    const decision = doc.sentences[decisionSentence]!
    const position = paragraphs.indexOf(decision.paragraph)
    if (position >= DECISION_WITHIN) {
      // A point at the start of the decision, as for a missing part: the sentence's own
      // words may carry findings of their own.
      const end = decision.start
      findings.push({
        ruleId: 'readability/late-decision',
        category: 'readability',
        severity: 'warning',
        start: decision.start,
        end,
        reason: 'Move the decision into the first two paragraphs, so the reader does not have to search for it.',
        actual: doc.text.slice(decision.start, end),
        expected: [],
        note: 'A victim opening this letter wants to know the outcome first. Inspectors criticised letters that buried it.',
        source: SOURCE,
      })
    }
  }
  return findings
}
