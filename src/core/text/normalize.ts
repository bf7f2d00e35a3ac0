/**
 * Word normalisation shared by the document tokenizer and the pattern compiler,
 * so that a pattern and the text it should match are reduced the same way.
 */
import { stemmer } from 'stemmer'

/** One normalised word: `norm` for exact matching, `stem` for inflection-aware matching. */
export interface WordForm {
  /** The word as written, apostrophes straightened (for case-sensitive matching). */
  cased: string
  /** Lower case, no possessive, no hyphens. */
  norm: string
  /** Porter stem of `norm`: `discontinued`, `discontinuing` → `discontinu`. */
  stem: string
}

/**
 * Distinct words each word cache remembers before it starts again. A letter has a few hundred;
 * a long report process checks thousands of letters whose names and numbers are all new, and a
 * larger limit let each worker's memory climb for thousands of files before levelling.
 */
export const WORD_CACHE_LIMIT = 2_000

const stemCache = new Map<string, string>()

function stemOf(norm: string): string {
  let stem = stemCache.get(norm)
  if (stem === undefined) {
    // Porter's stemmer is for words; numbers and codes ('s.28', '2003') stay as they are.
    stem = /^[a-z]+$/.test(norm) ? stemmer(norm) : norm
    if (stemCache.size >= WORD_CACHE_LIMIT) stemCache.clear()
    stemCache.set(norm, stem)
  }
  return stem
}

/** Words seen before: a document repeats most of its words, so each is normalised once. */
const formCache = new Map<string, readonly WordForm[]>()

const IRREGULAR_NEGATIVES: Record<string, string> = { won: 'will', can: 'can', shan: 'shall', ain: 'is' }

/**
 * Split one written word into normalised words: `didn't` → `did` + `not`,
 * `complainant's` → `complainant`, `non-consensual` → `nonconsensual`.
 *
 * @param raw The word as written.
 * @returns One or two word forms (two only for a negative contraction), shared: do not change them.
 */
export function normalizeWord(raw: string): readonly WordForm[] {
  let forms = formCache.get(raw)
  if (forms === undefined) {
    forms = splitWord(raw)
    if (formCache.size >= WORD_CACHE_LIMIT) formCache.clear()
    formCache.set(raw, forms)
  }
  return forms
}

function splitWord(raw: string): readonly WordForm[] {
  const straight = raw.replace(/[’‘`´]/g, "'")
  const negative = /^(.+?)n't$/i.exec(straight)
  if (negative) {
    const head = negative[1]!
    const lower = head.toLowerCase()
    const base = IRREGULAR_NEGATIVES[lower] ?? lower
    return [form(head, base), form('not', 'not')]
  }
  // The parser keeps a sentence's full stop on a number that ends it ("… to count 1."), as if it were a list number.
  const cased = straight.replace(/'s?$/i, '').replace(/^(\d+)\.$/, '$1')
  const norm = cased.toLowerCase().replace(/-/g, '')
  return [form(cased, norm)]
}

function form(cased: string, norm: string): WordForm {
  return { cased, norm, stem: stemOf(norm) }
}

/** True when a word is written all in capitals (an acronym such as `NFA`): matched exactly. */
export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9.]*[A-Z0-9]$/.test(word) && /[A-Z].*[A-Z]/.test(word)
}
