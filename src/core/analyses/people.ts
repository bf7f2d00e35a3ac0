/**
 * Who is who in a review: the complainant's initials and the suspect's surname
 * as the review writes them, and the sentences that give her own account. The
 * focus and judged-behaviour analyses both read these; they live apart from
 * the focus analysis so that a letter's check does not load it.
 */
import type { DocumentIndex, Token } from '../text/document.js'
import { normalizeWord } from '../text/normalize.js'
import { lineAt } from '../text/split-lines.js'
import { wordSet } from '../text/word-set.js'

/** Capitalised abbreviations that are not people's initials or surnames. */
const NOT_NAMES = new Set([
  'ABE',
  'ABH',
  'BWV',
  'CCB',
  'CCTV',
  'CJA',
  'CMS',
  'CPS',
  'CPSD',
  'DNA',
  'EUPD',
  'FCT',
  'GBH',
  'IDVA',
  'ISVA',
  'MARAC',
  'NFA',
  'NHS',
  'OIC',
  'PNC',
  'PSR',
  'PTPH',
  'RASSO',
  'SARC',
  'SCA',
  'SOA',
  'VLU',
  'VPS',
  'VRR',
  'MG3',
  'MG11',
  'DC',
  'DS',
  'DI',
  'PC',
  'GP',
  'ID',
  'UK',
  'OK',
  'TV',
  'AM',
  'PM',
  'ADHD',
  'PTSD',
  'CAMHS',
  'CHARGING',
  'REVIEW',
  'EXTRACT',
  'FULL',
  'CODE',
  'TEST',
])

/** Initials that are also a time of day: a person's only when no number comes before them. */
const CLOCK = new Set(['AM', 'PM'])

/** Single letters that terse notes use for the parties. */
const LETTER_NAMES: ReadonlyArray<[string, Person]> = [
  ['V', 'victim'],
  ['C', 'victim'],
  ['S', 'suspect'],
  ['D', 'suspect'],
]

/** A name in capitals, as reviews write surnames and initials: "REES", "McKAY", "ST JOHN-ELLIS", "O'NEILL". */
const CAPS_NAME = /^(?:Mc|Mac|O['’])?[A-Z]{2,}(?:[-'’][A-Z]{2,})*$/

/** Whose name it is. */
export type Person = 'victim' | 'suspect'

/**
 * The complainant's initials and the suspect's surname, as the review writes them.
 *
 * @param doc The indexed review.
 * @returns Each name with whose it is.
 */
export function namesIn(doc: DocumentIndex): Map<string, Person> {
  const counts = new Map<string, number>()
  // A line all in capitals is a heading ("PROSECUTOR'S ASSESSMENT", "REPORT FOR CHARGING DECISION"): its words are not names.
  const inCapitalsLine = (token: Token) => !/[a-z]/.test(doc.text.slice(...lineAt(doc.text, token.start)))
  doc.tokens.forEach((token, at) => {
    if (!CAPS_NAME.test(token.cased) || NOT_NAMES.has(token.cased) || inCapitalsLine(token)) return
    // The first part of a surname in two words ("ST JOHN-ELLIS", "DE VRIES") is not someone's initials.
    const next = doc.tokens[at + 1]
    if (
      token.cased.length === 2 &&
      next &&
      next.sentence === token.sentence &&
      next.cased.length > 2 &&
      CAPS_NAME.test(next.cased) &&
      !NOT_NAMES.has(next.cased)
    )
      return
    counts.set(token.cased, (counts.get(token.cased) ?? 0) + 1)
  })
  // Initials that are also abbreviations ("AM", "PC") are a person only away from a time or a rank's name.
  const letters = new Map<string, number>()
  doc.tokens.forEach((token, at) => {
    if (CLOCK.has(token.cased) && !/\d/.test(doc.tokens[at - 1]?.cased ?? '0')) counts.set(token.cased, (counts.get(token.cased) ?? 0) + 1)
    if (/^[A-Z]$/.test(token.cased)) letters.set(token.cased, (letters.get(token.cased) ?? 0) + 1)
  })
  const names = new Map<string, Person>()
  // The suspect's initials, where the review names him in full and then by them ("Gavin REES" and "GR"):
  // they are his, however often they are used, even where the complainant has initials too.
  const his = new Set<string>()
  doc.tokens.forEach((token, at) => {
    const surname = doc.tokens[at + 1]
    if (!surname || !/^[A-Z][a-z]+$/.test(token.cased) || !CAPS_NAME.test(surname.cased) || (counts.get(surname.cased) ?? 0) < 2) return
    const initials = `${token.cased[0]}${surname.cased[0]}`
    if ((counts.get(initials) ?? 0) >= 2) his.add(initials)
  })
  // The complainant's initials are the ones used most; other initials are witnesses.
  const initials = [...counts].filter(([name, count]) => name.length === 2 && count >= 3 && !his.has(name)).sort((a, b) => b[1] - a[1])
  if (initials[0]) names.set(initials[0][0], 'victim')
  for (const [name, count] of counts) if (name.length >= 3 && count >= 2) names.set(name, 'suspect')
  for (const name of his) names.set(name, 'suspect')
  // Terse notes name the parties by a letter or a label: "V", "C" or "the IP" for her, "S" or "D" for him.
  for (const [letter, person] of LETTER_NAMES) if ((letters.get(letter) ?? 0) >= 3 && !names.has(letter)) names.set(letter, person)
  if ((counts.get('IP') ?? 0) >= 2) names.set('IP', 'victim')
  // A name given beside the role is that person's, in any form: "The complainant, Mr Tomasz Nowak (29), …".
  for (const [name, person] of namedBesideRole(doc)) if (!names.has(name) || person === 'victim') names.set(name, person)
  return names
}

/** Titles before a surname. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr'])

/** The words for each role: a review names its holder beside them, and "he" after the complainant is him. */
const ROLES = new Map<string, Person>([
  ['complainant', 'victim'],
  ['victim', 'victim'],
  ['suspect', 'suspect'],
  ['defendant', 'suspect'],
])

/**
 * Names set beside a role ("the complainant, Mr Tomasz Nowak", "the suspect (Daniel Reece)")
 * that the review goes on to use: the surname, or initials, is that person's.
 */
function namedBesideRole(doc: DocumentIndex): Map<string, Person> {
  const found = new Map<string, Person>()
  doc.tokens.forEach((token, at) => {
    const person = ROLES.get(token.norm)
    if (!person || !/^[A-Za-z]+$/.test(token.cased)) return
    // The name must follow at once, or after a comma or bracket: not "the complainant and Mr Reece".
    const run: string[] = []
    for (let t = at + 1; t < Math.min(doc.tokens.length, at + 5); t++) {
      const word = doc.tokens[t]!
      // After a table's cell wall or a label's colon too: "| Complainant | Ryan ELLERY (27) |", "Complainant: Ryan ELLERY".
      if (word.sentence !== token.sentence || !/^[A-Z]/.test(word.cased) || !/^[\s,(|:]*$/.test(doc.text.slice(doc.tokens[t - 1]!.end, word.start))) break
      run.push(word.cased)
    }
    const titled = run.length >= 2 && TITLES.has(run[0]!.toLowerCase())
    // A surname in capitals after a first name ("Ryan ELLERY") is the one the review goes on to use.
    const capitals = run.length === 2 && /^[A-Z][a-z]+$/.test(run[0]!) && CAPS_NAME.test(run[1]!)
    // A first name and a surname in ordinary capitals ("the complainant, Rhys Morgan (19)"): the review may go on to
    // use either, the first name most often for a young complainant.
    const plain = !titled && run.length === 2 && run.every((word) => /^[A-Z][a-z]+$/.test(word)) ? run : []
    const surname = titled || capitals ? run[run.length - 1] : run.length === 1 && /^[A-Z]{2,3}$/.test(run[0]!) ? run[0] : undefined
    // A name the review uses again, not one mentioned once in passing.
    const usedAgain = (name: string) => doc.tokens.filter((t) => t.cased === name).length >= 2
    for (const name of surname ? [surname] : plain) {
      if (!NOT_NAMES.has(name) && usedAgain(name) && !found.has(name)) found.set(name, person)
    }
  })
  return found
}

/** Verbs that give her account of what happened: "AB says he …", "She describes …". */
const HER_ACCOUNT_VERBS = new Set([
  'says',
  'said',
  'alleges',
  'alleged',
  'describes',
  'described',
  'states',
  'stated',
  'recalls',
  'recalled',
  'remembers',
  'reports',
])

/**
 * Sentences of a review that give the complainant's own account of the offence
 * ("AB says he pushed her", "Her account is that they kissed and she told him
 * to stop"): what she says happened, not conduct of hers being weighed.
 *
 * @param doc The indexed review.
 * @param names The names in the review, from `namesIn`.
 * @returns The sentence indexes.
 */
export function herAccounts(doc: DocumentIndex, names: Map<string, Person>): Set<number> {
  const found = new Set<number>()
  doc.sentences.forEach((info, index) => {
    const words = doc.tokens.slice(info.firstToken, Math.min(info.endToken, info.firstToken + 16))
    const at = words.findIndex((t) => t.norm === 'she' || t.norm === 'complainant' || names.get(t.cased) === 'victim')
    if (at < 0 || at > 8) return
    const next = words[at + 1]
    const text = (t: typeof next) => (t ? doc.text.slice(t.start, t.end).toLowerCase() : '')
    if (at <= 2 && (HER_ACCOUNT_VERBS.has(text(next)) || (/['’]s$/.test(text(words[at])) && text(next) === 'account' && text(words[at + 2]) === 'is')))
      found.add(index)
    // After an aside that names her: "The complainant, CM (41), alleges that …".
    const verb = words.findIndex((t, i) => i > at && i <= at + 7 && HER_ACCOUNT_VERBS.has(text(t)))
    if (
      verb > at + 1 &&
      /[,(]/.test(doc.text.slice(words[at]!.end, words[verb - 1]!.end)) &&
      /[,)]\s*$/.test(doc.text.slice(words[verb - 1]!.end, words[verb]!.start))
    )
      found.add(index)
  })
  return found
}

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself'])

/**
 * In a review of an offence against a man, the "he", "him" and "his" that are
 * the complainant: whoever was named last before the pronoun in its sentence,
 * or else the person the previous sentence named first. In other reviews "he"
 * is the suspect, and the set is empty.
 *
 * @param doc The indexed review.
 * @param names The names in the review, from `namesIn`.
 * @returns The token indexes of the pronouns that are his, the complainant's.
 */
export function complainantPronouns(doc: DocumentIndex, names: Map<string, Person>): Set<number> {
  const found = new Set<number>()
  const herWords = doc.tokens.filter((t) => t.norm === 'she' || t.norm === 'her' || t.norm === 'herself').length
  if (herWords > 2 || doc.tokens.filter((t) => MALE_PRONOUNS.has(t.norm)).length < 3) return found
  const whose = (at: number): Person | undefined => names.get(doc.tokens[at]!.cased) ?? ROLES.get(doc.tokens[at]!.norm)
  // He is the complainant where the review names him by initials of his own, or where "he" or "his"
  // follows the complainant in a sentence before the suspect is named ("The complainant says that when he was 11 …").
  const heAfterHim = doc.sentences.filter((info) => {
    let complainant = false
    for (let t = info.firstToken; t < info.endToken; t++) {
      const who = whose(t)
      if (who === 'suspect') return false
      if (who === 'victim') complainant = true
      else if (complainant && MALE_PRONOUNS.has(doc.tokens[t]!.norm)) return true
    }
    return false
  }).length
  if (![...names.values()].includes('victim') && heAfterHim < 2) return found
  let previousSubject: Person | undefined
  for (const info of doc.sentences) {
    let first: Person | undefined
    let last: Person | undefined
    for (let t = info.firstToken; t < info.endToken; t++) {
      const named = whose(t)
      if (named) {
        first ??= named
        last = named
        continue
      }
      if (!MALE_PRONOUNS.has(doc.tokens[t]!.norm)) continue
      const who = last ?? previousSubject ?? 'suspect'
      if (who === 'victim') found.add(t)
      first ??= who
    }
    if (first) previousSubject = first
  }
  return found
}

/** Who is who in a review: read once per review and shared by the focus and judged-behaviour analyses. */
export interface People {
  /** Each name with whose it is, from `namesIn`. */
  names: Map<string, Person>
  /** The sentences that give her own account, from `herAccounts`. */
  herAccounts: Set<number>
  /** In a review of an offence against a man, the pronouns that are the complainant's (`complainantPronouns`). */
  hisAsComplainant: Set<number>
}

/**
 * Read who is who in a review.
 *
 * @param doc The indexed review.
 * @returns The names and her accounts.
 */
export function readPeople(doc: DocumentIndex): People {
  const names = namesIn(doc)
  return { names, herAccounts: herAccounts(doc, names), hisAsComplainant: complainantPronouns(doc, names) }
}

/** A token read as another word, at the same place in the text and with the same capital. */
function readAs(token: Token, word: string): Token {
  const form = normalizeWord(word)[0]!
  const cased = /^[A-Z]/.test(token.cased) ? word[0]!.toUpperCase() + word.slice(1) : word
  return { ...token, cased, norm: form.norm, stem: form.stem }
}

/** The woman's word for each of the complainant's pronouns. */
const HERS = new Map([
  ['he', 'she'],
  ['him', 'her'],
  ['his', 'her'],
  ['himself', 'herself'],
])

/**
 * The review's words with the complainant's own "he", "him" and "his" read as "she" and "her".
 * The packs' patterns are written of a woman ("she did not report for …"); read this way they
 * weigh a man's case alike, while "he" for the suspect stays his.
 *
 * @param doc The indexed review.
 * @param pronouns The complainant's pronouns, from `complainantPronouns`.
 * @returns The same document, its tokens swapped where they are his; the document itself when none are.
 */
function readAsHers(doc: DocumentIndex, pronouns: ReadonlySet<number>): DocumentIndex {
  if (pronouns.size === 0) return doc
  const tokens: Token[] = doc.tokens.map((token, at) => {
    const hers = pronouns.has(at) ? HERS.get(token.norm) : undefined
    return hers ? readAs(token, hers) : token
  })
  return { ...doc, tokens }
}

/** The other sex's word for each pronoun; "her" is read as "his" before a noun and as "him" elsewhere. */
const SWAPPED = new Map([
  ['he', 'she'],
  ['she', 'he'],
  ['him', 'her'],
  ['his', 'her'],
  ['himself', 'herself'],
  ['herself', 'himself'],
])
/** Words after which "her" is the object ("find her on top"), not the owner ("her key"). */
const NOT_OWNED = wordSet('to and or on in at that off up down out back for with from into onto again away the a an by as if when')

/**
 * Whether a review is of an offence by a woman against a man: "herself" just after the suspect's
 * name ("FROST let herself in"), or the name with a woman's title ("Ms FROST") and never "he" just
 * after it; and the complainant a man ("The complainant, TE (30), … He …").
 *
 * @param doc The indexed review.
 * @param names The names in the review, from `namesIn`.
 * @returns True when "she" is the suspect and "he" the complainant.
 */
export function womanSuspect(doc: DocumentIndex, names: Map<string, Person>): boolean {
  let titled = false
  let herself = false
  // The pronouns that follow each person's name within a few words, before anyone else is named.
  const after = { suspect: { he: 0, she: 0 }, victim: { he: 0, she: 0 } }
  doc.tokens.forEach((token, at) => {
    const person = names.get(token.cased)
    if (!person) return
    if (person === 'suspect' && /^(ms|mrs|miss)$/.test(doc.tokens[at - 1]?.norm ?? '')) titled = true
    for (let t = at + 1; t <= at + 6; t++) {
      const next = doc.tokens[t]
      if (!next || next.sentence !== token.sentence || names.has(next.cased)) break
      // "FROST let herself in": the name, one verb, then "herself"; not "sent DOBBS images of herself".
      if (person === 'suspect' && next.norm === 'herself' && t === at + 2) herself = true
      if (/^(he|his|himself)$/.test(next.norm)) after[person].he++
      if (/^(she|herself)$/.test(next.norm)) after[person].she++
    }
  })
  // A woman's title alone may be his mother's or his wife's ("Mrs LARWOOD"): it counts only when "he" does not follow his name.
  if (!herself && !(titled && after.suspect.he === 0)) return false
  // And the complainant is a man: "he" follows his name more often than "she" ("TE says he woke …").
  return after.victim.he > after.victim.she
}

/**
 * The review's words with every "he" read as "she" and every "she" as "he", for a review of an
 * offence by a woman against a man: the analyses read "she" as the complainant and "he" as the
 * suspect, and this way round they read the review as it means.
 *
 * @param doc The indexed review.
 * @returns The same document with its pronouns swapped.
 */
function swapSexes(doc: DocumentIndex): DocumentIndex {
  const tokens: Token[] = doc.tokens.map((token, at) => {
    let other = SWAPPED.get(token.norm)
    if (token.norm === 'her') {
      const next = doc.tokens[at + 1]
      const owned = next !== undefined && next.sentence === token.sentence && !next.breakBefore && !NOT_OWNED.has(next.norm)
      other = owned ? 'his' : 'him'
    }
    return other ? readAs(token, other) : token
  })
  return { ...doc, tokens }
}

/** A review as every analysis reads it. */
export interface ReviewReading {
  /** The review, its pronouns swapped where a woman is the suspect, so that "she" is the complainant. */
  doc: DocumentIndex
  /** Who is who in it. */
  people: People
  /** The same review with a male complainant's own pronouns read as hers: for the packs' patterns and the learned models. */
  asHers: DocumentIndex
}

/**
 * Read a review as the check reads it, once: the names, the pronouns swapped in a review of an
 * offence by a woman against a man, and a male complainant's pronouns read as hers. The check and
 * the trainer of the learned models both read reviews this way, so that a model learns from text
 * as it will later score it.
 *
 * @param doc The indexed review.
 * @returns The review as read.
 */
export function readReview(doc: DocumentIndex): ReviewReading {
  let people = readPeople(doc)
  if (womanSuspect(doc, people.names)) {
    doc = swapSexes(doc)
    people = readPeople(doc)
  }
  return { doc, people, asHers: readAsHers(doc, people.hisAsComplainant) }
}
