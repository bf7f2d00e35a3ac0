/**
 * Walking a frozen phrase trie: its data (trie-codec.ts) laid out as flat
 * integer arrays, quick to walk and quick to load.
 */
import type { Token } from '../text/document.js'
import type { TrieData } from './trie-codec.js'

/** Per document, each token's key ids in one trie's vocabulary (-1 where the trie has no such key). */
interface TokenIds {
  stem: Int32Array
  exact: Int32Array
  cased: Int32Array
}

/** A trie ready to walk: edges in an open-addressing table of integers. */
export class FrozenTrie {
  private readonly stems = new Map<string, number>()
  private readonly exacts = new Map<string, number>()
  private readonly caseds = new Map<string, number>()
  private readonly any: number
  private readonly edgeParent: Int32Array
  private readonly edgeKey: Int32Array
  private readonly edgeChild: Int32Array
  /** Edge numbers plus one, by hash of parent and key; 0 is an empty slot. */
  private readonly table: Int32Array
  private readonly mask: number
  private readonly hasChildren: Uint8Array
  /** The root's child for each key, looked up directly: most steps of a walk are first steps. */
  private readonly rootChild: Int32Array
  private readonly tagStart: Int32Array
  readonly tagOwner: Int32Array
  readonly tagRule: Int32Array
  readonly tagRole: string[]
  private readonly ids = new WeakMap<readonly Token[], TokenIds>()

  constructor(data: TrieData) {
    data.vocabulary.forEach((key, id) => {
      if (key.startsWith('=')) this.exacts.set(key.slice(1), id)
      else if (key.startsWith('^')) this.caseds.set(key.slice(1), id)
      else if (key !== '*') this.stems.set(key, id)
    })
    this.any = data.vocabulary.indexOf('*')
    const edgeCount = data.edges.length / 3
    let nodes = 1
    this.edgeParent = new Int32Array(edgeCount)
    this.edgeKey = new Int32Array(edgeCount)
    this.edgeChild = new Int32Array(edgeCount)
    let parent = 0
    for (let e = 0; e < edgeCount; e++) {
      parent += data.edges[e * 3]!
      this.edgeParent[e] = parent
      this.edgeKey[e] = data.edges[e * 3 + 1]!
      this.edgeChild[e] = data.edges[e * 3 + 2]!
      nodes = Math.max(nodes, parent + 1, this.edgeChild[e]! + 1)
    }
    let size = 2
    while (size < edgeCount * 2) size *= 2
    this.table = new Int32Array(size)
    this.mask = size - 1
    this.hasChildren = new Uint8Array(nodes)
    this.rootChild = new Int32Array(data.vocabulary.length)
    for (let e = 0; e < edgeCount; e++) {
      const from = this.edgeParent[e]!
      this.hasChildren[from] = 1
      if (from === 0) this.rootChild[this.edgeKey[e]!] = this.edgeChild[e]!
      let slot = hash(from, this.edgeKey[e]!) & this.mask
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask
      this.table[slot] = e + 1
    }
    const tagCount = data.tags.length / 4
    this.tagStart = new Int32Array(nodes + 1)
    this.tagOwner = new Int32Array(tagCount)
    this.tagRule = new Int32Array(tagCount)
    this.tagRole = new Array<string>(tagCount)
    let node = 0
    for (let t = 0; t < tagCount; t++) {
      node += data.tags[t * 4]!
      this.tagStart[node + 1]!++
      this.tagOwner[t] = data.tags[t * 4 + 1]!
      this.tagRule[t] = data.tags[t * 4 + 2]!
      this.tagRole[t] = data.roles[data.tags[t * 4 + 3]!]!
    }
    for (let id = 0; id < nodes; id++) this.tagStart[id + 1]! += this.tagStart[id]!
  }

  private step(node: number, key: number): number {
    if (key < 0) return 0
    if (node === 0) return this.rootChild[key]!
    let slot = hash(node, key) & this.mask
    for (;;) {
      const edge = this.table[slot]! - 1
      if (edge < 0) return 0
      if (this.edgeParent[edge] === node && this.edgeKey[edge] === key) return this.edgeChild[edge]!
      slot = (slot + 1) & this.mask
    }
  }

  private tokenIds(tokens: readonly Token[]): TokenIds {
    let ids = this.ids.get(tokens)
    if (!ids || ids.stem.length !== tokens.length) {
      ids = { stem: new Int32Array(tokens.length), exact: new Int32Array(tokens.length), cased: new Int32Array(tokens.length) }
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!
        ids.stem[i] = this.stems.get(token.stem) ?? -1
        ids.exact[i] = this.exacts.get(token.norm) ?? -1
        ids.cased[i] = this.caseds.get(token.cased) ?? -1
      }
      this.ids.set(tokens, ids)
    }
    return ids
  }

  /**
   * Find every phrase in the tokens; phrases do not cross a sentence or breaking
   * punctuation. Hits come in order of first token, then in the order of the
   * walk: at each step the stem, the exact form, the cased form, then any word.
   *
   * @param tokens The document's tokens.
   * @param emit Called with a tag's index and the first and last token of each hit.
   */
  walk(tokens: readonly Token[], emit: (tag: number, first: number, last: number) => void): void {
    const { stem, exact, cased } = this.tokenIds(tokens)
    const walkFrom = (node: number, first: number, at: number) => {
      const token = tokens[at]
      if (!token) return
      if (at > first && (token.breakBefore || token.sentence !== tokens[at - 1]!.sentence)) return
      for (let kind = 0; kind < 4; kind++) {
        const next = this.step(node, kind === 0 ? stem[at]! : kind === 1 ? exact[at]! : kind === 2 ? cased[at]! : this.any)
        if (next === 0) continue
        for (let t = this.tagStart[next]!; t < this.tagStart[next + 1]!; t++) emit(t, first, at)
        if (this.hasChildren[next]) walkFrom(next, first, at + 1)
      }
    }
    for (let i = 0; i < tokens.length; i++) walkFrom(0, i, i)
  }
}

function hash(node: number, key: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(key + 1, 0x85ebca77)) >>> 0
}
