/**
 * The phrase syntax of rule patterns, expanded into plain word sequences.
 *
 * - words match any inflection (`discontinue` matches `discontinued`, `discontinuance`);
 * - `=word` matches that exact form only; a word in capitals (`NFA`) matches its case exactly;
 * - `(a|b c)` is a choice, `[a b]` and `(a|b)?` are optional, `_` is any one word.
 *
 * Expansion happens once, when a pack is compiled, so matching is a walk over a trie.
 */
import { isAcronym, normalizeWord } from '../text/normalize.js'

/** One word of an expanded pattern, as the key the matcher looks up. */
export type PatternKey = string

/** The most sequences one pattern may expand to: beyond this, write two patterns. */
export const MAX_EXPANSIONS = 1024

type Seq = string[][]

/** Parse and expand a pattern into word sequences (still raw words). */
function expand(pattern: string): Seq {
  let at = 0
  const fail = (why: string): never => {
    throw new Error(`pattern "${pattern}": ${why}`)
  }

  const parseSequence = (closers: string): Seq => {
    let result: Seq = [[]]
    for (;;) {
      while (pattern[at] === ' ') at++
      const char = pattern[at]
      if (char === undefined || closers.includes(char)) return result
      let options: Seq
      if (char === '(') {
        at++
        options = parseSequence('|)')
        while (pattern[at] === '|') {
          at++
          options = options.concat(parseSequence('|)'))
        }
        if (pattern[at] !== ')') fail('a `(` has no matching `)`')
        at++
        // `(…)?` is optional, like `[…]`.
        if (pattern[at] === '?') {
          options = options.concat([[]])
          at++
        }
      } else if (char === '[') {
        at++
        options = parseSequence(']').concat([[]])
        if (pattern[at] !== ']') fail('a `[` has no matching `]`')
        at++
      } else if (char === ')' || char === ']' || char === '|') {
        return fail(`unexpected \`${char}\``)
      } else {
        const start = at
        while (at < pattern.length && !' ()[]|'.includes(pattern[at]!)) at++
        options = [[pattern.slice(start, at)]]
      }
      const next: Seq = []
      for (const head of result) for (const tail of options) next.push(head.concat(tail))
      if (next.length > MAX_EXPANSIONS) fail(`expands to more than ${MAX_EXPANSIONS} phrases; split it`)
      result = next
    }
  }

  const result = parseSequence('')
  if (at < pattern.length) fail(`unexpected \`${pattern[at]}\``)
  return result.filter((words) => words.length > 0)
}

/**
 * Compile a pattern into lookup keys, one key list per phrase it stands for.
 *
 * @param pattern The pattern as written in a pack.
 * @param caseSensitive Match every word's case exactly.
 * @returns Key sequences; throws with the pattern quoted when the syntax is wrong.
 */
export function compilePattern(pattern: string, caseSensitive = false): PatternKey[][] {
  const sequences = expand(pattern.trim())
  if (sequences.length === 0) throw new Error(`pattern "${pattern}": has no words`)
  return sequences.map((words) => {
    if (words.every((word) => word === '_')) throw new Error(`pattern "${pattern}": needs at least one real word`)
    return words.flatMap((word) => wordKeys(word, caseSensitive, pattern))
  })
}

function wordKeys(word: string, caseSensitive: boolean, pattern: string): PatternKey[] {
  if (word === '_') return ['*']
  const exact = word.startsWith('=')
  const raw = exact ? word.slice(1) : word
  if (raw === '') throw new Error(`pattern "${pattern}": \`=\` must be followed by a word`)
  return normalizeWord(raw).map((form, index) => {
    if (caseSensitive || (index === 0 && isAcronym(raw))) return '^' + form.cased
    return exact ? '=' + form.norm : form.stem
  })
}
