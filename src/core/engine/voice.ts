/**
 * Whose words a sentence carries: the author's, the suspect's or defence's
 * (reported speech), or a review's plan to counter a myth. Rules skip the
 * voices they name in `skip-in`, with defaults by category (DESIGN.md principle 2).
 */
import type { PhraseHit } from '../match/phrase-matcher.js'
import type { Voice } from '../rules/rule.js'
import type { DocumentIndex } from '../text/document.js'
import { onListItemLine } from '../text/split-lines.js'
import type { Category, DocumentKind } from '../model/types.js'
import { wordSet } from '../text/word-set.js'

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
  /** For each reported sentence, the first token of its words that are someone else's. */
  reportedFrom: Map<number, number>
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
  const hitsOf = (name: string) => (cues.get(name) ?? []).filter((hit) => !(name === 'reported' && (weighsHisAccount(doc, hit) || toldNoOne(doc, hit))))
  const sentencesOf = (name: string) => new Set(hitsOf(name).map((hit) => doc.tokens[hit.first]!.sentence))
  const reportedFrom = new Map<number, number>()
  const report = (first: number, last: number) => {
    const sentence = doc.tokens[first]!.sentence
    const from = trailing(doc, first, last) ? doc.sentences[sentence]!.firstToken : first
    reportedFrom.set(sentence, Math.min(from, reportedFrom.get(sentence) ?? from))
  }
  for (const hit of hitsOf('reported')) report(hit.first, hit.last)
  for (const token of titledReports(doc)) report(token, token + 1)
  // A letter gives the defence's case as theirs; only a review can plan an answer to it.
  if (kind !== 'review') {
    // What the defence will say at a trial still to come is theirs; what they "would have" argued, given
    // as a reason for a decision already made, is the author's own weighing of it.
    const ahead = (cues.get('defence') ?? []).filter((hit) => !/\bwould\b/i.test(doc.text.slice(doc.tokens[hit.first]!.start, doc.tokens[hit.last]!.end)))
    for (const hit of ahead) report(hit.first, hit.last)
    return { reported: new Set(reportedFrom.keys()), reportedFrom, countering: new Set() }
  }
  for (const token of surnameReports(doc)) report(token, token + 1)
  for (const token of subjectlessReports(doc)) report(token, token + 1)
  const reported = new Set(reportedFrom.keys())
  // A counter the review itself says will not work is no counter.
  const undercut = sentencesOf('undercut')
  const countering = new Set([...sentencesOf('countering')].filter((s) => !undercut.has(s)))
  const answering = new Set([...sentencesOf('answering')].filter((s) => !undercut.has(s)))
  // The defence's point is a plan when the review answers it there or in the next two sentences
  // of the paragraph; left unanswered, the review is weighing it against her in its own voice.
  for (const sentence of sentencesOf('defence')) {
    const paragraph = doc.sentences[sentence]!.paragraph
    const answered = [sentence, sentence + 1, sentence + 2].some((s) => doc.sentences[s]?.paragraph === paragraph && (countering.has(s) || answering.has(s)))
    if (answered) countering.add(sentence)
  }
  // A list item that answers a myth ("- Flirting. He relies on … In any event, friendliness is not
  // consent") names it only to answer it: its other sentences are part of the same plan.
  const answeredItems = new Set(
    [...countering].filter((s) => onListItemLine(doc.text, doc.sentences[s]!.start, doc.sentences[s]!.end)).map((s) => doc.sentences[s]!.paragraph),
  )
  doc.sentences.forEach((info, index) => {
    if (answeredItems.has(info.paragraph) && onListItemLine(doc.text, info.start, info.end)) countering.add(index)
  })
  return { reported, reportedFrom, countering }
}

/** An attribution that closes its sentence ("She kissed him first, he says."): the whole sentence is theirs. */
function trailing(doc: DocumentIndex, first: number, last: number): boolean {
  const info = doc.sentences[doc.tokens[first]!.sentence]!
  if (first === info.firstToken || last < info.endToken - 4) return false
  // Only an attribution with its own speaker: ", he says", ", according to him", ", LOVELL says"; not ", denied the allegation".
  const speaker = doc.tokens[first]!
  if (!['he', 'according'].includes(speaker.norm) && !/^[A-Z]/.test(speaker.cased)) return false
  return /[,;(]/.test(doc.text.slice(doc.tokens[first - 1]!.end, doc.tokens[first]!.start))
}

/**
 * Group cue hits by cue name, for `readVoices`.
 *
 * @param hits Phrase hits, some of them voice cues.
 * @returns The hits of each cue.
 */
export function cuesOf(hits: readonly PhraseHit[]): Map<string, PhraseHit[]> {
  const cues = new Map<string, PhraseHit[]>()
  for (const hit of hits) {
    const list = cues.get(hit.role)
    if (list) list.push(hit)
    else cues.set(hit.role, [hit])
  }
  return cues
}

/** "He told no one for seven weeks": what a man did, not an account he gave (in a review of an offence against a man, it may be the complainant's silence). */
function toldNoOne(doc: DocumentIndex, hit: PhraseHit): boolean {
  const next = doc.tokens[hit.last + 1]
  return doc.tokens[hit.last]!.norm === 'told' && next !== undefined && /^(no|nobody|noone|anyone|anybody|none|neither)$/.test(next.norm)
}

/** Words before "his account" that make it the thing the author weighs ("consistent with his account"), not his words. */
const WEIGHING_BEFORE = new Set(['supports', 'support', 'supporting', 'supported', 'bolsters', 'corroborates', 'prefer', 'preferred', 'preferring'])
const WITH_BEFORE = new Set(['consistent', 'keeping', 'fits', 'accords', 'chimes'])

function weighsHisAccount(doc: DocumentIndex, hit: PhraseHit): boolean {
  const first = doc.tokens[hit.first]!
  if (first.norm !== 'his') return false
  const before = doc.tokens[hit.first - 1]
  if (!before || before.sentence !== first.sentence) return false
  if (WEIGHING_BEFORE.has(before.norm)) return true
  const twoBefore = doc.tokens[hit.first - 2]
  return before.norm === 'with' && twoBefore !== undefined && twoBefore.sentence === first.sentence && WITH_BEFORE.has(twoBefore.norm)
}

/** Verbs that report an account: "MORRIS says …", "MORRIS accepts that …". */
const REPORTING = wordSet(
  'says said states stated claims claimed maintains maintained accepts accepted denies denied insists insisted asserts asserted told tells describes described explains explained admits admitted',
)

/** What a man gives as his own account; what he accepts or admits stays the author's telling ("Mr Rendell accepts that intercourse took place"). */
const CLAIMING = new Set([...REPORTING].filter((verb) => !/^(accept|admit)/.test(verb)))

/**
 * The first token of each account given by a man named with his title, in a letter or a review
 * ("Mr Galloway in interview stated that …", "Mr Dale denied it and said …").
 */
function titledReports(doc: DocumentIndex): number[] {
  const found: number[] = []
  doc.tokens.forEach((token, index) => {
    if (token.cased !== 'Mr' || !/^[A-Z]/.test(doc.tokens[index + 1]?.cased ?? '')) return
    let at = index + 2
    if (doc.tokens[at]?.norm === 'in' && doc.tokens[at + 1]?.norm === 'interview') at += 2
    const verb = doc.tokens[at]
    if (verb && verb.sentence === token.sentence && CLAIMING.has(verb.norm)) found.push(index)
  })
  return found
}

/** What the suspect gives: "MORRIS's account is that …". */
const HIS_ACCOUNT = new Set(['account', 'version', 'case', 'explanation', 'position', 'statement', 'interview'])

/**
 * The first token of each account a review gives by the suspect's surname in
 * capitals, as reviews write it ("MORRIS says sex happened and she agreed",
 * "MORRIS's account is that she kissed him first").
 */
function surnameReports(doc: DocumentIndex): number[] {
  const found: number[] = []
  doc.tokens.forEach((token, index) => {
    const next = doc.tokens[index + 1]
    if (!next || next.sentence !== token.sentence || !/^(Mc|Mac)?[A-Z]{3,}$/.test(token.cased)) return
    // "LOVELL in interview: accepts …"
    const inInterview = next.norm === 'in' && doc.tokens[index + 2]?.norm === 'interview'
    const verb = doc.text.slice(next.start, next.end).toLowerCase()
    // His account as the sentence's subject, not one the reviewer weighs ("supports MORRIS's account").
    const possessive = /['’]s$/.test(doc.text.slice(token.start, token.end)) && index - doc.sentences[token.sentence]!.firstToken <= 2
    // "MORRIS's account is that …" reports it; "MORRIS's account is plausible" weighs it. Where the
    // account is given ("in interview", "to police") stands between them.
    const from = index + 2 + givenWhere(doc, index + 2)
    const reportsThat = doc.tokens.slice(from, from + 3).some((t) => t.norm === 'that' && t.sentence === token.sentence)
    if (REPORTING.has(verb) || inInterview || (possessive && HIS_ACCOUNT.has(next.norm) && reportsThat)) found.push(index)
  })
  return found
}

/** How many tokens from `at` say where an account was given: "in interview", "to (the) police", "in his interview". */
function givenWhere(doc: DocumentIndex, at: number): number {
  const words = doc.tokens.slice(at, at + 3).map((t) => t.norm)
  if (words[0] === 'in' && words[1] === 'interview') return 2
  if (words[0] === 'in' && words[1] === 'his' && words[2] === 'interview') return 3
  if (words[0] === 'to' && words[1] === 'police') return 2
  if (words[0] === 'to' && words[1] === 'the' && words[2] === 'police') return 3
  return 0
}

/** A sentence that tells of an interview or the suspect, after which a sentence may drop its subject. */
const INTERVIEWED = /\b(interview|interviewed|suspect|defendant|prepared statement)\b/i

/**
 * The first token of each account a note gives without its subject, after a sentence that tells of
 * the interview ("Suspect interviewed 3 October. Says she suggested going back to his cabin").
 */
function subjectlessReports(doc: DocumentIndex): number[] {
  const found: number[] = []
  doc.sentences.forEach((info, index) => {
    const first = doc.tokens[info.firstToken]
    const before = doc.sentences[index - 1]
    if (!first || !before || !/^[A-Z][a-z]+$/.test(first.cased) || !CLAIMING.has(first.norm)) return
    if (INTERVIEWED.test(doc.text.slice(before.start, before.end))) found.push(info.firstToken)
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
    (skip.includes('reported') && hit.first >= (voices.reportedFrom.get(token.sentence) ?? Infinity)) ||
    (skip.includes('countering') && voices.countering.has(token.sentence))
  )
}
