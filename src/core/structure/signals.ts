/**
 * The phrase matcher for letter structure, built once from `rules/structure.yml`,
 * and a scan that groups its hits by what they stand for.
 */
import { PhraseMatcher } from '../match/phrase-matcher.js'
import type { PhraseHit } from '../match/phrase-matcher.js'
import { STRUCTURE } from '../rules/generated/structure.js'
import type { DocumentIndex } from '../text/document.js'
import type { Element, StructureData } from './data.js'

/** Hits grouped by key: `<element>/<signal>/<phrases|with|without>` or `type/<letter type>`. */
export type SignalHits = Map<string, PhraseHit[]>

let matcher: PhraseMatcher | undefined

function build(data: StructureData): PhraseMatcher {
  const built = new PhraseMatcher({ shared: true })
  const keys: string[] = []
  const add = (key: string, phrases: readonly string[] | undefined) => {
    const index = keys.push(key) - 1
    for (const phrase of phrases ?? []) built.addPattern(phrase, { rule: index, role: key })
  }
  for (const [element, spec] of Object.entries(data.elements)) {
    spec.signals.forEach((signal, i) => {
      add(`${element}/${i}/phrases`, signal.phrases)
      add(`${element}/${i}/with`, signal.with)
      add(`${element}/${i}/without`, signal.without)
    })
  }
  for (const [type, phrases] of Object.entries(data['letter-types'])) add(`type/${type}`, phrases)
  return built
}

/**
 * Find every structure signal in a document.
 *
 * @param doc The indexed document.
 * @returns Hits by key.
 */
export function scanSignals(doc: DocumentIndex): SignalHits {
  matcher ??= build(STRUCTURE)
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

export type { Element }
