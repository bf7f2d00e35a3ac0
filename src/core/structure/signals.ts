/**
 * The phrase matcher for letter structure, built once from `rules/structure.yml`,
 * and a scan that groups its hits by what they stand for.
 */
import { sharedScanner } from '../match/phrase-matcher.js'
import type { PhraseHit } from '../match/phrase-matcher.js'
import type { DocumentIndex } from '../text/document.js'

/** Hits grouped by key: `<element>/<signal>/<phrases|with|without>` or `type/<letter type>`. */
export type SignalHits = Map<string, PhraseHit[]>

const matcher = sharedScanner('structure')

/**
 * Find every structure signal in a document.
 *
 * @param doc The indexed document.
 * @returns Hits by key.
 */
export function scanSignals(doc: DocumentIndex): SignalHits {
  const hits: SignalHits = new Map()
  for (const hit of matcher.scan(doc.tokens)) {
    const list = hits.get(hit.role) ?? []
    list.push(hit)
    hits.set(hit.role, list)
  }
  return hits
}

/** Sentences in which a key has a hit. */
export function sentencesWith(hits: SignalHits, key: string, doc: DocumentIndex): Set<number> {
  return new Set((hits.get(key) ?? []).map((hit) => doc.tokens[hit.first]!.sentence))
}
