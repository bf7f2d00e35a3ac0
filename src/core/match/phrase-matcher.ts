/**
 * One trie over every phrase of every rule (and the shared cue lists), walked
 * once over the document's tokens: the cost of a check grows with the text, not
 * with the number of rules.
 */
import type { Token } from '../text/document.js'
import type { PatternKey } from './pattern.js'
import { compilePattern } from './pattern.js'

/** What a phrase is for: a rule's trigger, one of its context lists, or a shared cue. */
export interface PhraseTag {
  /** Index of the rule in the compiled list, or -1 for a shared cue. */
  rule: number
  /** `pattern`, `exceptions`, `requires`, `excludes`, `expansion`, `explained-by`, or a cue name. */
  role: string
}

/** A phrase found in the document: tokens `first` to `last`, inclusive. */
export interface PhraseHit extends PhraseTag {
  first: number
  last: number
}

interface TrieNode {
  next: Map<PatternKey, TrieNode>
  tags: PhraseTag[]
}

const newNode = (): TrieNode => ({ next: new Map(), tags: [] })

/** A compiled set of phrases. */
export class PhraseMatcher {
  private readonly root = newNode()

  /**
   * Add one phrase.
   *
   * @param keys The phrase's keys from `compilePattern`.
   * @param tag What a match of it means.
   */
  add(keys: PatternKey[], tag: PhraseTag): void {
    let node = this.root
    for (const key of keys) {
      let child = node.next.get(key)
      if (!child) {
        child = newNode()
        node.next.set(key, child)
      }
      node = child
    }
    if (!node.tags.some((t) => t.rule === tag.rule && t.role === tag.role)) node.tags.push(tag)
  }

  /**
   * Find every phrase in the tokens. Phrases do not cross a sentence or breaking punctuation.
   *
   * @param tokens The document's tokens.
   * @returns Every hit, in order of first token.
   */
  scan(tokens: readonly Token[]): PhraseHit[] {
    const hits: PhraseHit[] = []
    const { exact, cased } = keysOf(tokens)
    const walk = (node: TrieNode, first: number, at: number) => {
      const token = tokens[at]
      if (!token) return
      if (at > first && (token.breakBefore || token.sentence !== tokens[at - 1]!.sentence)) return
      // Keys in this order: stem, `=` exact form, `^` cased form, `*` any word.
      for (let key = 0; key < 4; key++) {
        const child = node.next.get(key === 0 ? token.stem : key === 1 ? exact[at]! : key === 2 ? cased[at]! : '*')
        if (!child) continue
        for (const tag of child.tags) hits.push({ rule: tag.rule, role: tag.role, first, last: at })
        if (child.next.size > 0) walk(child, first, at + 1)
      }
    }
    for (let i = 0; i < tokens.length; i++) walk(this.root, i, i)
    return hits
  }
}

/** Each token's exact (`=`) and cased (`^`) keys, built once per document and shared by every matcher that scans it. */
interface TokenKeys {
  exact: string[]
  cased: string[]
}

const tokenKeys = new WeakMap<readonly Token[], TokenKeys>()

function keysOf(tokens: readonly Token[]): TokenKeys {
  let keys = tokenKeys.get(tokens)
  // Token lists are not changed once indexed; a different length means a different list.
  if (!keys || keys.exact.length !== tokens.length) {
    keys = { exact: new Array<string>(tokens.length), cased: new Array<string>(tokens.length) }
    for (let i = 0; i < tokens.length; i++) {
      keys.exact[i] = '=' + tokens[i]!.norm
      keys.cased[i] = '^' + tokens[i]!.cased
    }
    tokenKeys.set(tokens, keys)
  }
  return keys
}

/**
 * A matcher over named phrase lists, where each hit's `role` is its list's name
 * (for the analyses that read several cue lists at once).
 *
 * @param lists Phrase lists by name.
 * @returns The compiled matcher.
 */
export function listMatcher(lists: Record<string, readonly string[]>): PhraseMatcher {
  const matcher = new PhraseMatcher()
  for (const [role, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) for (const keys of compilePattern(phrase)) matcher.add(keys, { rule: 0, role })
  }
  return matcher
}
