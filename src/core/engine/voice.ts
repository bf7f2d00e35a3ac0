/**
 * Whose words a sentence carries: the author's, the suspect's or defence's
 * (reported speech), or a review's plan to counter a myth. Rules skip the
 * voices they name in `skip-in`, with defaults by category (DESIGN.md principle 2).
 */
import type { PhraseHit } from '../match/phrase-matcher.js'
import type { Voice } from '../rules/rule.js'
import type { DocumentIndex } from '../text/document.js'
import type { Category, DocumentKind } from '../model/types.js'

/** Voices in which each category stays silent unless a rule says otherwise. */
export const DEFAULT_SKIP: Record<Category, Voice[]> = {
  misconception: ['quoted', 'reported', 'countering'],
  focus: ['quoted', 'reported', 'countering'],
  tone: ['quoted'],
  jargon: [],
  readability: [],
  inclusive: ['quoted'],
  structure: [],
  accuracy: ['quoted'],
}

/** Sentence indexes that carry reported speech or a counter-plan. */
export interface SentenceVoices {
  reported: Set<number>
  countering: Set<number>
}

/**
 * Mark the sentences that carry someone else's words or a plan to counter a myth.
 *
 * @param doc The indexed document.
 * @param cues Cue hits by cue name.
 * @param kind The document kind: counter-plans count only in reviews, since a letter
 *   that restates a myth to a victim repeats it however kindly it is meant.
 * @returns The marked sentences.
 */
export function readVoices(doc: DocumentIndex, cues: Map<string, PhraseHit[]>, kind: DocumentKind): SentenceVoices {
  const sentencesOf = (name: string) => new Set((cues.get(name) ?? []).map((hit) => doc.tokens[hit.first]!.sentence))
  const reported = sentencesOf('reported')
  if (kind === 'review') for (const sentence of surnameReports(doc)) reported.add(sentence)
  return {
    reported,
    countering: kind === 'review' ? sentencesOf('countering') : new Set(),
  }
}

/** Verbs that report an account: "MORRIS says …", "MORRIS accepts that …". */
const REPORTING = new Set(['says', 'said', 'states', 'stated', 'claims', 'claimed', 'maintains', 'maintained', 'accepts', 'accepted', 'denies', 'denied', 'insists', 'insisted', 'asserts', 'asserted', 'told', 'tells', 'describes', 'described', 'explains', 'explained', 'admits', 'admitted'])

/**
 * Sentences in a review that give the suspect's account by his surname in
 * capitals, as reviews write it ("MORRIS says sex happened and she agreed").
 */
function surnameReports(doc: DocumentIndex): number[] {
  const found: number[] = []
  doc.tokens.forEach((token, index) => {
    const next = doc.tokens[index + 1]
    if (!next || next.sentence !== token.sentence || !/^[A-Z]{3,}$/.test(token.cased)) return
    const verb = doc.text.slice(next.start, next.end).toLowerCase()
    if (REPORTING.has(verb)) found.push(token.sentence)
  })
  return found
}

/**
 * Whether a hit is in a voice the rule should not speak over.
 *
 * @param hit The phrase hit.
 * @param skip Voices the rule skips.
 * @param doc The indexed document.
 * @param voices Marked sentences.
 * @returns True when the hit should not be reported.
 */
export function inSkippedVoice(hit: PhraseHit, skip: readonly Voice[], doc: DocumentIndex, voices: SentenceVoices): boolean {
  const token = doc.tokens[hit.first]!
  return (
    (skip.includes('quoted') && token.quoted) ||
    (skip.includes('reported') && voices.reported.has(token.sentence)) ||
    (skip.includes('countering') && voices.countering.has(token.sentence))
  )
}
