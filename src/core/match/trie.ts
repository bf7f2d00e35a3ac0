/**
 * The phrase trie in two forms: a builder of nested maps, easy to grow, and a
 * frozen form of flat integer arrays, quick to walk and quick to load. The
 * built-in vocabularies are frozen when the packs are built and shipped as
 * data, so a cold start reads arrays instead of compiling thousands of patterns.
 */
import type { Token } from '../text/document.js'
import type { PatternKey } from './pattern.js'
import { followPattern } from './pattern.js'

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

/**
 * A frozen trie as plain data, for the generated module. Before freezing, the
 * trie is minimised: nodes with the same tags and the same continuations become
 * one, so a pattern's choices (`(a|b|c) (d|e) f`) share their endings instead
 * of repeating them; it finds exactly what the trie finds, in the same order.
 * Node 0 is the root.
 */
export interface TrieData {
  /** The words the trie knows, as pattern keys (`stem`, `=exact`, `^Cased`, `*`). */
  vocabulary: string[]
  /** Three numbers per edge, by parent: the parent (as a step from the last edge's parent), the key, the child. */
  edges: number[]
  /** Four numbers per tag, in order of node: the node (as a step from the last tag's node), owner, rule, role (an index into `roles`). */
  tags: number[]
  roles: string[]
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
    const signature = node.tags.map((t) => `${t.owner},${t.rule},${t.role}`).join(';') + '|' + edges.map(([key, child]) => `${key}:${child}`).sort().join(',')
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
  return data
}

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

/** 64 characters that need no escaping in a JavaScript string: each carries five bits and a flag for "more follows". */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const DIGIT_VALUE = new Int8Array(128).fill(-1)
for (let value = 0; value < DIGITS.length; value++) DIGIT_VALUE[DIGITS.charCodeAt(value)] = value

/**
 * A trie's data as a compact string, for the generated module: its numbers as
 * variable-length digits (most are small), its words and roles as JSON. Edges
 * are written node by node (how many, then each key and child), and a child as
 * its step past its parent: nodes are numbered so that children come after
 * their parents, and a child is usually near.
 *
 * @param data The trie's data.
 * @returns The encoded form, under a third the size of plain JSON.
 */
export function encodeTrie(data: TrieData): string {
  let digits = ''
  const write = (value: number) => {
    if (!Number.isInteger(value) || value < 0) throw new Error(`heed: cannot encode ${value} in the trie (a child numbered before its parent?)`)
    let n = value
    while (n >= 32) {
      digits += DIGITS[(n & 31) | 32]
      n = Math.floor(n / 32)
    }
    digits += DIGITS[n]
  }
  const edgeCount = data.edges.length / 3
  const children: number[][] = []
  let parent = 0
  for (let e = 0; e < edgeCount; e++) {
    parent += data.edges[e * 3]!
    ;(children[parent] ??= []).push(data.edges[e * 3 + 1]!, data.edges[e * 3 + 2]! - parent - 1)
  }
  write(children.length)
  for (let node = 0; node < children.length; node++) {
    const list = children[node] ?? []
    write(list.length / 2)
    list.forEach(write)
  }
  // Zigzag for the tags, so the -1 of a shared cue stays one digit.
  write(data.tags.length)
  for (const value of data.tags) write(value < 0 ? -2 * value - 1 : 2 * value)
  return JSON.stringify({ vocabulary: data.vocabulary, roles: data.roles, digits })
}

/**
 * Read a trie's data back from `encodeTrie`.
 *
 * @param encoded The encoded form.
 * @returns The trie's data.
 */
export function decodeTrie(encoded: string): TrieData {
  const { vocabulary, roles, digits } = JSON.parse(encoded) as { vocabulary: string[]; roles: string[]; digits: string }
  let at = 0
  const read = (): number => {
    let n = 0
    let scale = 1
    for (;;) {
      const value = DIGIT_VALUE[digits.charCodeAt(at++)] ?? -1
      if (value < 0) throw new Error('heed: the frozen phrase trie is damaged; run `npm run build:rules`')
      n += (value & 31) * scale
      if (value < 32) break
      scale *= 32
    }
    return n
  }
  const edges: number[] = []
  const nodes = read()
  let lastParent = 0
  for (let node = 0; node < nodes; node++) {
    for (let count = read(); count > 0; count--) {
      edges.push(node - lastParent, read(), node + read() + 1)
      lastParent = node
    }
  }
  const tags = new Array<number>(read())
  for (let i = 0; i < tags.length; i++) {
    const n = read()
    tags[i] = n % 2 === 1 ? -(n + 1) / 2 : n / 2
  }
  return { vocabulary, roles, edges, tags }
}
