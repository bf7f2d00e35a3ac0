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

  /** Add one phrase, as keys from `compilePattern`. */
  add(keys: readonly PatternKey[], tag: TrieTag): void {
    tagNode(keys.reduce(child, this.root), tag)
  }

  /** Add every phrase of a pattern. */
  addPattern(pattern: string, tag: TrieTag, caseSensitive = false): void {
    for (const end of followPattern(pattern, caseSensitive, this.root, child)) tagNode(end, tag)
  }
}

/**
 * A frozen trie as plain data, for the generated module. Node 0 is the root;
 * node i > 0 hangs by key `keys[i - 1]` from node i − `parents[i - 1]` (numbered
 * depth first, most parents are the node just before, so the numbers stay short).
 */
export interface TrieData {
  /** The words the trie knows, as pattern keys (`stem`, `=exact`, `^Cased`, `*`). */
  vocabulary: string[]
  parents: number[]
  keys: number[]
  /** Four numbers per tag, in order of node: the node (as a step from the last tag's node), owner, rule, role (an index into `roles`). */
  tags: number[]
  roles: string[]
}

/** Serialise a builder's trie, nodes numbered depth first. */
export function freezeData(builder: TrieBuilder): TrieData {
  const data: TrieData = { vocabulary: [], parents: [], keys: [], tags: [], roles: [] }
  const words = new Map<string, number>()
  const roles = new Map<string, number>()
  const intern = (map: Map<string, number>, list: string[], value: string) => {
    let id = map.get(value)
    if (id === undefined) {
      id = list.push(value) - 1
      map.set(value, id)
    }
    return id
  }
  let count = 0
  let lastTagged = 0
  const visit = (node: BuilderNode, id: number) => {
    for (const tag of node.tags) {
      data.tags.push(id - lastTagged, tag.owner, tag.rule, intern(roles, data.roles, tag.role))
      lastTagged = id
    }
    for (const [key, next] of node.next) {
      const childId = ++count
      data.parents.push(childId - id)
      data.keys.push(intern(words, data.vocabulary, key))
      visit(next, childId)
    }
  }
  visit(builder.root, 0)
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
  private readonly parentOf: Int32Array
  private readonly keyOf: Int32Array
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
    const nodes = data.parents.length + 1
    this.parentOf = new Int32Array(nodes)
    this.keyOf = new Int32Array(nodes)
    this.hasChildren = new Uint8Array(nodes)
    let size = 2
    while (size < nodes * 2) size *= 2
    this.table = new Int32Array(size)
    this.mask = size - 1
    for (let id = 1; id < nodes; id++) {
      const parent = id - data.parents[id - 1]!
      const key = data.keys[id - 1]!
      this.parentOf[id] = parent
      this.keyOf[id] = key
      this.hasChildren[parent] = 1
      let slot = hash(parent, key) & this.mask
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask
      this.table[slot] = id
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
    this.rootChild = new Int32Array(data.vocabulary.length)
    for (let id = 1; id < nodes; id++) if (this.parentOf[id] === 0) this.rootChild[this.keyOf[id]!] = id
  }

  private step(node: number, key: number): number {
    if (key < 0) return 0
    if (node === 0) return this.rootChild[key]!
    let slot = hash(node, key) & this.mask
    for (;;) {
      const id = this.table[slot]!
      if (id === 0) return 0
      if (this.parentOf[id] === node && this.keyOf[id] === key) return id
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
 * A trie's data as a compact string, for the generated module: its number
 * arrays as variable-length digits (most are small), its words and roles as JSON.
 *
 * @param data The trie's data.
 * @returns The encoded form, about a third the size of plain JSON.
 */
export function encodeTrie(data: TrieData): string {
  let digits = ''
  const write = (value: number) => {
    // Zigzag, so the -1 of a shared cue stays one digit.
    let n = value < 0 ? -2 * value - 1 : 2 * value
    while (n >= 32) {
      digits += DIGITS[(n & 31) | 32]
      n = Math.floor(n / 32)
    }
    digits += DIGITS[n]
  }
  for (const list of [data.parents, data.keys, data.tags]) {
    write(list.length)
    list.forEach(write)
  }
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
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2
  }
  const list = (): number[] => {
    const length = read()
    const values = new Array<number>(length)
    for (let i = 0; i < length; i++) values[i] = read()
    return values
  }
  const parents = list()
  const keys = list()
  const tags = list()
  return { vocabulary, roles, parents, keys, tags }
}
