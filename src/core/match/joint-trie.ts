/**
 * The joint trie of every built-in vocabulary, built from the phrase lists:
 * what `npm run build:rules` freezes into the generated data, and what the
 * tests hold the frozen trie against. A check never builds it.
 */
import { TrieBuilder, freezeData } from './trie-builder.js'
import type { TrieData } from './trie-codec.js'
import { VOCABULARY_NAMES, vocabularies } from './vocabularies.js'
import type { PhraseLists } from './vocabularies.js'

/**
 * Build the joint trie, each vocabulary's phrases tagged with its place in `VOCABULARY_NAMES`.
 *
 * @param lists The phrase lists, as read from `rules/`.
 * @returns The trie's data, minimised.
 */
export function buildJointTrieData(lists: PhraseLists): TrieData {
  const builder = new TrieBuilder()
  const adders = vocabularies(lists)
  VOCABULARY_NAMES.forEach((name, owner) => {
    adders[name]((pattern, tag, caseSensitive) => builder.addPattern(pattern, { ...tag, owner }, caseSensitive))
  })
  return freezeData(builder)
}
