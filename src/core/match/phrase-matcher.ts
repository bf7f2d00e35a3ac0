/**
 * Phrase matching: every phrase of a vocabulary in one trie, walked once over
 * a document's tokens, so the cost of a check grows with the text, not with the
 * number of rules. The built-in vocabularies share one trie (`sharedScanner`),
 * frozen when the packs are built.
 */
import { encodedTrie } from '../data/index.js'
import type { Token } from '../text/document.js'
import { decodeTrie } from './trie-codec.js'
import type { TrieData } from './trie-codec.js'
import { FrozenTrie } from './trie-walker.js'
import { VOCABULARY_NAMES } from './vocabularies.js'
import type { Vocabulary } from './vocabularies.js'

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

/** Finds a vocabulary's phrases in a document's tokens. */
export interface Scanner {
  /**
   * Find every phrase in the tokens. Phrases do not cross a sentence or breaking punctuation.
   *
   * @param tokens The document's tokens.
   * @returns Every hit, in order of first token (may be shared with other callers: do not change it).
   */
  scan(tokens: readonly Token[]): PhraseHit[]
}

/**
 * Every built-in vocabulary in one trie, as frozen when the packs were built.
 * Throws when the generated trie is from other packs than these: it is never
 * rebuilt as a check runs.
 *
 * @returns The joint trie's data.
 * @throws {Error} When the trie is from other packs than these (a stale build).
 */
export function jointTrieData(): TrieData {
  return decodeTrie(encodedTrie())
}

let joint: FrozenTrie | undefined
const jointHits = new WeakMap<readonly Token[], { length: number; byOwner: PhraseHit[][] }>()

/**
 * A scanner for one built-in vocabulary. All of them share one walk per
 * document: the first to scan a document finds the hits of every one.
 *
 * @param name The vocabulary.
 * @returns Its scanner.
 */
export function sharedScanner(name: Vocabulary): Scanner {
  const owner = VOCABULARY_NAMES.indexOf(name)
  return {
    scan(tokens) {
      const cached = jointHits.get(tokens)
      // Token lists are not changed once indexed; a different length means a different list.
      if (cached && cached.length === tokens.length) return cached.byOwner[owner]!
      const trie = (joint ??= new FrozenTrie(jointTrieData()))
      const byOwner = VOCABULARY_NAMES.map((): PhraseHit[] => [])
      trie.walk(tokens, (tag, first, last) => byOwner[trie.tagOwner[tag]!]!.push({ rule: trie.tagRule[tag]!, role: trie.tagRole[tag]!, first, last }))
      jointHits.set(tokens, { length: tokens.length, byOwner })
      return byOwner[owner]!
    },
  }
}
