/**
 * What she did, in words no list holds: "she went to her shift the next
 * morning", "you accepted a tablet from a friend", "C2 later sang at his
 * birthday concert". Where a review or letter is weighing her conduct (under
 * a Weaknesses heading, in a list of reasons, beside a judgement), each of
 * her actions is one of the things weighed, whatever the verb. The clause is
 * found from its shape, not its words: a word that names her as the one
 * acting, then a verb in the past.
 */
import type { DocumentIndex } from '../text/document.js'
import { wordSet } from '../text/word-set.js'

/** Past tenses that do not end in -ed. */
const IRREGULAR_PAST = wordSet(
  'went sent left ran sang took kept met came got made wrote drove rang slept sat stood saw bought brought drank ate ' +
    'wore woke lay lied swam threw chose began knew hid fell became spent paid lost led rode shook hung fought sought ' +
    'spoke held sold won swore blew flew grew forgave forgot slid stuck struck dealt',
)

/** Participles after "had" that do not end in -ed. */
const IRREGULAR_PARTICIPLE = wordSet(
  'gone been sent left run sung taken kept met come got gotten made written driven rung slept sat stood seen bought ' +
    'brought drunk eaten worn woken lain swum thrown chosen begun known hidden fallen become spent paid lost led ridden ' +
    'shaken hung fought spoken held let put read sold won sworn flown grown drawn forgiven forgotten stuck',
)

/**
 * Verbs that give her account or what was done to her, not conduct of hers to weigh:
 * "she alleged", "you told the police", "she reported on 3 May", "she needed stitches".
 */
export const NOT_CONDUCT = wordSet(
  'alleged stated described explained recalled reported disclosed identified confirmed provided gave told said ' +
    'believed thought felt wanted received suffered sustained underwent needed remembered mentioned complained ' +
    'answered spoke heard knew meant consented lacked pushed resisted screamed shouted froze cried struggled woke lay lied ' +
    'consent want know remember recall understand agree say feel realise realize see',
)

/** Words between her and her verb that do not change who acted: "she later went", "you also sent". */
const BETWEEN = wordSet('also then later subsequently afterwards still only nonetheless nevertheless even again both herself himself yourself apparently')

/** Words after "was" or "were" that make the clause something she did or was seen to do. */
const SEEN = new Set(['seen', 'filmed', 'captured', 'photographed', 'observed', 'heard', 'able', 'happy', 'willing', 'content', 'prepared'])

/** Words that name the one she acts with in a joint subject: "you and Mr Tully", "she and the suspect". */
const PARTNER = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'the', 'suspect', 'defendant', 'he'])

/** Where a clause stops: the next clause starts. */
const CLAUSE_END = new Set(['but', 'which', 'although', 'though', 'whereas', 'while', 'whilst', 'because', 'so', 'and'])

/** The most words a clause's finding runs to after its verb. */
const REACH = 10

const isPast = (norm: string) => (norm.endsWith('ed') && norm.length >= 5) || IRREGULAR_PAST.has(norm)

/**
 * Whether a token names her as the one acting: `isHer` says so, it is not quoted, and it is not
 * "her" or "your", which own something rather than act.
 */
export function actsAsHer(doc: DocumentIndex, isHer: (token: number) => boolean, at: number): boolean {
  const token = doc.tokens[at]!
  return !token.quoted && !/^(her|your|herself|yourself)$/.test(token.norm) && isHer(at)
}

/** The first token from `v` past words that do not change who acted ("she later went", "you also sent"), up to `limit`. */
export function pastModifiers(doc: DocumentIndex, v: number, end: number, limit: number): number {
  while (v < end && v <= limit && (BETWEEN.has(doc.tokens[v]!.norm) || (doc.tokens[v]!.norm.endsWith('ly') && doc.tokens[v]!.norm.length > 4))) v++
  return v
}

/**
 * The verb that makes her the one acting: it follows her at once, or after the
 * one she acts with ("you and Mr Tully had …") or a word or two that do not
 * change who acted ("she later went").
 *
 * @returns The verb's token, or undefined when no verb of conduct follows her.
 */
export function verbAfter(doc: DocumentIndex, at: number, end: number): number | undefined {
  let v = at + 1
  // "you and Mr Tully had been …", "she and the suspect went …": the two of them act together.
  if (doc.tokens[v]?.norm === 'and' && v < end) {
    let w = v + 1
    const partner = (t: number) => PARTNER.has(doc.tokens[t]!.norm) || /^[A-Z]/.test(doc.tokens[t]!.cased)
    while (w < end && w <= v + 3 && partner(w)) w++
    if (w > v + 1) v = w
  }
  v = pastModifiers(doc, v, end, at + 2)
  const verb = doc.tokens[v]
  if (!verb || v >= end || verb.breakBefore) return undefined
  const next = doc.tokens[v + 1]
  const nextNorm = v + 1 < end ? (next?.norm ?? '') : ''
  if (verb.norm === 'did' || verb.norm === 'never') {
    // "did not tell", "never went back": the negated action is still hers.
    const done = verb.norm === 'never' ? nextNorm : v + 2 < end ? doc.tokens[v + 2]!.norm : ''
    return (nextNorm === 'not' || verb.norm === 'never') && !NOT_CONDUCT.has(done) ? v : undefined
  }
  if (verb.norm === 'had') {
    const then = nextNorm === 'been' ? (v + 2 < end ? doc.tokens[v + 2]!.norm : '') : nextNorm
    return (nextNorm === 'been' && then.endsWith('ing')) || (nextNorm !== 'been' && (isPast(then) || IRREGULAR_PARTICIPLE.has(then)) && !NOT_CONDUCT.has(then))
      ? v
      : undefined
  }
  if (verb.norm === 'was' || verb.norm === 'were')
    return SEEN.has(nextNorm) || (nextNorm.endsWith('ing') && !/^(being|consenting|waiting|telling)$/.test(nextNorm)) ? v : undefined
  return isPast(verb.norm) && !NOT_CONDUCT.has(verb.norm) ? v : undefined
}

/**
 * Her actions among tokens `from` to `end` (one past the last), all in one sentence.
 *
 * @param doc The indexed document.
 * @param isHer Whether a token names her as a person (pronoun, "complainant", a name of hers).
 * @param from The first token to read (a list of reasons starts after its cue).
 * @param end One past the last token to read: the sentence's end, or a table cell's.
 * @returns Each action as its first and last token: her, her verb and the rest of its clause.
 */
export function herActions(doc: DocumentIndex, isHer: (token: number) => boolean, from: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let t = from; t < end; t++) {
    if (!actsAsHer(doc, isHer, t)) continue
    const token = doc.tokens[t]!
    const verb = verbAfter(doc, t, end)
    if (verb === undefined) continue
    const first = token.norm === 'complainant' && doc.tokens[t - 1]?.norm === 'the' ? t - 1 : t
    let last = verb
    while (last + 1 < end && last < verb + REACH && !doc.tokens[last + 1]!.breakBefore && !CLAUSE_END.has(doc.tokens[last + 1]!.norm)) last++
    out.push([first, last])
    t = last
  }
  return out
}

/**
 * An item that opens with her verb and names no one ("Went to work as normal the next day.",
 * "Sent suspect a friendly message at 09:30"): in a list of points against her, she is the one acting.
 *
 * @param doc The indexed document.
 * @param from The item's first token.
 * @param end One past its last token.
 * @returns The action's first and last token, or undefined.
 */
export function unnamedAction(doc: DocumentIndex, from: number, end: number): [number, number] | undefined {
  // A list's own numbering ("2.", "(c)") comes before the item's first word.
  let at = from
  const numbering = (t: number) => /^\d+$/.test(doc.tokens[t]!.cased) || (/^[a-z]$/.test(doc.tokens[t]!.cased) && doc.text[doc.tokens[t]!.start - 1] === '(')
  while (at < end - 1 && numbering(at)) at++
  const first = doc.tokens[at]
  if (!first || at >= end || !/^[A-Z]/.test(first.cased) || !isPast(first.norm) || NOT_CONDUCT.has(first.norm)) return undefined
  let last = at
  while (last + 1 < end && last < at + REACH && !doc.tokens[last + 1]!.breakBefore) last++
  return [at, last]
}

/** Words that carry her conduct on past the offence: "continued", "kept on", "went on to", "stayed on as". */
const CARRY_ON_ALONE = new Set(['continued', 'resumed', 'remained', 'maintained', 'kept'])
/** The same with the word that must follow: "carried on", "went on", "stayed on". */
const CARRY_ON_WITH = new Map([
  ['carried', 'on'],
  ['went', 'on'],
  ['stayed', 'on'],
])
/** What she carried on feeling or avoiding is not contact with him: "continued to feel afraid of him", "kept away from him". */
const NOT_CONTACT =
  /^(to )?(feel|fear|suffer|struggle|experience|have nightmares|be (frightened|scared|afraid|anxious|distressed|upset)|avoid|live in fear|away|frightened|scared|afraid|anxious|distressed|upset|silent|in fear)\b/

/** Words that make a thing she did one more of its kind: "a further session", "another lift", "more shifts". */
const AGAIN = new Set(['further', 'another', 'more', 'additional', 'again'])

/**
 * The last token of a clause that opens on her past verb at `v` and holds both him and one more of
 * something ("booked and attended a further coaching session with him"); undefined when it lacks either.
 */
function againWithHim(doc: DocumentIndex, isHim: (token: number) => boolean, v: number, end: number): number | undefined {
  const verb = doc.tokens[v]!.norm
  if (!isPast(verb) || NOT_CONDUCT.has(verb)) return undefined
  let last = v
  let him = false
  let again = false
  while (last + 1 < end && last < v + 14 && !doc.tokens[last + 1]!.breakBefore) {
    const next = doc.tokens[last + 1]!
    // "and attended" goes on with her verbs; "and he …" or "but …" starts another clause.
    if (CLAUSE_END.has(next.norm) && !(next.norm === 'and' && isPast(doc.tokens[last + 2]?.norm ?? ''))) break
    last++
    if (isHim(last)) him = true
    if (AGAIN.has(doc.tokens[last]!.norm)) again = true
  }
  return him && again ? last : undefined
}

/**
 * Her carrying on with him after the offence, in any words: "she went on to book six more sessions
 * with HALE", "you stayed on as his tenant for five months", "Joanne continued to socialise with him".
 * The shape is hers: she is the one acting, the verb carries her conduct on, and he is in the clause.
 *
 * @param doc The indexed document.
 * @param isHer Whether a token names her as the one acting.
 * @param isHim Whether a token names him.
 * @param from The first token to read.
 * @param end One past the sentence's last token.
 * @returns Each such clause as its first and last token.
 */
export function carriedOnWithHim(
  doc: DocumentIndex,
  isHer: (token: number) => boolean,
  isHim: (token: number) => boolean,
  from: number,
  end: number,
): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let t = from; t < end; t++) {
    if (!actsAsHer(doc, isHer, t)) continue
    let v = pastModifiers(doc, t + 1, end, t + 2)
    // "Joanne appears to have maintained …": the hedge does not change what she did.
    if (/^(appears|appeared|seems|seemed)$/.test(doc.tokens[v]?.norm ?? '') && doc.tokens[v + 1]?.norm === 'to' && doc.tokens[v + 2]?.norm === 'have') v += 3
    if (v >= end || doc.tokens[v]!.breakBefore) continue
    const verb = doc.tokens[v]!.norm
    const particle = CARRY_ON_WITH.get(verb)
    let rest = v + 1
    if (particle === undefined && !CARRY_ON_ALONE.has(verb)) {
      // "You booked and attended a further coaching session with him": any past verb of hers, with
      // him and another of the same thing ("a further", "another", "more") in the clause.
      const again = againWithHim(doc, isHim, v, end)
      if (again !== undefined) out.push([t, again])
      continue
    }
    if (particle) {
      if (doc.tokens[rest]?.norm !== particle) continue
      rest++
    } else if (verb === 'kept' && doc.tokens[rest]?.norm === 'on') rest++
    if (rest >= end) continue
    const after = doc.text.slice(doc.tokens[rest]!.start, doc.tokens[Math.min(end, rest + 4) - 1]!.end).toLowerCase()
    if (NOT_CONTACT.test(after)) continue
    let last = rest
    let him = false
    while (last < end && last < rest + 14 && !doc.tokens[last]!.breakBefore && !CLAUSE_END.has(doc.tokens[last]!.norm)) {
      if (isHim(last)) him = true
      last++
    }
    if (him) out.push([t, last - 1])
    t = last - 1
  }
  return out
}
