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

/** A pattern parsed: words, and choices between sequences (optional when one may be skipped). */
type Item = { word: string } | { choice: Item[][]; optional: boolean }

/** Parse a pattern, throwing with the pattern quoted when its syntax is wrong. */
function parse(pattern: string): Item[] {
  let at = 0
  const fail = (why: string): never => {
    throw new Error(`pattern "${pattern}": ${why}`)
  }

  const parseSequence = (closers: string): Item[] => {
    const items: Item[] = []
    for (;;) {
      while (pattern[at] === ' ') at++
      const char = pattern[at]
      if (char === undefined || closers.includes(char)) return items
      if (char === '(') {
        at++
        const choice = [parseSequence('|)')]
        while (pattern[at] === '|') {
          at++
          choice.push(parseSequence('|)'))
        }
        if (pattern[at] !== ')') fail('a `(` has no matching `)`')
        at++
        // `(…)?` is optional, like `[…]`.
        const optional = pattern[at] === '?'
        if (optional) at++
        items.push({ choice, optional })
      } else if (char === '[') {
        at++
        const inner = parseSequence(']')
        if (pattern[at] !== ']') fail('a `[` has no matching `]`')
        at++
        items.push({ choice: [inner], optional: true })
      } else if (char === ')' || char === ']' || char === '|') {
        return fail(`unexpected \`${char}\``)
      } else {
        const start = at
        while (at < pattern.length && !' ()[]|'.includes(pattern[at]!)) at++
        items.push({ word: pattern.slice(start, at) })
      }
    }
  }

  const items = parseSequence('')
  if (at < pattern.length) fail(`unexpected \`${pattern[at]}\``)
  return items
}

/** Every word sequence a parsed pattern stands for (still raw words). */
function expand(pattern: string, items: readonly Item[]): string[][] {
  let result: string[][] = [[]]
  for (const item of items) {
    const options = 'word' in item ? [[item.word]] : [...item.choice.flatMap((sequence) => expand(pattern, sequence)), ...(item.optional ? [[]] : [])]
    const next: string[][] = []
    for (const head of result) for (const tail of options) next.push(head.concat(tail))
    if (next.length > MAX_EXPANSIONS) throw new Error(`pattern "${pattern}": expands to more than ${MAX_EXPANSIONS} phrases; split it`)
    result = next
  }
  return result
}

/**
 * Compile a pattern into lookup keys, one key list per phrase it stands for.
 *
 * @param pattern The pattern as written in a pack.
 * @param caseSensitive Match every word's case exactly.
 * @returns Key sequences; throws with the pattern quoted when the syntax is wrong.
 */
export function compilePattern(pattern: string, caseSensitive = false): PatternKey[][] {
  const trimmed = pattern.trim()
  const sequences = expand(trimmed, parse(trimmed)).filter((words) => words.length > 0)
  if (sequences.length === 0) throw new Error(`pattern "${pattern}": has no words`)
  return sequences.map((words) => {
    if (words.every((word) => word === '_')) throw new Error(`pattern "${pattern}": needs at least one real word`)
    return words.flatMap((word) => wordKeys(word, caseSensitive, pattern))
  })
}

function wordKeys(word: string, caseSensitive: boolean, pattern: string): PatternKey[] {
  // "_'s" is any word owned ("RB's reliability"): words drop their possessive when read, so it is any word.
  if (word === '_' || /^_['’]s$/.test(word)) return ['*']
  const exact = word.startsWith('=')
  const raw = exact ? word.slice(1) : word
  if (raw === '') throw new Error(`pattern "${pattern}": \`=\` must be followed by a word`)
  return normalizeWord(raw).map((form, index) => {
    if (caseSensitive || (index === 0 && isAcronym(raw))) return '^' + form.cased
    return exact ? '=' + form.norm : form.stem
  })
}

/**
 * Add a pattern to a trie without listing its phrases: the pattern is followed
 * as a set of trie nodes, so a pattern of many optional words costs its words,
 * not the product of its choices. Reaches the same nodes as inserting every
 * sequence from `compilePattern` one by one; the syntax is checked the same way,
 * the limits on expansion are left to `compilePattern` when packs are built.
 *
 * @param pattern The pattern as written in a pack.
 * @param caseSensitive Match every word's case exactly.
 * @param root The trie's root.
 * @param step The child of a node for a key, created when missing.
 * @returns The nodes where the pattern's phrases end.
 */
export function followPattern<Node>(pattern: string, caseSensitive: boolean, root: Node, step: (node: Node, key: PatternKey) => Node): Node[] {
  const trimmed = pattern.trim()
  const follow = (items: readonly Item[], from: ReadonlySet<Node>): Set<Node> => {
    let nodes = new Set(from)
    for (const item of items) {
      const next = new Set<Node>()
      if ('word' in item) {
        const keys = wordKeys(item.word, caseSensitive, trimmed)
        for (const node of nodes) next.add(keys.reduce(step, node))
      } else {
        for (const sequence of item.choice) for (const node of follow(sequence, nodes)) next.add(node)
        if (item.optional) for (const node of nodes) next.add(node)
      }
      nodes = next
    }
    return nodes
  }
  const ends = follow(parse(trimmed), new Set([root]))
  // The root stands for the empty phrase, which a pattern of only optional parts allows and which is never a match.
  ends.delete(root)
  if (ends.size === 0) throw new Error(`pattern "${pattern}": has no words`)
  return [...ends]
}
