/**
 * What a letter says about its own case, read once so that each claim can be
 * judged in context: its date, how the case ended, the sentence passed and
 * for what, and the dates of the events a deadline runs from.
 */
import type { DocumentIndex } from '../../text/document.js'
import { findWrittenDates, resolveDate } from './written-dates.js'
import type { WrittenDate } from './written-dates.js'
import { sentenceAt, sentenceTexts } from './sentences.js'
import type { SentenceText } from './sentences.js'
import { countOf } from './durations.js'

export interface SentenceFacts {
  /** The prison part in months, when stated. */
  months?: number
  life: boolean
  extended: boolean
  suspended: boolean
}

export interface CaseFacts {
  /** The letter's own date (ISO). */
  letterDate?: string
  /** Every written date, resolved where it can be. */
  dates: Array<WrittenDate & { iso?: string }>
  /** The prosecution offered no evidence: a not guilty verdict was recorded. */
  noEvidence: boolean
  /** The case was stopped before trial (discontinued or withdrawn), not by offering no evidence. */
  discontinued: boolean
  /** Other charges go on: the decision does not end the whole case. */
  continuing: boolean
  /** The letter says whether the case could start again. */
  saysWhetherRestart: boolean
  /** Rape or another penetrative offence with a maximum of life. */
  rapeType: boolean
  /** Any sexual offence. */
  sexual: boolean
  sentence: SentenceFacts
  /** The date of sentence, when the letter gives it. */
  sentenceDate?: string
  /** The date of the decision or hearing the letter reports. */
  decisionDate?: string
  /** The letter says the reader was already told (by phone or in person). */
  toldBefore: boolean
  /** The letter apologises for being late. */
  apologisesForDelay: boolean
  /** Sentence index → paragraph text, for context checks. */
  paragraphText: (paragraph: number) => string
}

const NO_EVIDENCE =
  /\boffer(?:ed|ing|s)? no evidence|\bno evidence (?:was|has been|had been|would be) offered|\bnot (?:be )?present(?:ing)? any evidence|\brecords? (?:a )?(?:verdict of )?not guilty|\bverdict of not guilty (?:was|has been|is|had been) recorded/i
/** Stopped before trial, by name or by the notice that does it (section 23 or 23A of the Prosecution of Offences Act 1985). */
const DISCONTINUED = /\bdiscontinu|\bwithdr[ae]wn? (?:the )?(?:case|charges?|prosecution)|\bsection 23A?(?: of the Prosecution of Offences Act)?\b(?! of the)/i
const STOPPED = /\bstop(?:ped|ping)? (?:the )?(?:case|prosecution|charges?)\b/i
/** A not guilty verdict recorded, however it is put ("he was then formally found not guilty"). */
const NOT_GUILTY = /\bfound not guilty|\bverdict of not guilty|\bnot guilty verdict|\bacquitted\b/i
/** Sentences that say a stopped case is *not* a not guilty verdict, however the verdict is put after the "not". */
const NOT_A_VERDICT = /\b(?:not(?! guilty)|isn['’]t|different from|differs from|unlike)\b[^.]{0,40}?\b(?:not guilty|acquittal|acquitted)\b[^.]*/gi
const CONTINUING =
  /\b(?:charges?|case|trial|prosecution)\b[^.]{0,50}\b(?:will (?:still |now )?(?:go ahead|continue|proceed)|(?:is|are) (?:still )?(?:continuing|going ahead|not affected)|continues|goes ahead)|\bremaining charges?\b|\bcontinuing on the\b/i
const RESTART = /\bstart(?:ed)? again|\brestart|\bre-?open|\bbrought back|\bbring (?:it|the case) back|\breinstat|\bdecision is final|\bnew trial/i
const RAPE_TYPE = /\brap(?:e|ed|es|ing)\b|\bassault by penetration|\bpenetrat/i
const SEXUAL = /\bsexual|\brap(?:e|ed|es|ing)\b|\bindecent|\bRASSO\b|\bSARC\b|\bISVA\b/i
const TOLD_BEFORE =
  /\b(?:as I (?:told|explained|said|mentioned)|when we spoke|(?:on|over) the (?:tele)?phone|speaking (?:to|with) me|spoke (?:to|with) you|we met|when I (?:called|rang|phoned|saw) you|our (?:(?:tele)?phone )?(?:call|conversation|meeting))\b/i
const APOLOGY = /\b(?:sorry|apologi[sz]e)\b[^.]{0,60}\b(?:delay|late|longer than|so long|taken (?:this|so) long)/i
const DECISION_EVENT =
  /\b(?:decided|decision was made|discontinu|offered no evidence|(?:at|in) (?:the )?(?:hearing|court)|court on|pleaded guilty|accepted (?:the|his|those|these) pleas?|hearing on|we told the court)\b/i
const SENTENCE_EVENT = /\bsentenc/i

const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|thirty-six|eighteen)`
const SENTENCE_LENGTH = new RegExp(
  String.raw`(?:sentenced (?:him |[A-Z]\w+ )?to|(?:custodial|prison|jail) sentence of|(?:jailed|imprisoned|locked up) for|sentence of|received|given|got|passed)\s+(?:a |an )?(?:total of |extended sentence of \S+ \S+,? (?:made up of |with )?)?${NUMBER}\s+(years?|months?)|${NUMBER}\s+(years?|months?)(?:'|’)?\s+(?:imprisonment|in prison|in custody|custody|detention)`,
  'i',
)

function monthsFrom(count: string, unit: string): number | undefined {
  const n = countOf(count)
  if (n === undefined) return undefined
  return /^year/i.test(unit) ? n * 12 : n
}

function readSentence(text: string): SentenceFacts {
  const life = /\blife (?:imprisonment|sentence)|\bsentenced [^.]{0,40}\bto life\b|\bminimum term\b/i.test(text)
  const extended = /\bextended (?:determinate )?sentence\b/i.test(text)
  const suspended = /\bsuspended (?:sentence|for)\b/i.test(text)
  let months: number | undefined
  if (extended) {
    // The prison part of an extended sentence: "10 years in prison, followed by …".
    const prison = /\b(\d{1,2}|[a-z-]+) (years?|months?) in (?:prison|custody)/i.exec(text)
    if (prison) months = monthsFrom(prison[1]!, prison[2]!)
  }
  if (months === undefined && !life) {
    const match = SENTENCE_LENGTH.exec(text)
    if (match) months = match[1] ? monthsFrom(match[1], match[2]!) : monthsFrom(match[3]!, match[4]!)
  }
  return { months, life, extended, suspended }
}

/**
 * Read a letter's case facts.
 *
 * @param doc The indexed letter.
 * @param sentences Its sentences as text, when already made.
 * @returns What the letter says about its case.
 */
export function readCaseFacts(doc: DocumentIndex, sentences: SentenceText[] = sentenceTexts(doc)): CaseFacts {
  const text = doc.text
  // The letterhead ends at the greeting; with no greeting, only a dated line near the top can be the letter's date.
  const salutation = /^\s*Dear\b/m.exec(text)
  const head = salutation ? salutation.index : Math.min(text.length, 400)
  const written = findWrittenDates(text, doc.tokens)
  // The letter's date: a dated line in the letterhead ("Date: 3 March 2026", or the date alone on its line).
  let letterDate: string | undefined
  for (const date of written) {
    if (date.start >= head || date.year === undefined) continue
    const lineStart = text.lastIndexOf('\n', date.start - 1) + 1
    const lineEnd = text.indexOf('\n', date.end)
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim()
    const before = text.slice(lineStart, date.start).trim()
    if (/^date[d:]?\s*:?$/i.test(before) || (salutation && (before === '' || line === text.slice(date.start, date.end)))) {
      letterDate = resolveDate(date)
      break
    }
  }
  const dates = written.map((date) => ({ ...date, iso: resolveDate(date, letterDate) }))

  // The rest is read only when a check asks for it: most letters state few facts.
  let paragraphs: Map<number, string> | undefined
  const paragraphText = (paragraph: number): string => {
    if (!paragraphs) {
      paragraphs = new Map()
      for (const sentence of sentences) paragraphs.set(sentence.paragraph, (paragraphs.get(sentence.paragraph) ?? '') + ' ' + sentence.text)
    }
    return paragraphs.get(paragraph) ?? ''
  }

  // The first dated sentence about an event: the sentence passed, or the decision reported.
  const dateIn = (pattern: RegExp): string | undefined => {
    for (const date of dates) {
      if (!date.iso || (salutation && date.start < head) || (date.iso === letterDate && date.start < head)) continue
      const sentence = sentenceAt(sentences, date.start)
      if (sentence && pattern.test(sentence.text)) return date.iso
    }
    return undefined
  }
  const body = salutation ? text.slice(head) : text
  const once = <T>(read: () => T): (() => T) => {
    let done = false
    let value: T
    return () => {
      if (!done) [value, done] = [read(), true]
      return value
    }
  }
  // A case stopped in court can end in a recorded not guilty verdict without the words "no evidence";
  // one stopped by discontinuance never does, whatever a hurried letter says.
  const ending = once(() => {
    const explicitlyDiscontinued = DISCONTINUED.test(body)
    const noEvidence = NO_EVIDENCE.test(body) || (!explicitlyDiscontinued && STOPPED.test(body) && NOT_GUILTY.test(body.replace(NOT_A_VERDICT, '')))
    return { noEvidence, discontinued: !noEvidence && (explicitlyDiscontinued || STOPPED.test(body)) }
  })
  const continuing = once(() => CONTINUING.test(body))
  const restart = once(() => RESTART.test(body))
  const rapeType = once(() => RAPE_TYPE.test(body))
  const sexual = once(() => SEXUAL.test(body))
  const sentence = once(() => readSentence(body))
  const sentenceDate = once(() => dateIn(SENTENCE_EVENT))
  const decisionDate = once(() => dateIn(DECISION_EVENT))
  const toldBefore = once(() => TOLD_BEFORE.test(body))
  const apologises = once(() => APOLOGY.test(body))
  return {
    letterDate,
    dates,
    get noEvidence() {
      return ending().noEvidence
    },
    get discontinued() {
      return ending().discontinued
    },
    get continuing() {
      return continuing()
    },
    get saysWhetherRestart() {
      return restart()
    },
    get rapeType() {
      return rapeType()
    },
    get sexual() {
      return sexual()
    },
    get sentence() {
      return sentence()
    },
    get sentenceDate() {
      return sentenceDate()
    },
    get decisionDate() {
      return decisionDate()
    },
    get toldBefore() {
      return toldBefore()
    },
    get apologisesForDelay() {
      return apologises()
    },
    paragraphText,
  }
}
