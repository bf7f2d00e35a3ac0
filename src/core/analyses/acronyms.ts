/**
 * Unexplained acronyms in letters (jargon/unexplained-acronym): any word in
 * capitals that the letter does not spell out. The jargon pack explains the
 * acronyms it knows; this catches the rest, since no list can hold every
 * abbreviation a police or CPS team uses.
 */
import type { Finding } from '../engine/finding.js'
import { ACRONYMS } from '../data/index.js'
import type { DocumentIndex, Token } from '../text/document.js'
import { holdsContactValue } from '../structure/contact-details.js'
import { lineAt, lineBefore } from '../text/split-lines.js'

const EVERYDAY = new Set(ACRONYMS.everyday)
const SHAPE = /^[A-Z][A-Z0-9&]{1,6}$/
/** Postcode halves (RG1, 3JH) and Roman numerals are not acronyms. */
const NOT_ACRONYM = /^([A-Z]{1,2}\d[A-Z\d]?|\d[A-Z]{2}|[IVXLC]+)$/

/** Titles before a surname ("Mr DUNNE"). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'judge',
  'hhj',
  'professor',
  'prof',
  'dc',
  'ds',
  'di',
  'pc',
  'dci',
  'officer',
])

/** Words that can open a sentence or a name's phrase without being a first name. */
const NOT_FIRST_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'our',
  'your',
  'my',
  'his',
  'her',
  'their',
  'any',
  'no',
  'each',
  'every',
  'if',
  'when',
  'please',
  'dear',
  're',
  // Labels in a reference block ("Police URN", "Court ref"), not first names.
  'police',
  'court',
  'crown',
  'case',
  'unit',
  'team',
  'office',
  'ref',
  'reference',
])
const isFirstName = (token: Token | undefined) => token !== undefined && /^[A-Z][a-z]/.test(token.cased) && !NOT_FIRST_NAMES.has(token.norm)

/**
 * Whether a line is written in capitals ("PRIVATE AND CONFIDENTIAL", a heading,
 * a name in a signature block): there every word looks like an acronym, and an
 * acronym is a short capitalised word in mixed-case text.
 */
function capitalisedLine(text: string, at: number, cache: Map<number, boolean>): boolean {
  const start = text.lastIndexOf('\n', at) + 1
  let known = cache.get(start)
  if (known === undefined) {
    const end = text.indexOf('\n', at)
    // Letters inside a code ("30LN0419226") are not words: "Police URN: 30LN0419226" is a mixed-case line.
    const words = text.slice(start, end === -1 ? undefined : end).match(/(?<![A-Za-z0-9])[A-Za-z][A-Za-z'’&-]*(?![A-Za-z0-9])/g) ?? []
    const upper = words.filter((word) => word.length > 1 && word === word.toUpperCase()).length
    const lettered = words.filter((word) => word.length > 1).length
    // Two words or more mostly in capitals, or one long word alone on its line ("CONFIDENTIAL").
    known = (lettered >= 2 && upper / lettered >= 0.6) || (lettered === 1 && upper === 1 && words[0]!.length >= 6)
    cache.set(start, known)
  }
  return known
}

/** A run of this many words in capitals is a heading or banner inside a line ("… – CHANGE TO TRIAL DATE"). */
const CAPITAL_RUN = 3

/** Whether the word at `index` stands in a run of words in capitals, in the same sentence and line. */
function inCapitalRun(tokens: readonly Token[], index: number, text: string): boolean {
  const capital = (token: Token | undefined, next: Token) =>
    token !== undefined && token.sentence === next.sentence && /^[A-Z][A-Z'’&-]*$/.test(token.cased) && !text.slice(token.end, next.start).includes('\n')
  let first = index
  while (first > 0 && capital(tokens[first - 1], tokens[first]!)) first--
  let last = index
  while (last + 1 < tokens.length && capital(tokens[last + 1], tokens[last]!)) last++
  return last - first + 1 >= CAPITAL_RUN
}

/** Part of an address rather than a word: "DX 4412 Reading", "PO Box 418". */
function furniture(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  if (token.cased === 'DX' && next !== undefined && /^\d+$/.test(next.cased)) return true
  if (token.cased === 'PO' && next !== undefined && next.norm === 'box') return true
  return false
}

/**
 * The label of a contact line ("EMAIL londonnorth.vlu@…", "TEL 0161 496 0123", "WEB www.…"): the first word
 * on its line, with a phone number, email or web address after it on the same line.
 */
function contactLabel(text: string, token: Token): boolean {
  return lineBefore(text, token.start).trim() === '' && holdsContactValue(restOfLine(text, token.end))
}

/**
 * Part of a reference ("Our ref: 30EM2207725 / HEATH", "Your ref: EP/Nia", "Our reference: CW 26 07731"): a slash
 * joins it to the rest, or it follows the reference's label on the line and a number follows it.
 */
const inReference = (text: string, token: Token) =>
  token.punctBefore.includes('/') ||
  text.charAt(token.end) === '/' ||
  (/\b(ref|reference|URN)\s*:\s*$/i.test(lineBefore(text, token.start)) && /^\s+\d/.test(restOfLine(text, token.end)))

/** Plain words that label a line of a letter's heading in capitals ("DATE     Monday 23 November 2026"). */
const HEADING_LABELS = new Set(['DATE', 'TIME', 'TO', 'FROM', 'SUBJECT', 'NAME', 'ADDRESS', 'CASE', 'COURT', 'DEFENDANT', 'VENUE'])

/** A plain word in capitals that opens its line as a label, with the value after it on the same line. */
function headingLabel(text: string, token: Token): boolean {
  return HEADING_LABELS.has(token.cased) && lineBefore(text, token.start).trim() === '' && /^(:|\s{2,}|\t)\s*\S/.test(restOfLine(text, token.end))
}

/** The text from `at` to the end of its line. */
const restOfLine = (text: string, at: number) => text.slice(at, lineAt(text, at)[1])

const CAPITAL_WORD = /^[A-Z]{3,}$/
/**
 * A name written in capitals ("against STUART KEMBLE-HAYES", "R v KIERAN DOYLE"):
 * a long capitalised word beside another on the same line, or the first word
 * after the "v" of a case title. Acronyms rarely stand in pairs of long words.
 */
function inCapitalName(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index]!
  const before = tokens[index - 1]
  if (before !== undefined && before.cased === 'v' && !text.slice(before.end, token.start).includes('\n')) return true
  // A neighbour in capitals on the same line, before or after it.
  const capital = (other: Token | undefined): other is Token =>
    other !== undefined &&
    other.sentence === token.sentence &&
    /^[A-Z][A-Z-]{2,}$/.test(other.cased) &&
    !EVERYDAY.has(other.cased) &&
    !text.slice(Math.min(other.end, token.end), Math.max(other.start, token.start)).includes('\n')
  const long = (word: string) => word.replace(/-/g, '').length >= 5
  const pairs = [before, tokens[index + 1]].filter(capital)
  return CAPITAL_WORD.test(token.cased) && pairs.some((other) => long(token.cased) || long(other.cased))
}

/** An initial before a surname ("R. J. HOLLIS", "Miss T. DUNNE"). */
const isInitial = (token: Token | undefined) => token !== undefined && /^[A-Z]\.$/.test(token.cased)

/**
 * Find acronyms a victim may not know.
 *
 * @param doc The indexed letter.
 * @returns Findings, one per unexplained use.
 */
export function checkAcronyms(doc: DocumentIndex): Finding[] {
  const { tokens, text } = doc
  const defined = new Set<string>()
  const findings: Finding[] = []
  const lines = new Map<number, boolean>()
  tokens.forEach((token, index) => {
    const word = token.cased
    if (!SHAPE.test(word) || !/[A-Z].*[A-Z]/.test(word) || NOT_ACRONYM.test(word) || EVERYDAY.has(word)) return
    if (capitalisedLine(text, token.start, lines) || inCapitalRun(tokens, index, text) || furniture(tokens, index)) return
    if (inReference(text, token) || inCapitalName(tokens, index, text) || contactLabel(text, token) || headingLabel(text, token)) return
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    const sameSentence = (other: Token | undefined) => other !== undefined && other.sentence === token.sentence
    // "Victims' Right to Review (VRR)": the acronym in brackets defines it from here on.
    if (token.punctBefore.includes('(') && text.charAt(token.end) === ')') {
      defined.add(word)
      return
    }
    if (defined.has(word)) return
    // "VRR (Victims' Right to Review)", "SHPO – a court order …": explained beside it.
    // A code after a colon ("URN: 30LN0419226") is the value of a reference, not an explanation.
    if (sameSentence(after) && /[(–—:]/.test(after!.punctBefore) && !/\d[A-Za-z]|[A-Za-z]\d/.test(after!.cased)) {
      defined.add(word)
      return
    }
    // "Lewis GRANT": a surname in capitals straight after a first name.
    if (sameSentence(before) && isFirstName(before) && !token.breakBefore && /^[A-Z]{3,}$/.test(word)) return
    // "Mr DUNNE": a surname in capitals after a title.
    if (before !== undefined && TITLES.has(before.norm) && /^[A-Z]{3,}$/.test(word)) return
    // "R. J. HOLLIS", "Miss T. DUNNE": a surname in capitals after initials.
    if (isInitial(before) && /^[A-Z]{3,}$/.test(word)) return
    findings.push({
      ruleId: 'jargon/unexplained-acronym',
      category: 'jargon',
      severity: 'warning',
      start: token.start,
      end: token.end,
      reason: `Spell out “${word}” the first time, or say it in plain words.`,
      actual: text.slice(token.start, token.end),
      expected: [],
      note: 'Abbreviations that staff use every day mean nothing to most readers. Write the words out, or say what it is in plain words.',
      source: 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#abbreviations-and-acronyms',
      generic: true,
    })
  })
  return findings
}
