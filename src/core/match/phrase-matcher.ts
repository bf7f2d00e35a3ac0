/**
 * Phrase matching: every phrase of a vocabulary in one trie, walked once over
 * a document's tokens, so the cost of a check grows with the text, not with the
 * number of rules. The built-in vocabularies share one trie (`sharedScanner`),
 * frozen when the packs are built.
 */
import type { Token } from '../text/document.js'
import { FrozenTrie, TrieBuilder, decodeTrie, freezeData } from './trie.js'
import type { TrieData } from './trie.js'
import { VOCABULARIES, VOCABULARY_NAMES } from './vocabularies.js'
import type { Vocabulary } from './vocabularies.js'
import { TRIE_BUILD_ID, TRIE_DATA } from '../rules/generated/trie.js'
import { BUILD_ID } from '../rules/generated/lint-rules.js'

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
 * Every built-in vocabulary in one trie, frozen when the packs were built. It is
 * never rebuilt here: that would put every pattern in a bundle of `lint`.
 *
 * @returns The joint trie's data.
 * @throws {Error} When the trie is from other packs than these (a stale build).
 */
export function jointTrieData(): TrieData {
  if (TRIE_BUILD_ID === BUILD_ID && TRIE_DATA) return decodeTrie(TRIE_DATA)
  throw new Error('heed: the frozen phrase trie is from other rule packs than these; run `npm run build:rules`')
}

/** Build the joint trie from the vocabularies (what `npm run build:rules` freezes). */
export function buildJointTrieData(): TrieData {
  const builder = new TrieBuilder()
  VOCABULARY_NAMES.forEach((name, owner) => {
    VOCABULARIES[name]((pattern, tag, caseSensitive) => builder.addPattern(pattern, { ...tag, owner }, caseSensitive))
  })
  return freezeData(builder)
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
