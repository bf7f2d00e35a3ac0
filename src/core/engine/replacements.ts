/**
 * Drop-in wording, fitted to where it lands. A replacement is pasted into a
 * letter in place of the flagged words, so it must read correctly there: no
 * doubled "the the" or "scheme scheme", a capital only at the start of a
 * sentence, and "an" before a vowel sound (DESIGN.md principle 3).
 */
import type { CompiledRule } from '../rules/rule.js'
import type { DocumentIndex } from '../text/document.js'

/** A line of at most this many words, with no closing punctuation, is a label (a job title, a heading), not a sentence. */
const LABEL_WORDS = 6
/** Words that fill the determiner slot before a noun phrase. */
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'my', 'its'])
/** Words too common to be the head noun a replacement already carries. */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'that',
  'this',
  'is',
  'was',
  'be',
  'it',
  'he',
  'she',
  'you',
  'we',
  'i',
  // Prepositions and pronouns a replacement may hold without being the head noun that follows the
  // match ("evidence about his past behaviour" before "about the defendant").
  'about',
  'after',
  'against',
  'before',
  'between',
  'during',
  'into',
  'over',
  'than',
  'through',
  'under',
  'upon',
  'when',
  'where',
  'which',
  'who',
  'without',
  'his',
  'her',
  'him',
  'their',
  'them',
  'your',
  'our',
])

const patternCache = new WeakMap<object, Array<[RegExp, string[]]>>()

/**
 * The wording a rule offers for one match.
 *
 * @param rule The rule.
 * @param actual The matched words.
 * @returns Replacements as written in the pack, before fitting.
 */
export function replacementsFor(rule: Pick<CompiledRule, 'replacements'>, actual: string): string[] {
  const { replacements } = rule
  if (!replacements) return []
  if (Array.isArray(replacements)) return replacements
  let compiled = patternCache.get(replacements)
  if (!compiled) {
    compiled = Object.entries(replacements).map(([key, list]) => [new RegExp(`^(?:${key})$`, 'i'), list])
    patternCache.set(replacements, compiled)
  }
  const words = actual.replace(/\s+/g, ' ')
  for (const [pattern, list] of compiled) {
    const match = pattern.exec(words)
    if (match) return list.map((text) => text.replace(/\$(\d)/g, (_, n: string) => (match[Number(n)] ?? '').toLowerCase()))
  }
  return []
}

/** Advice made from the replacements, for rules that give none. */
export function defaultAdvice(rule: Pick<CompiledRule, 'kind' | 'replacements'>): string {
  const list = Array.isArray(rule.replacements) ? rule.replacements : Object.values(rule.replacements ?? {}).flat()
  const quoted = list
    .slice(0, 2)
    .map((text) => `“${text}”`)
    .join(' or ')
  return rule.kind === 'conditional' ? `Explain it in plain words beside it, or write ${quoted} instead.` : `Write ${quoted} instead.`
}

/** A replacement fitted to its place: it replaces `start`–`end` (which may be wider than the match). */
export interface Fitted {
  start: number
  end: number
  texts: string[]
}

const wordAt = (text: string, from: number, to: number) => text.slice(from, to).toLowerCase()
const firstWord = (text: string) => /^[\p{L}'’-]+/u.exec(text)?.[0].toLowerCase() ?? ''
/** Wording without the determiner it starts with, if any: "our Victim Liaison Unit" → "Victim Liaison Unit". */
const withoutDeterminer = (text: string) => (DETERMINERS.has(firstWord(text)) ? text.slice(firstWord(text).length).trimStart() : text)
const hasWord = (text: string, word: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .includes(word)

/**
 * Fit replacements to the place of a match (token indexes `first`–`last`).
 *
 * - A head noun that follows the match and that every replacement already
 *   carries is taken into the replaced span ("ABE interview" → "video-recorded interview").
 * - A determiner a replacement starts with is dropped after one in the text
 *   ("the VRR" → "the Victims' Right to Review scheme", not "the the").
 * - "a" or "an" before the match is taken in and agrees with the new first word.
 * - A label ("VLU Caseworker") takes the bare noun: "Victim Liaison Unit Caseworker", not "Our …".
 * - The first letter is a capital only at the start of a sentence.
 *
 * @returns The span to replace and the fitted texts.
 */
export function fitReplacements(doc: DocumentIndex, first: number, last: number, texts: readonly string[]): Fitted {
  const { tokens, sentences, text } = doc
  const sentence = tokens[first]!.sentence
  let start = tokens[first]!.start
  let end = tokens[last]!.end
  let fitted = [...texts]
  if (fitted.length === 0) return { start, end, texts: fitted }

  const next = tokens[last + 1]
  if (next && next.sentence === sentence && !next.breakBefore) {
    const word = wordAt(text, next.start, next.end)
    if (word.length > 2 && !FUNCTION_WORDS.has(word) && fitted.every((t) => hasWord(t, word))) end = next.end
  }

  const previous = tokens[first - 1]
  const before = previous && previous.sentence === sentence && !tokens[first]!.breakBefore ? wordAt(text, previous.start, previous.end) : undefined
  if (before && DETERMINERS.has(before)) {
    fitted = fitted.map(withoutDeterminer)
    // "a" or "an" before the match must agree with the new first word: take it in only when it changes.
    const article = (t: string) => (/^[aeiou]/i.test(t) ? 'an' : 'a')
    if ((before === 'a' || before === 'an') && previous && fitted.some((t) => article(t) !== before)) {
      start = previous.start
      fitted = fitted.map((t) => `${article(t)} ${t}`)
    }
  }

  // A label, not a sentence ("VLU Caseworker" under a signature, a heading): a noun there stands bare.
  const info = sentences[sentence]!
  if (info.endToken - info.firstToken <= LABEL_WORDS && !/[.!?:;,]\s*$/.test(text.slice(info.start, info.end))) {
    fitted = fitted.map(withoutDeterminer)
  }

  const atSentenceStart = sentences[sentence]!.firstToken === first || (start < tokens[first]!.start && sentences[sentence]!.firstToken === first - 1)
  if (atSentenceStart) {
    // A list item written in lower case stays so.
    if (!/^[a-z]/.test(text.slice(start, start + 1))) fitted = fitted.map((t) => t.charAt(0).toUpperCase() + t.slice(1))
  }
  return { start, end, texts: fitted }
}
