/**
 * Growing a phrase trie: a builder of nested maps, easy to fill, frozen into
 * plain data (trie-codec.ts) for the walker (trie-walker.ts). It runs when the
 * packs are built, never when a document is checked: the built-in vocabularies
 * are frozen then and shipped as data, so a cold start reads arrays instead of
 * compiling thousands of patterns.
 */
import type { PatternKey } from './pattern.js'
import { followPattern } from './pattern.js'
import type { TrieData } from './trie-codec.js'

/** What a phrase is for: whose it is, which of its rules (or -1 for a shared cue), and in what role. */
export interface TrieTag {
  owner: number
  rule: number
  role: string
}

interface BuilderNode {
  next: Map<PatternKey, BuilderNode>
  tags: TrieTag[]
}

const newNode = (): BuilderNode => ({ next: new Map(), tags: [] })

function child(node: BuilderNode, key: PatternKey): BuilderNode {
  let next = node.next.get(key)
  if (!next) {
    next = newNode()
    node.next.set(key, next)
  }
  return next
}

function tagNode(node: BuilderNode, tag: TrieTag): void {
  // Two spellings of one phrase (a pattern's variants) give one hit, not two.
  if (!node.tags.some((t) => t.owner === tag.owner && t.rule === tag.rule && t.role === tag.role)) node.tags.push(tag)
}

/** A trie being filled with phrases. */
export class TrieBuilder {
  readonly root = newNode()

  /** Add every phrase of a pattern. */
  addPattern(pattern: string, tag: TrieTag, caseSensitive = false): void {
    for (const end of followPattern(pattern, caseSensitive, this.root, child)) tagNode(end, tag)
  }
}

/** Serialise a builder's trie, minimised. */
export function freezeData(builder: TrieBuilder): TrieData {
  const words = new Map<string, number>()
  const roles = new Map<string, number>()
  const data: TrieData = { vocabulary: [], edges: [], tags: [], roles: [] }
  const intern = (map: Map<string, number>, list: string[], value: string) => {
    let id = map.get(value)
    if (id === undefined) {
      id = list.push(value) - 1
      map.set(value, id)
    }
    return id
  }
  // Number each distinct node after its continuations (so equal subtrees meet the same signature).
  const bySignature = new Map<string, number>()
  const unique: Array<{ tags: TrieTag[]; edges: Array<[number, number]> }> = []
  const canonical = (node: BuilderNode): number => {
    const edges: Array<[number, number]> = [...node.next].map(([key, next]) => [intern(words, data.vocabulary, key), canonical(next)])
    const signature =
      node.tags.map((t) => `${t.owner},${t.rule},${t.role}`).join(';') +
      '|' +
      edges
        .map(([key, child]) => `${key}:${child}`)
        .sort()
        .join(',')
    let id = bySignature.get(signature)
    if (id === undefined) {
      id = unique.push({ tags: node.tags, edges }) - 1
      bySignature.set(signature, id)
    }
    return id
  }
  const last = canonical(builder.root)
  // The root was numbered last; number it 0 by counting from the end.
  const renumber = (id: number) => last - id
  let lastParent = 0
  let lastTagged = 0
  for (let id = last; id >= 0; id--) {
    const node = unique[id]!
    const at = renumber(id)
    for (const tag of node.tags) {
      data.tags.push(at - lastTagged, tag.owner, tag.rule, intern(roles, data.roles, tag.role))
      lastTagged = at
    }
    for (const [key, child] of node.edges) {
      data.edges.push(at - lastParent, key, renumber(child))
      lastParent = at
    }
  }
  return byUse(data)
}

/**
 * The same trie with its words numbered by how many edges use them, most first:
 * the codec writes a small number in one digit, so the words most edges carry
 * cost least.
 */
function byUse(data: TrieData): TrieData {
  const uses = new Array<number>(data.vocabulary.length).fill(0)
  for (let e = 1; e < data.edges.length; e += 3) uses[data.edges[e]!]!++
  const order = data.vocabulary.map((_, id) => id).sort((a, b) => uses[b]! - uses[a]! || a - b)
  const newId = new Array<number>(order.length)
  order.forEach((id, rank) => (newId[id] = rank))
  const edges = data.edges.slice()
  for (let e = 1; e < edges.length; e += 3) edges[e] = newId[edges[e]!]!
  return { ...data, vocabulary: order.map((id) => data.vocabulary[id]!), edges }
}
