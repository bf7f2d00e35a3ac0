/**
 * Her conduct told as chronology, in the past or the present: a timeline's "HC dances with FD",
 * "MR goes into GARSIDE's tent", a narrative's "That evening she drove herself home". Only the
 * review analysis reads it, so it loads with that analysis and not with a letter's first check.
 */
import type { DocumentIndex } from '../text/document.js'
import { NOT_CONDUCT, pastModifiers, verbAfter } from './her-actions.js'
import { wordSet } from '../text/word-set.js'

/** Present tenses that give her account or what was done to her, not conduct of hers to weigh ("she says", "HC tells the officer"). */
const NOT_CONDUCT_NOW = wordSet(
  'says tells states alleges describes explains recalls reports discloses identifies confirms provides gives believes thinks feels ' +
    'wants receives suffers needs remembers mentions complains answers hears knows means accepts admits agrees denies maintains ' +
    'insists recognises recognizes appears seems lacks cannot works lives studies presents',
)

/** Words that may come before her at the head of a timeline's clause: "That evening she …", "Then HC …". */
const TIME_WORDS = wordSet(
  'morning afternoon evening night day days week weeks weekend month months year years then later afterwards next following ' +
    'subsequently also and but so when after before minutes hours january february march april may june july august september ' +
    'october november december monday tuesday wednesday thursday friday saturday sunday midnight noon am pm',
)

/** A clause that says who she is or was before the events: her job, her joining, how long. */
const BACKGROUND = /\b(joins|joined|starts|started|begins|began|works|worked|working) [^.;|]{0,40}\bas an? [a-z]|\bsince (19|20)\d\d\b/i

/** Whether the token at `at` opens a clause: the sentence's first word, after punctuation, a number, or a word of time. */
function opensClause(doc: DocumentIndex, at: number): boolean {
  const before = doc.tokens[at - 1]
  if (!before || before.sentence !== doc.tokens[at]!.sentence) return true
  if (/[,;:|–—(]/.test(doc.text.slice(before.end, doc.tokens[at]!.start))) return true
  return /^\d/.test(before.norm) || TIME_WORDS.has(before.norm)
}

/**
 * The verb that makes her the one acting, in the past or the present: a timeline's "HC dances with FD",
 * "MR goes into GARSIDE's tent", as well as everything `verbAfter` reads in the past. Not the present
 * perfect ("JP has held a plot"), which tells who she is more often than what she did.
 *
 * @param doc The indexed document.
 * @param at The token that names her.
 * @param end One past the sentence's last token.
 * @returns The verb's token, or undefined when no verb of conduct follows her.
 */
export function deedAfter(doc: DocumentIndex, at: number, end: number): number | undefined {
  const token = doc.tokens[at]!
  // "FL's account is …": what is hers, not what she did.
  if (!opensClause(doc, at) || /^['’]/.test(doc.text.slice(token.end, token.end + 1)) || /['’]s$/.test(doc.text.slice(token.start, token.end))) return undefined
  // Who she is, not what she did: "LH joins the practice as a dental nurse", "she had worked there since 2019".
  const clause = doc.text.slice(token.start, doc.tokens[end - 1]!.end)
  if (BACKGROUND.test(clause)) return undefined
  const past = verbAfter(doc, at, end)
  if (past !== undefined) return past
  const v = pastModifiers(doc, at + 1, end, at + 2)
  const verb = doc.tokens[v]
  if (!verb || v >= end || verb.breakBefore || !/^[a-z]+$/.test(verb.cased)) return undefined
  const next = v + 1 < end ? (doc.tokens[v + 1]?.norm ?? '') : ''
  if (verb.norm === 'does') {
    const done = doc.tokens[v + 2]?.norm ?? ''
    return next === 'not' && !NOT_CONDUCT.has(done) && !/^(appear|seem|go|have|need|accept)$/.test(done) ? v : undefined
  }
  if (verb.norm === 'is') return next.endsWith('ing') && next.length > 5 ? v : undefined
  // A verb in the present, third person: "dances", "goes", "leaves"; not a plural noun after her name ("HC's drinks").
  return /^[a-z]{3,}(s|es)$/.test(verb.norm) && !/(ss|us|is)$/.test(verb.norm) && !NOT_CONDUCT_NOW.has(verb.norm) ? v : undefined
}
