/**
 * A victim's behaviour set beside a judgement of it: "you carried on working
 * with him, which is difficult to reconcile with your account". Phrase lists
 * alone miss the many ways this is written; the pattern is the pairing, so the
 * analysis looks for a behaviour in a sentence about the victim with a
 * judgement in it or in a next sentence that looks back at it ("This …"), all
 * in the author's own voice
 * (not reported speech, not quotation, and in a review not a plan to counter
 * the myth).
 */
import type { Finding } from '../engine/finding.js'
import { sharedScanner } from '../match/phrase-matcher.js'
import type { PhraseHit } from '../match/phrase-matcher.js'
import { firstTokenFrom } from '../text/document.js'
import type { DocumentIndex } from '../text/document.js'
import { headingLine, headingText, openingLabel, runInLabel } from '../text/heading-text.js'
import { lineAt, onListItemLine } from '../text/split-lines.js'
import { columnCells, rowCellsAt } from '../text/table-cells.js'
import type { DocumentKind, LetterType } from '../model/types.js'
import { actsAsHer, carriedOnWithHim, herActions, unnamedAction } from './her-actions.js'
import { helpNearby } from './help-nearby.js'
import type { People, Person } from './people.js'
import { cuesOf, readVoices } from '../engine/voice.js'
import { wordSet } from '../text/word-set.js'

/** A letter written to a parent or carer about their child, whose "she" is the victim. */
const ABOUT_A_CHILD = /\byour (daughter|son|child|granddaughter|grandson|stepdaughter|stepson|niece|nephew|ward)\b|\bon behalf of\b/i
const THIRD_PERSON_HER = new Set(['she', 'her', 'herself'])
/** Words that open a sentence about the one before it. */
const LOOKS_BACK = new Set(['this', 'that', 'these', 'those', 'such', 'which', 'it'])
const VICTIM_WORDS = new Set(['you', 'your', 'yourself', 'she', 'her', 'herself', 'complainant', 'victim'])
const SUSPECT_WORDS = new Set(['he', 'him', 'his', 'himself', 'suspect', 'defendant'])
/** Words that name the suspect as the one acting: "he had been drinking", "the suspect stayed". */
const SUSPECT_SUBJECTS = new Set(['he', 'suspect', 'defendant'])
const OBJECT_PREPOSITIONS = new Set(['with', 'to', 'at', 'from', 'towards', 'toward', 'for', 'about', 'beside', 'near'])
const PLAN_HEADING = /\b(address|answer|anticipat|respond|deal with|meet them|rebut)/i
const DRINK = /\b(drank|drink|drinks|drinking|drunk|intoxicat|alcohol|wine|beer|vodka|pints?|glasses|shots)/i

/** A sentence of a few words that reads as a heading: no closing stop, or a closing colon ("Weaknesses:"). */
const shortHeading = (raw: string, words: number) => words <= 8 && (!/[.!?;]["'”’)]*\s*$/.test(raw.trim()) || raw.trimEnd().endsWith(':'))

/**
 * Sentences that sit under a heading that frames them as points against the
 * complainant ("Weaknesses", "Difficulties", "**Weaknesses of the case**",
 * "3. Problems:"), up to the next heading; and a line that opens with such a
 * label ("Weaknesses: delay, no injury").
 */
function framedSentences(doc: DocumentIndex, bySentence: Map<number, Map<string, PhraseHit[]>>, answered: Set<number>): Set<number> {
  const framed = new Set<number>()
  let inFrame = false
  doc.sentences.forEach((info, index) => {
    const raw = doc.text.slice(info.start, info.end)
    const words = info.endToken - info.firstToken
    // "Issues to address at trial" heads a plan, not a list of points against her.
    // A heading's own numbering ("[5] STRENGTHS / WEAKNESSES", "3. Weaknesses") comes before its first word.
    let opens = info.firstToken
    while (opens < info.endToken - 1 && /^\d+$/.test(doc.tokens[opens]!.norm)) opens++
    const frameHit =
      bySentence
        .get(index)
        ?.get('frames')
        ?.some((h) => h.first === opens || h.first === opens + 1) && !PLAN_HEADING.test(raw)
    // A label opens the line, closed by a colon or a spaced dash ("Negatives – previous friendly contact; …").
    const labelled = /^[^.!?]{3,60}:/.test(headingText(raw) + (raw.trimEnd().endsWith(':') ? ':' : '')) || openingLabel(raw) !== undefined
    const heading = shortHeading(raw, words)
    if (heading || labelled) {
      if (frameHit) {
        inFrame = heading || inFrame
        if (labelled && !heading) framed.add(index)
        if (heading) return
      } else if (heading && !onListItemLine(doc.text, info.start, info.end)) inFrame = false
    }
    if (inFrame) framed.add(index)
  })
  // An item the review answers where it raises it ("Delay: she explains that …") is planned for, not weighed.
  const answeredParagraphs = new Set([...answered].map((s) => doc.sentences[s]!.paragraph))
  for (const index of framed) if (answeredParagraphs.has(doc.sentences[index]!.paragraph)) framed.delete(index)
  return framed
}

/** Headers of an evidence table's column of points against the case. */
const AGAINST_COLUMN =
  /^(undermines|undermining|weakness|weaknesses|against|points against|evidence against|hinders|hurts|detracts|problems|difficulties|concerns|risks|negatives?)\b/i

/**
 * Headings of points for the prosecution ("Positives", "Strengths", "Points for"): what is listed under them is
 * not weighed against her. Not "Points for the defence" or "Matters for the jury", nor a heading that names both sides ("STRENGTHS / WEAKNESSES", "Pros and cons").
 */
const STRENGTH_HEADING =
  /^(?!.*\b(weakness|weaknesses|negatives?|cons|against)\b)(positives?|strengths?|assets|helpful|plus points|pros|(points|factors|matters) (in favour|in support|supporting|for)(?! (of )?(the )?(defence|defendant|suspect|jury|him|his))|supporting evidence|evidence in support|evidence for)\b|^for$/i

/** Two lists of hits as one, in the order they stand in the text (the longer first where two start together). */
const inTextOrder = (a: readonly PhraseHit[], b: readonly PhraseHit[]) => [...a, ...b].sort((x, y) => x.first - y.first || y.last - x.last)

/**
 * Where a token sits in the first cell of a table row, the last token of the next cell, which that cell labels.
 *
 * @returns The token index, or -1 when the token is not in a row's first cell.
 */
function labelledCellEnd(doc: DocumentIndex, at: number, endToken: number): number {
  const token = doc.tokens[at]!
  const [label, labelled] = rowCellsAt(doc.text, token.start) ?? []
  if (!label || !labelled || token.start < label[0] || token.end > label[1]) return -1
  let last = -1
  for (let t = at + 1; t < endToken && doc.tokens[t]!.end <= labelled[1]; t++) last = t
  return last
}

/** The sentences under a heading that matches, up to the next heading (a short line that is not a list item). */
function sentencesUnder(doc: DocumentIndex, heading: RegExp): Set<number> {
  const under = new Set<number>()
  let inside = false
  doc.sentences.forEach((info, index) => {
    const raw = doc.text.slice(info.start, info.end)
    const words = info.endToken - info.firstToken
    const isHeading = !onListItemLine(doc.text, info.start, info.end) && shortHeading(raw, words)
    if (isHeading) {
      inside = heading.test(headingText(raw))
      return
    }
    if (inside) under.add(index)
  })
  return under
}

const strengthSentences = (doc: DocumentIndex) => sentencesUnder(doc, STRENGTH_HEADING)

/**
 * The sentences under a heading that plans the answers ("Issues to address at trial"): what is listed there is to
 * be met, not weighed, so no other reading should take it as weighing her.
 *
 * @param doc The indexed review.
 * @returns Their sentence indexes.
 */
export const plannedSentences = (doc: DocumentIndex): Set<number> => sentencesUnder(doc, PLAN_HEADING)

/**
 * Whether a token names her: a pronoun, "the complainant", a name the review uses
 * for her (`namesIn`), or "V" even when used once, but not the "v" of "R v Smith"
 * or "word v word".
 */
function herToken(doc: DocumentIndex, at: number, names: Map<string, Person>, his: ReadonlySet<number>): boolean {
  const token = doc.tokens[at]!
  if (VICTIM_WORDS.has(token.norm) || names.get(token.cased) === 'victim' || token.cased === 'IP' || his.has(at)) return true
  if (token.cased !== 'V') return false
  const before = doc.tokens[at - 1]
  const after = doc.tokens[at + 1]
  return !(before && before.sentence === token.sentence && /^(r|word|his|her|one)$/.test(before.norm)) && !(after && /^(word|s)$/.test(after.norm))
}

const matcher = sharedScanner('judged')

/** The lists whose phrases judge what they are set beside ("is difficult", "sits uneasily with", "a jury may doubt"). */
const JUDGING = new Set(['judgements', 'weighs', 'doubt-frames', 'jury-doubts'])

/** His claimed belief in consent, or the man who held it ("not the message of a man who thought she had agreed"), as what a judgement sets his conduct against. */
const HIS_BELIEF =
  /^\s*(to\s+(reconcile|square)\s+)?(with\s+)?((a|any|his|the suspect's|the defendant's)\s+((reasonable|genuine|honest)\s+)?belief\s+(that\s+she\s+(had\s+)?(consented|agreed|was\s+consenting|wanted)|in\s+(her\s+)?consent)\b|(a|the)\s+man\s+who\s+(thought|believed|genuinely|honestly|reasonably)\b)/i

/**
 * Find judged behaviours.
 *
 * @param doc The indexed document.
 * @param kind Letter or review: only reviews may counter a myth by naming it.
 * @param leansOnHer A review that weighs her conduct and does not test his (focus.ts): the behaviours
 *   of hers it sets out in its own voice are what it weighs, judged or not in their sentence.
 * @param people Who is who in a review (`readPeople`, which the caller loads with the review's other analyses); a letter has none.
 * @param letterType A letter's type, when known: only a letter that explains a decision against her weighs what its reasons tell of her.
 * @returns Findings spanning the behaviour and the judgement.
 */
export function checkJudgedBehaviour(doc: DocumentIndex, kind: DocumentKind, leansOnHer = false, people?: People, letterType?: LetterType): Finding[] {
  const bySentence = new Map<number, Map<string, PhraseHit[]>>()
  // A judgement the sentence denies ("that did not count against you") judges nothing.
  const denied = (hit: PhraseHit) =>
    (hit.role === 'judgements' || hit.role === 'weighs') &&
    [1, 2].some((back) => doc.tokens[hit.first - back]?.sentence === doc.tokens[hit.first]!.sentence && DENIES.has(doc.tokens[hit.first - back]!.norm))
  // What is hard to reconcile with his claimed belief in consent tests him ("… difficult to reconcile with a belief that she had consented").
  const ofHisBelief = (hit: PhraseHit) => JUDGING.has(hit.role) && HIS_BELIEF.test(doc.text.slice(doc.tokens[hit.last]!.end, doc.tokens[hit.last]!.end + 60))
  const hits = matcher.scan(doc.tokens).filter((hit) => !denied(hit) && !ofHisBelief(hit))
  for (const hit of hits) {
    const sentence = doc.tokens[hit.first]!.sentence
    const roles = bySentence.get(sentence) ?? new Map<string, PhraseHit[]>()
    const list = roles.get(hit.role)
    if (list) list.push(hit)
    else roles.set(hit.role, [hit])
    bySentence.set(sentence, roles)
  }
  const names = people?.names ?? new Map<string, Person>()
  // Her own account of the offence is weighed only where a judgement sits in it.
  const accounts = people?.herAccounts ?? new Set<number>()
  // In a review of an offence against a man, some of the "he"s are the complainant.
  const his = people?.hisAsComplainant ?? new Set<number>()
  // A letter speaks to her as "you": its "she" is someone else (a scientist, a friend), unless it is written to
  // a parent or carer about their child.
  const aboutAChild = kind === 'letter' && ABOUT_A_CHILD.test(doc.text)
  const isHer = (t: number) => (kind !== 'letter' || aboutAChild || !THIRD_PERSON_HER.has(doc.tokens[t]!.norm)) && herToken(doc, t, names, his)
  // Who acts in the words before a behaviour: the nearest person named before it in its sentence.
  // For his standing, the one set "against" her ("her word against that of a carer of good character")
  // is him, and he holds it wherever he is named.
  const actorBefore = (sentence: number, at: number, standing = false): 'victim' | 'suspect' | undefined => {
    for (let t = at - 1; t >= doc.sentences[sentence]!.firstToken; t--) {
      const token = doc.tokens[t]!
      if (standing && token.norm === 'against') return 'suspect'
      if (isHer(t)) return 'victim'
      if ((SUSPECT_SUBJECTS.has(token.norm) && !his.has(t)) || names.get(token.cased) === 'suspect') {
        // Named as the one she was with ("left the bar with WREN"), he is not the one acting.
        const before = doc.tokens[t - 1]?.norm === 'the' ? doc.tokens[t - 2] : doc.tokens[t - 1]
        if (!standing && before && before.sentence === sentence && OBJECT_PREPOSITIONS.has(before.norm)) continue
        return 'suspect'
      }
    }
    return undefined
  }
  // The first person the next sentence of the paragraph names, when it is him.
  const labelsHisParagraph = (sentence: number) => {
    const next = doc.sentences[sentence + 1]
    if (!next || next.paragraph !== doc.sentences[sentence]!.paragraph) return false
    for (let t = next.firstToken; t < next.endToken; t++) {
      if (isHer(t)) return false
      if (SUSPECT_WORDS.has(doc.tokens[t]!.norm) || names.get(doc.tokens[t]!.cased) === 'suspect') return true
    }
    return false
  }
  const voices = readVoices(doc, cuesOf(hits), kind)
  const ownVoice = (sentence: number) => !voices.reported.has(sentence) && !voices.countering.has(sentence)
  const answered = new Set([...voices.countering, ...[...bySentence].filter(([, r]) => r.has('answering')).map(([s]) => s)])
  // A paragraph that answers a point ("Long delay is common …") plans for it rather than weighing it.
  const answeredParagraphs = new Set([...answered].map((s) => doc.sentences[s]!.paragraph))
  const strengths = kind === 'review' ? strengthSentences(doc) : new Set<number>()
  const framed = kind === 'review' ? framedSentences(doc, bySentence, answered) : new Set<number>()
  // Paragraphs whose own voice weighs her conduct against her: their behaviours are the things weighed.
  const weighed = new Set<number>()
  const weighings: PhraseHit[] = []
  // The items of a letter's list of reasons.
  const reasonItems = new Set<number>()
  for (const [sentence, roles] of bySentence) {
    const hit = roles.get('weighs')?.[0]
    if (hit && ownVoice(sentence) && actorBefore(sentence, hit.first) !== 'suspect') {
      weighed.add(doc.sentences[sentence]!.paragraph)
      weighings.push(hit)
    }
    if (kind === 'letter' && roles.has('reasons') && ownVoice(sentence)) {
      weighed.add(doc.sentences[sentence]!.paragraph)
      // Reasons that open a list ("the following points were considered:") weigh each item of it.
      const info = doc.sentences[sentence]!
      if (doc.text.slice(info.start, info.end).trimEnd().endsWith(':')) {
        for (let next = sentence + 1; next < doc.sentences.length; next++) {
          const item = doc.sentences[next]!
          if (item.paragraph !== info.paragraph && !onListItemLine(doc.text, item.start, item.end)) break
          weighed.add(item.paragraph)
          reasonItems.add(next)
        }
      }
    }
  }
  const isHim = (t: number) =>
    (!his.has(t) && (SUSPECT_SUBJECTS.has(doc.tokens[t]!.norm) || /^(him|his|himself)$/.test(doc.tokens[t]!.norm))) ||
    names.get(doc.tokens[t]!.cased) === 'suspect'
  // "previous complaints about HEATH" are his, whoever is named before them.
  const aboutHim = (h: PhraseHit) => /^(about|against)$/.test(doc.tokens[h.last + 1]?.norm ?? '') && isHim(h.last + 2)
  const frames = doubtFrames(doc, kind, bySentence, voices, isHer, isHim)
  // A paragraph that doubts her through a frame weighs the conduct of hers it sets out.
  for (const frame of frames) {
    const token = doc.tokens[firstTokenFrom(doc, frame.start)]
    if (token) weighed.add(doc.sentences[token.sentence]!.paragraph)
  }
  const findings: Finding[] = []
  const judgedParagraphs = new Set<number>()
  const spikedAnywhere = [...bySentence.values()].some((roles) => roles.has('done-to-her'))
  // One sentence's behaviours, judged in it, by its paragraph or (`catalogue`) by its neighbours.
  const judgeSentence = (sentence: number, roles: Map<string, PhraseHit[]>, catalogue = false): boolean => {
    // A list's terse items ("Against: delay; clothing") name her conduct only where the list is framed as weaknesses.
    const listed = framed.has(sentence) && !runInLabel(doc, sentence) ? (roles.get('listed-items') ?? []) : []
    const behaviours = listed.length > 0 ? inTextOrder(roles.get('behaviours') ?? [], listed) : roles.get('behaviours')
    if (!behaviours || !ownVoice(sentence)) return false
    const info = doc.sentences[sentence]!
    // A heading of a few words ("Her conduct afterwards", "d) Previous complaint") names what follows; it weighs nothing itself.
    if (headingLine(doc, info)) return false
    const about = doc.tokens.slice(info.firstToken, info.endToken)
    // He as the object ("relationship with the suspect", "kissed him") is not who the item is about.
    const asObject = (i: number) => {
      const t = about[i]!
      if (!SUSPECT_WORDS.has(t.norm)) return false
      const before = about[i - 1]?.norm === 'the' ? about[i - 2] : about[i - 1]
      return t.norm === 'him' || (before !== undefined && OBJECT_PREPOSITIONS.has(before.norm))
    }
    const person = about.findIndex((t, i) => (isHer(info.firstToken + i) || SUSPECT_WORDS.has(t.norm)) && !asObject(i))
    // Under a "Weaknesses" heading an item need not name her; it must not be about him.
    const inFrame = framed.has(sentence) && (person < 0 || isHer(info.firstToken + person))
    // A fragment that names no one ("Delayed reporting for 9 days.") is about her in a review that leans on her,
    // unless it labels a paragraph that goes on about him ("Changing accounts. In his first interview he said …").
    const unnamed = person < 0 && leansOnHer && !labelsHisParagraph(sentence)
    if (!inFrame && !unnamed && !about.some((_, i) => isHer(info.firstToken + i))) return false
    // A drink spiked or drugged anywhere in the document is the one each mention of her drink is about.
    const spiked = roles.has('done-to-her') || spikedAnywhere
    // His behaviour ("he had been drinking") and a drink spiked by someone else are not hers to weigh.
    const hers = (h: PhraseHit) =>
      !doc.tokens[h.first]!.quoted &&
      actorBefore(sentence, h.first) !== 'suspect' &&
      !aboutHim(h) &&
      !(spiked && DRINK.test(doc.text.slice(doc.tokens[h.first]!.start, doc.tokens[h.last]!.end)))
    const behaviour = behaviours.find(hers)
    if (!behaviour) return false
    // A judgement in this sentence, or in the next one when it looks back ("This sits uneasily …").
    const next = doc.sentences[sentence + 1]
    const looksBack =
      next !== undefined && next.paragraph === info.paragraph && ownVoice(sentence + 1) && LOOKS_BACK.has(doc.tokens[next.firstToken]?.norm ?? '')
    const nearby = looksBack ? [sentence, sentence + 1] : [sentence]
    const judgements = nearby.flatMap((s) => bySentence.get(s)?.get('judgements') ?? [])
    const judgedHere = judgements.some((h) => doc.tokens[h.first]!.sentence === sentence)
    // Reporting put as something she failed to do for a time weighs the delay in its own words.
    // In prose only: a list item sits under a heading that says whether it is weighed or planned for.
    const listItem = onListItemLine(doc.text, info.start, info.end)
    const stressed = kind === 'review' && !listItem && (roles.get('stresses-delay') ?? []).some(hers) && !answeredParagraphs.has(info.paragraph)
    if (accounts.has(sentence) ? !judgedHere : !stressed && judgements.length === 0 && !inFrame && !weighed.has(info.paragraph) && !leansOnHer && !catalogue)
      return false
    // A sentence that answers the point itself ("… explains the continued contact") is not weighing it.
    if (!judgedHere && (roles.has('answering') || strengths.has(sentence))) return false
    // A judgement on another line (a table's rows can run together as one sentence) is not this item's.
    const sameLine = (h: PhraseHit) => {
      const [a, b] = h.first < behaviour.first ? [h.last, behaviour.first] : [behaviour.last, h.first]
      return !doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start).includes('\n')
    }
    const here = judgements.filter((h) => doc.tokens[h.first]!.sentence === sentence && sameLine(h))
    const judgement =
      here.length > 0 ? here.reduce((best, h) => (Math.abs(h.first - behaviour.first) < Math.abs(best.first - behaviour.first) ? h : best)) : undefined
    // Judgements that overlap the nearest one ("is difficult" in "is difficult to reconcile") widen it.
    const reach = judgement ? Math.max(...here.filter((h) => h.first <= judgement.last && h.last >= judgement.first).map((h) => h.last)) : -1
    const first = judgement ? Math.min(behaviour.first, judgement.first) : behaviour.first
    let last = judgement ? Math.max(behaviour.last, reach) : behaviour.last
    // A label ("Previous allegation: in 2016 she reported …") is read with the item it names.
    // A label's colon, not a time's ("09:30").
    const labelColon = /:\s/g
    labelColon.lastIndex = doc.tokens[behaviour.last]!.end
    const colon = labelColon.exec(doc.text)?.index ?? -1
    if (colon >= 0 && colon < info.end && /^[^:]{0,60}$/.test(doc.text.slice(info.start, colon))) last = Math.max(last, info.endToken - 1)
    // So is a table row's label ("| Prior relationship | SH and FAIRCLOUGH were in a relationship … |"): the finding takes in the
    // cell it labels, which is where a reader looks for what is weighed.
    last = Math.max(last, labelledCellEnd(doc, behaviour.last, info.endToken))
    findings.push(judged(doc, first, last))
    judgedParagraphs.add(info.paragraph)
    // Every other behaviour the same judgement weighs ("… until three weeks later and that your
    // messages to him the following day were friendly") is its own finding.
    let covered = last
    for (const other of behaviours) {
      if (other.first <= covered || !hers(other)) continue
      findings.push(judged(doc, other.first, other.last))
      covered = other.last
    }
    return true
  }
  const judgedSentences = new Set<number>()
  for (const [sentence, roles] of bySentence) if (judgeSentence(sentence, roles)) judgedSentences.add(sentence)
  // A review paragraph that judges two or more of her behaviours in their own sentences is a
  // catalogue of points against her: the other behaviours of hers it sets out are weighed with them.
  const catalogues = new Set<number>()
  if (kind === 'review') {
    const perParagraph = new Map<number, number>()
    for (const sentence of judgedSentences) {
      const paragraph = doc.sentences[sentence]!.paragraph
      perParagraph.set(paragraph, (perParagraph.get(paragraph) ?? 0) + 1)
    }
    for (const [paragraph, count] of perParagraph) if (count >= 2) catalogues.add(paragraph)
    for (const [sentence, roles] of bySentence) {
      if (!judgedSentences.has(sentence) && catalogues.has(doc.sentences[sentence]!.paragraph)) judgeSentence(sentence, roles, true)
    }
  }
  // Her conduct in words no list holds, where the text is weighing it: under a heading of points
  // against her in a review; beside a judgement or after a reasons cue in a letter, where "you" is her.
  const alreadyFound = (first: number, last: number) => findings.some((f) => f.start < doc.tokens[last]!.end && doc.tokens[first]!.start < f.end)
  // "you" opening a clause acts; after a noun its article names ("the messages you sent", "the courage
  // you showed", "a statement you made") it is a thing of hers, not an action. A time is no such noun.
  const you = (t: number) => doc.tokens[t]!.norm === 'you'
  const youActing = (t: number) => {
    if (!you(t)) return false
    const before = doc.tokens[t - 1]
    if (!before || before.sentence !== doc.tokens[t]!.sentence || CLAUSE_OPENERS.has(before.norm) || TIMES.has(before.norm)) return true
    if (/[,;:(–—]/.test(doc.text.slice(before.end, doc.tokens[t]!.start))) return true
    const named = doc.tokens[t - 2]
    return !(named && named.sentence === doc.tokens[t]!.sentence && NOUN_OPENERS.has(named.norm))
  }
  // A letter that explains a decision against her weighs what its reasons paragraphs tell of her.
  const givesReasons = letterType === undefined || REASONED.has(letterType)
  doc.sentences.forEach((info, sentence) => {
    if (!ownVoice(sentence) || strengths.has(sentence) || accounts.has(sentence) || answeredParagraphs.has(info.paragraph)) return
    const roles = bySentence.get(sentence)
    let from: number | undefined
    if (kind === 'review') {
      if (!framed.has(sentence)) return
      from = info.firstToken
      // An item that names no one and opens with a verb ("Went to work as normal.") is hers.
      const namesNoOne = !doc.tokens
        .slice(info.firstToken, info.endToken)
        .some((t) => /^(she|he|you|suspect|defendant|complainant|victim)$/.test(t.norm) || names.has(t.cased))
      const item = namesNoOne ? unnamedAction(doc, info.firstToken, info.endToken) : undefined
      if (item && !alreadyFound(item[0], item[1])) findings.push(judged(doc, item[0], item[1]))
    } else if (roles?.has('judgements') || roles?.has('weighs') || reasonItems.has(sentence) || (givesReasons && weighed.has(info.paragraph)))
      from = info.firstToken
    else {
      // What the defence "would" have said, given as a reason for a decision made, lists what was weighed.
      const cue = roles?.get('reasons')?.[0] ?? roles?.get('defence')?.find((h) => doc.tokens.slice(h.first, h.last + 1).some((t) => t.norm === 'would'))
      if (cue) from = cue.last + 1
    }
    if (from === undefined) return
    for (const [first, last] of herActions(doc, kind === 'letter' ? youActing : isHer, from, info.endToken)) {
      if (!alreadyFound(first, last)) findings.push(judged(doc, first, last))
    }
    // The items of a labelled line that sorts points against the case, set apart by semicolons ("Weaknesses: alcohol;
    // her choice to get in the car; continued ringing with him"): each terse one is weighed, as a bulleted item is.
    const labelledFrame = roles?.get('frames')?.some((h) => h.first <= info.firstToken + 2)
    if (kind === 'review' && labelledFrame) {
      for (const [first, last] of semicolonItems(doc, info.firstToken, info.endToken)) {
        const inItem = (h: PhraseHit) => h.first <= last && h.last >= first
        if ([...(roles?.values() ?? [])].some((hits) => hits.some(inItem))) continue
        if (terseItem(doc, first, last + 1, names) && !alreadyFound(first, last)) findings.push(judged(doc, first, last))
      }
    }
    // A terse item in a list of points against the case, in words no list holds ("Public praise of him on Instagram",
    // "Five weeks working alongside suspect"): the list weighs it, unless it is about him or a gap in the evidence.
    if (
      kind === 'review' &&
      !roles?.size &&
      BULLETED.test(doc.text.slice(lineAt(doc.text, info.start)[0], info.start + 2)) &&
      terseItem(doc, info.firstToken, info.endToken, names) &&
      !alreadyFound(info.firstToken, info.endToken - 1)
    )
      findings.push(judged(doc, info.firstToken, info.endToken - 1))
  })
  // Her carrying on with him after the offence, set out in the author's own voice: the myth that
  // a woman who was raped would keep away from him. Not where the text answers it or lists strengths.
  const himInLetter = (t: number) => {
    const token = doc.tokens[t]!
    if (/^(him|his|suspect|defendant)$/.test(token.norm)) return true
    const before = doc.tokens[t - 1]
    return /^[A-Z][a-z]/.test(token.cased) && before !== undefined && /^(mr|dr)$/.test(before.norm)
  }
  // A sentence that may weigh her conduct: the author's own, not under a Strengths heading, not one the
  // review answers there or in its paragraph, and (unless the defence or the jury is doing the weighing
  // inside it) not her own account of the offence.
  const weighable = (sentence: number, inHerAccount = false) =>
    ownVoice(sentence) &&
    !strengths.has(sentence) &&
    (inHerAccount || !accounts.has(sentence)) &&
    !answeredParagraphs.has(doc.sentences[sentence]!.paragraph) &&
    !bySentence.get(sentence)?.has('answering')
  doc.sentences.forEach((info, sentence) => {
    if (!weighable(sentence)) return
    for (const [first, last] of carriedOnWithHim(
      doc,
      kind === 'letter' ? you : isHer,
      kind === 'letter' ? himInLetter : isHim,
      info.firstToken,
      info.endToken,
    )) {
      if (!alreadyFound(first, last)) findings.push(judged(doc, first, last))
    }
  })
  // What she concedes, set out in the review's own voice: "She accepts she was 'tipsy' when she went
  // to bed", "RH accepts that she and FORSHAW had a full sexual relationship". The concession is the
  // point weighed against her; her account of what he did ("she accepts he was her friend") is not.
  if (kind === 'review') {
    doc.sentences.forEach((info, sentence) => {
      if (!weighable(sentence)) return
      for (let t = info.firstToken; t + 2 < info.endToken; t++) {
        if (!actsAsHer(doc, isHer, t)) continue
        let v = t + 1
        if (doc.tokens[v]!.norm === 'also' || doc.tokens[v]!.norm === 'now') v++
        if (!CONCEDES.has(doc.tokens[v]!.norm)) continue
        let from = v + 1
        if (doc.tokens[from]?.norm === 'that') from++
        // The clause she concedes is her own conduct: it opens on her.
        if (from >= info.endToken || !isHer(from)) continue
        const last = clauseEnd(doc, from, info.endToken, 16)
        if (!alreadyFound(t, last)) findings.push(judged(doc, t, last))
        break
      }
    })
  }
  // Others close by, set against her in a concession: "although two other lads sleep on the same corridor".
  doc.sentences.forEach((_, sentence) => {
    if (!weighable(sentence)) return
    for (const [first, last] of helpNearby(doc, sentence)) if (!alreadyFound(first, last)) findings.push(judged(doc, first, last))
  })
  // The defence's point about her, raised and left unanswered: the review weighs it against her in
  // its own voice ("The defence will inevitably suggest that the allegation was made to gain advantage").
  if (kind === 'review') {
    for (const [sentence, roles] of bySentence) {
      const cue = roles.get('defence')?.[0]
      const info = doc.sentences[sentence]!
      if (!cue || !weighable(sentence, true) || PLANNED.test(doc.text.slice(info.start, info.end))) continue
      const last = clauseEnd(doc, cue.last, info.endToken, 16)
      // What the defence will make of her, in the clause that gives their point.
      let about = roles.get('behaviours')?.some((h) => h.first > cue.last && h.first <= last) ?? false
      // Her complaint itself is about her: "the defence will present the allegation as the product of resentment".
      for (let t = cue.last + 1; t <= last && !about; t++) about = isHer(t) || (HER_COMPLAINT.has(doc.tokens[t]!.norm) && doc.tokens[t - 1]?.norm !== 'his')
      if (about && !alreadyFound(cue.first, last)) findings.push(judged(doc, cue.first, last))
    }
  }
  // The jury imagined weighing her, in any words: "a jury will give real weight to …", "a jury may
  // well see December as a renewal …", "a jury is entitled to weigh that background".
  if (kind === 'review') {
    doc.sentences.forEach((info, sentence) => {
      for (let t = info.firstToken; t < info.endToken; t++) {
        if (!JURY.has(doc.tokens[t]!.norm) || doc.tokens[t]!.quoted) continue
        let v = t + 1
        while (v < info.endToken && v <= t + 5 && JURY_MODAL.has(doc.tokens[v]!.norm)) v++
        if (v === t + 1 || v >= info.endToken || !JURY_WEIGHS.has(doc.tokens[v]!.norm)) continue
        // Read the whole sentence only once it has a jury imagined doing something.
        const raw = doc.text.slice(info.start, info.end)
        if (!weighable(sentence, true) || PLANNED.test(raw) || HIS_ACCOUNT.test(raw)) return
        const last = clauseEnd(doc, v, info.endToken, 14)
        // The first person named after the verb is the one the jury weighs: "want to know why he …" tests him.
        let about = false
        for (let h = v + 1; h <= last; h++) {
          if (isHer(h)) about = true
          if (isHer(h) || isHim(h)) break
        }
        if (about && !alreadyFound(t, last))
          findings.push(judged(doc, doc.tokens[t - 1]?.norm === 'a' || doc.tokens[t - 1]?.norm === 'the' ? t - 1 : t, last, 'jury'))
        break
      }
    })
  }
  // An evidence table's column of points against the case ("Undermines", "Weaknesses") weighs each cell's item.
  if (kind === 'review') {
    for (const [start, end] of columnCells(doc.text, AGAINST_COLUMN)) {
      const from = firstTokenFrom(doc, start)
      let to = from
      while (to < doc.tokens.length && doc.tokens[to]!.end <= end) to++
      if (to === from || alreadyFound(from, to - 1)) continue
      // A table's rows may run together as one sentence: whose words a cell gives is read from the cell.
      const roles = bySentence.get(doc.tokens[from]!.sentence)
      const inCell = (role: string) => (roles?.get(role) ?? []).filter((h) => h.first >= from && h.last < to)
      if (inCell('reported').length > 0 || inCell('countering').length > 0 || inCell('answering').length > 0) continue
      // A column of points against the case frames its cells as a list does: its terse items ("Return visit") count.
      const listed = inTextOrder(inCell('behaviours'), inCell('listed-items'))
      const actions: Array<[number, number]> = listed.length > 0 ? listed.map((h) => [h.first, h.last]) : herActions(doc, isHer, from, to)
      // A cell that opens on a verb ("Sent suspect a message at 09:30") has her as its subject.
      const unnamed = actions.length === 0 ? unnamedAction(doc, from, to) : undefined
      const terse = actions.length === 0 && !unnamed && terseItem(doc, from, to, names) ? ([from, to - 1] as [number, number]) : undefined
      for (const [first, last] of unnamed ? [unnamed] : terse ? [terse] : actions) findings.push(judged(doc, first, last))
    }
  }
  // His standing set among the reasons to doubt her, or listed as a point against the case.
  for (const [sentence, roles] of bySentence) {
    // A reference quoted by the author ("one of our most trusted staff") is still his standing, set out by the author.
    const hit = roles.get('standing')?.[0]
    if (!hit || !ownVoice(sentence) || actorBefore(sentence, hit.first, true) === 'victim') continue
    // "That explanation is credible and …" praises what she said, not the man he is.
    if (doc.tokens.slice(Math.max(0, hit.first - 3), hit.first).some((t) => t.sentence === sentence && SAID_THINGS.has(t.norm))) continue
    const paragraph = doc.sentences[sentence]!.paragraph
    const weighedHere = framed.has(sentence) || leansOnHer || weighed.has(paragraph) || judgedParagraphs.has(paragraph) || roles.has('judgements')
    const start = doc.tokens[hit.first]!.start
    if (weighedHere && !findings.some((f) => f.start <= start && start < f.end)) findings.push(judged(doc, hit.first, hit.last, 'standing'))
  }
  // A frame inside a behaviour's finding is that finding's judgement, not a second one.
  for (const frame of frames) {
    if (!findings.some((f) => f.start <= frame.start && frame.end <= f.end)) findings.push(frame)
  }
  // The weighing itself, where its paragraph set out behaviours of hers for it to weigh.
  for (const hit of weighings) {
    const start = doc.tokens[hit.first]!.start
    if (judgedParagraphs.has(doc.sentences[doc.tokens[hit.first]!.sentence]!.paragraph) && !findings.some((f) => f.start <= start && start < f.end)) {
      findings.push(judged(doc, hit.first, hit.last))
    }
  }
  return findings
}

/**
 * The last token of the clause that runs on from `from`: up to a semicolon, colon, dash or table
 * bar, the sentence's end (`end`, one past its last token), or `reach` words, whichever comes first.
 */
function clauseEnd(doc: DocumentIndex, from: number, end: number, reach: number): number {
  let last = from
  while (last + 1 < end && last < from + reach && !/[;:|–—]/.test(doc.text.slice(doc.tokens[last]!.end, doc.tokens[last + 1]!.start))) last++
  return last
}

/**
 * The items of a sentence set apart by semicolons, after a label's colon: none where the sentence has no semicolon.
 *
 * @returns Each item's first and last token.
 */
function semicolonItems(doc: DocumentIndex, from: number, to: number): Array<[number, number]> {
  const gap = (t: number) => doc.text.slice(doc.tokens[t]!.end, doc.tokens[t + 1]!.start)
  // The label before a colon ("Weaknesses:") is not an item; a colon after the first semicolon is an item's own.
  let start = from
  for (let t = from; t + 1 < to && !gap(t).includes(';'); t++) {
    if (gap(t).includes(':')) {
      start = t + 1
      break
    }
  }
  const items: Array<[number, number]> = []
  for (let t = start; t < to; t++) {
    if (t + 1 < to && !gap(t).includes(';')) continue
    items.push([start, t])
    start = t + 1
  }
  return items.length > 1 ? items : []
}

/** A bulleted line ("- ", "* ", "• "): numbered lines are as often a review's section headings. */
const BULLETED = /^[ \t>]*[-*•][ \t]/
/** Complaints about him, not conduct of hers: "Previous complaints about him are held by the app company". */
const ABOUT_HIM = /\b(complaints?|allegations?|reports?|concerns?|warnings?|references?) (about|against|of|for) him\b/i
/** The most words a terse item of a list of points against the case has. */
const TERSE_WORDS = 12
/** A gap in the evidence or the investigation, not her conduct: "No CCTV from the car park", "Phone not downloaded". */
const EVIDENCE_GAP =
  /\b(cctv|forensic|forensics|dna|witness|witnesses|eyewitness|phone|download|records?|corroborat\w*|identification|expert|swab|swabs|medical|scene|investigation|officer|officers|police|disclosure|interpreter|seized|recovered|obtained|lab|laboratory|toxicology|footage|exhibit|exhibits|timeline|key card|data|camera|cameras|coverage)\b/i

/**
 * Whether a list item or table cell is a terse point about her: a few words, not about him ("his", the suspect's
 * name or "the suspect" as its subject) and not a gap in the evidence.
 */
function terseItem(doc: DocumentIndex, from: number, to: number, names: ReadonlyMap<string, Person>): boolean {
  if (to - from < 2 || to - from > TERSE_WORDS) return false
  const tokens = doc.tokens.slice(from, to)
  if (tokens.some((t) => t.quoted || t.norm === 'his' || t.norm === 'he' || names.get(t.cased) === 'suspect')) return false
  if (/^(the )?(suspect|defendant)\b/i.test(tokens.map((t) => t.norm).join(' '))) return false
  const text = doc.text.slice(tokens[0]!.start, tokens.at(-1)!.end)
  return !EVIDENCE_GAP.test(text) && !ABOUT_HIM.test(text)
}

/** Her report named as a thing, which the defence's point is about: "the complaint", "the allegation", "a pattern". */
const HER_COMPLAINT = new Set(['complaint', 'allegation', 'allegations', 'pattern'])
/** Verbs of a concession: what follows is what she admits. */
const CONCEDES = new Set(['accepts', 'accepted', 'admits', 'admitted', 'concedes', 'conceded', 'acknowledges', 'acknowledged'])
const JURY = new Set(['jury', 'jurors', 'juries'])
/** Words between the jury and what it is imagined doing: "a jury may well", "a jury is likely to", "jurors are going to". */
const JURY_MODAL = wordSet('will would may might could is are likely going entitled to well inevitably also surely certainly probably be have')
/** What a jury is imagined doing with her conduct: seeing it as something, weighing it, asking about it. */
const JURY_WEIGHS = wordSet(
  'see view regard think ask wonder want give weigh hold feel question read infer take treat interpret judge focus attach place put consider assume suspect doubt decide speculate look approach seen viewed regarded thought wondered weighed felt questioned inferred taken treated interpreted judged focused attached placed considered assumed suspected doubted decided looked approached',
)
/** A sentence that plans an answer (a direction, expert evidence) is not guessing at the jury's doubts. */
const PLANNED = /\b(direct(ed|ion|ions)|expert evidence|we will|(will|would|can) explain|so that (the|a) jury)\b/i
/** The jury doubting his account, not hers. */
const HIS_ACCOUNT = /\b(his|the suspect['’]s|the defendant['’]s|[A-Z]{3,}['’]s) (account|version|evidence|explanation)\b/
/** Words after which "you" opens a clause of its own. */
const CLAUSE_OPENERS = wordSet(
  'that and but when after before because as if since until although though while whilst so then also where once or later afterwards nor why how what whether',
)
/** What someone said or gave, rather than the person: "her explanation is credible". */
const SAID_THINGS = wordSet('explanation explanations account accounts evidence reason reasons version story')
/** Times that can stand before "you" opening a clause: "In that period you worked …". */
const TIMES = wordSet('period time day days week weeks month months year years morning evening night afternoon weekend occasion')
/** Words that open a noun phrase: "the messages you sent", "including messages you sent". */
const NOUN_OPENERS = wordSet('the a an any every some this these those his your her their its including of with from about')
/** Letters that give the reasons for a decision that went against her. */
const REASONED = new Set<LetterType>(['no-charge', 'discontinuance', 'acquittal', 'alteration'])

/** Words that deny the judgement right after them. */
const DENIES = new Set(['not', 'never', 'nothing'])
/** A frame denied just before it: "not a credibility issue", "no reason to doubt". */
const NEGATION = /\b(not|no|never|nothing|cannot|isn['’]t|aren['’]t|wasn['’]t)\b/i
/** Frames that doubt her whoever is named: "if it was that bad", "what was she doing", "unexplained delay". */
const OPEN_DOUBT = /^(if|when|what|begs|raises|invites|unexplained|credibility|reliability)\b/i

/**
 * Doubts about her put as frames rather than verdicts: "one might ask why she …", "it is notable that
 * V …", "a jury may well be troubled by …", "Why stay six weeks?". The frame carries the judgement, so
 * no behaviour from the list is needed; who it is about is read from the person it names.
 */
function doubtFrames(
  doc: DocumentIndex,
  kind: DocumentKind,
  bySentence: Map<number, Map<string, PhraseHit[]>>,
  voices: { reported: Set<number>; countering: Set<number> },
  isHer: (token: number) => boolean,
  isHim: (token: number) => boolean,
): Finding[] {
  const out: Finding[] = []
  // The first person named from one token towards another (backwards when `to` is before `from`).
  const who = (from: number, to: number): 'victim' | 'suspect' | undefined => {
    const step = to < from ? -1 : 1
    for (let t = from; t !== to; t += step) {
      if (isHer(t)) return 'victim'
      if (isHim(t)) return 'suspect'
    }
    return undefined
  }
  // Nobody named: the sentence before, in the same paragraph, says who ("This will be difficult to explain.").
  const previous = (sentence: number) => {
    const info = doc.sentences[sentence]!
    const before = doc.sentences[sentence - 1]
    return before && before.paragraph === info.paragraph ? who(before.firstToken, before.endToken) : undefined
  }
  doc.sentences.forEach((info, sentence) => {
    if (voices.countering.has(sentence)) return
    const raw = doc.text.slice(info.start, info.end)
    if (PLANNED.test(raw)) return
    const roles = bySentence.get(sentence)
    // Someone else's words come after the cue that reports them: what the author says before it is the author's.
    const cues = [...(roles?.get('reported') ?? []), ...(roles?.get('defence') ?? [])].map((h) => h.first)
    const reportedFrom = !voices.reported.has(sentence) ? info.endToken : cues.length > 0 ? Math.min(...cues) : info.firstToken
    const ownVoice = (t: number) => t < reportedFrom
    const tokens = Array.from({ length: info.endToken - info.firstToken }, (_, i) => info.firstToken + i)
    const jury = tokens.find((t) => JURY.has(doc.tokens[t]!.norm) && !doc.tokens[t]!.quoted)
    // A frame, read with the person it is about.
    let framedAt = -1
    for (const hit of roles?.get('doubt-frames') ?? []) {
      if (doc.tokens[hit.first]!.quoted || !ownVoice(hit.first)) continue
      // "Her limited English is not a credibility issue" answers the doubt.
      const before = doc.text.slice(doc.tokens[Math.max(info.firstToken, hit.first - 3)]!.start, doc.tokens[hit.first]!.start)
      if (NEGATION.test(before) && !/\bwhy not\b/i.test(before)) continue
      let person = who(hit.first, info.endToken) ?? who(hit.first - 1, info.firstToken - 1)
      const open = OPEN_DOUBT.test(doc.text.slice(doc.tokens[hit.first]!.start, doc.tokens[hit.last]!.end))
      if (person === undefined && !open) person = jury !== undefined ? 'victim' : previous(sentence)
      if (person === 'suspect' || (person === undefined && !open)) continue
      out.push(judged(doc, hit.first, hit.last, 'behaviour'))
      framedAt = hit.last
      break
    }
    // The jury imagined doubting her, after any frame ("Hard to see how a jury will … – is a jury going to …?"):
    // each mention of the jury with the doubts nearest to it.
    const juries = tokens.filter((t) => (framedAt < 0 || t > framedAt + 3) && JURY.has(doc.tokens[t]!.norm) && !doc.tokens[t]!.quoted && ownVoice(t))
    if (framedAt >= 0 && juries.length === 0) return
    if (juries.length > 0 && !HIS_ACCOUNT.test(raw)) {
      // "Beyond reasonable doubt" is the standard of proof, not a doubt about her.
      // Nor is "a jury is unlikely to be sure" where what it would be sure of is not her: that is the evidential test.
      const standard = (h: PhraseHit) =>
        doc.tokens[h.last]!.norm === 'sure' &&
        !/\b(she|her|hers|complainant|victim|account|evidence)\b/i.test(doc.text.slice(doc.tokens[h.last]!.end, info.end))
      const doubts = (roles?.get('jury-doubts') ?? []).filter(
        (h) => !doc.tokens[h.first]!.quoted && doc.tokens[h.first - 1]?.norm !== 'reasonable' && ownVoice(h.first) && h.first > framedAt && !standard(h),
      )
      const nearest = (h: PhraseHit) => juries.reduce((best, j) => (Math.abs(h.first - j) < Math.abs(h.first - best) ? j : best))
      let found = false
      for (const jury of juries) {
        const mine = doubts.filter((h) => nearest(h) === jury)
        if (mine.length === 0) continue
        const near = mine.reduce((best, h) => (Math.abs(h.first - jury) < Math.abs(best.first - jury) ? h : best))
        // What the jury is imagined doubting follows the doubt: the span runs on to the end of its clause, a few words at most.
        let end = Math.max(jury, near.last)
        const limit = Math.min(info.endToken - 1, end + 10)
        while (end < limit && !/[,;:–—]/.test(doc.text.slice(doc.tokens[end]!.end, doc.tokens[end + 1]!.start))) end++
        // Questions a jury will ask about him ("want to know why he arranged to be alone with her") test his account;
        // a jury's reluctance to convict him, or readiness to accept his belief, still leans on her.
        const asks = /^(want|wants|wanted|wonder|wondered)\b/i.test(doc.text.slice(doc.tokens[near.first]!.start, doc.tokens[near.last]!.end))
        if (asks && end > near.last && who(near.last + 1, end + 1) === 'suspect') continue
        out.push(judged(doc, Math.min(jury, near.first), end, 'jury'))
        found = true
      }
      if (found) return
    }
    // A question about her conduct in a review's own voice: "Why stay six weeks?".
    if (framedAt >= 0 || reportedFrom < info.endToken || kind !== 'review' || !/\?["'”’)*\s]*$/.test(raw)) return
    const why = tokens.find((t) => doc.tokens[t]!.norm === 'why' && !doc.tokens[t]!.quoted)
    if (why === undefined) return
    const subject = who(why + 1, Math.min(why + 5, info.endToken))
    // "Why stay …?", "Why not leave …?": a bare verb after "why" asks why she did it, in a note about her.
    const bare = !/^(did|does|do|was|were|is|are|has|have|had|would|could|should|will|can)$/.test(doc.tokens[why + 1]?.norm ?? '')
    const aboutHer = who(info.firstToken, info.endToken) === 'victim' || roles?.has('behaviours') || previous(sentence) === 'victim'
    const hers = subject === 'victim' || (subject === undefined && bare && who(info.firstToken, info.endToken) !== 'suspect' && aboutHer)
    if (hers) out.push(judged(doc, why, info.endToken - 1, 'behaviour'))
  })
  return out
}

/** What a finding says: her behaviour weighed against her, or his standing set against her account. */
const WORDING = {
  behaviour: {
    reason: 'Describe what happened without judging it: people react to rape in many ways, and this behaviour says nothing about whether it happened.',
    note: 'Staying in contact, delay, calm, drinking and patchy memory are common after rape. Treating them as reasons for doubt repeats myths the CPS asks prosecutors to challenge.',
  },
  jury: {
    reason: 'Plan how to meet the point rather than guess at doubts the jury might have.',
    note: 'Prosecutors must assume a fair jury that follows the judge’s directions.',
  },
  standing: {
    reason: "Leave the suspect's standing out of whether the offence happened, and analyse what he did.",
    note: 'Offenders come from every walk of life, and many have no previous convictions. Setting his character or career against her account repeats the myth that respectable men do not rape.',
  },
} as const

function judged(doc: DocumentIndex, first: number, last: number, what: keyof typeof WORDING = 'behaviour'): Finding {
  const start = doc.tokens[first]!.start
  const end = doc.tokens[last]!.end
  return {
    ruleId: 'misconception/judged-behaviour',
    category: 'misconception',
    severity: 'warning',
    start,
    end,
    reason: WORDING[what].reason,
    actual: doc.text.slice(start, end),
    expected: [],
    note: WORDING[what].note,
    source: 'https://www.cps.gov.uk/legal-guidance/rape-and-sexual-offences-annex-tackling-rape-myths-and-stereotypes',
    generic: true,
  }
}
