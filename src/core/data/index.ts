/**
 * The data compiled from `rules/` and `templates/` when heed is built: the one
 * way in for every part of heed that reads it, below all of them. The modules
 * in `generated/` are written by scripts/build-rules.ts and
 * scripts/build-templates.ts (`npm run build:rules`, `npm run build:templates`)
 * and never edited by hand; a checkout without them does not compile, and a
 * trie frozen from other packs than these is refused, never rebuilt. The data
 * a check loads only on demand is read through `./on-demand.ts`.
 */
import { BUILD_ID } from './generated/lint-rules.js'
import { TRIE_BUILD_ID, TRIE_DATA } from './generated/trie.js'

export { CUES, RULES } from './generated/packs.js'
export { FACT_RULE_IDS, LINT_RULES } from './generated/lint-rules.js'
export { PARTIALS, STRUCTURE } from './generated/structure.js'
export { ACRONYMS } from './generated/acronyms.js'
export { EQUALITY_PHRASES } from './generated/equality.js'
export { FIELDS, TEMPLATE_PARTIALS, TEMPLATE_SOURCES } from './generated/templates.js'
export { PARTIAL_SPECS, TEMPLATE_SPECS } from './generated/template-specs.js'

/**
 * The joint phrase trie of every built-in vocabulary, encoded (read it with
 * `decodeTrie`, src/core/match/trie-codec.ts).
 *
 * @returns The encoded trie; throws when it was not frozen from the packs beside it.
 */
export function encodedTrie(): string {
  if (!TRIE_DATA || TRIE_BUILD_ID !== BUILD_ID) {
    throw new Error(
      'heed: the generated phrase trie (src/core/data/generated/trie.ts) was not built from the generated rule packs beside it; run `npm run build:rules`',
    )
  }
  return TRIE_DATA
}
