/**
 * One trie over every phrase of every rule (and the shared cue lists), walked
 * once over the document's tokens: the cost of a check grows with the text, not
 * with the number of rules.
 */
import type { Token } from '../text/document.js'
import type { PatternKey } from './pattern.js'
import { followPattern } from './pattern.js'

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

interface TrieNode<Tag extends PhraseTag = PhraseTag> {
  next: Map<PatternKey, TrieNode<Tag>>
  tags: Tag[]
}

/** A tag in the joint trie, which also says whose phrase it is. */
interface OwnedTag extends PhraseTag {
  owner: PhraseMatcher
}

const newNode = <Tag extends PhraseTag>(): TrieNode<Tag> => ({ next: new Map(), tags: [] })

function child(node: TrieNode<OwnedTag>, key: PatternKey): TrieNode<OwnedTag> {
  let next = node.next.get(key)
  if (!next) {
    next = newNode()
    node.next.set(key, next)
  }
  return next
}

function tagNode(node: TrieNode<OwnedTag>, tag: OwnedTag): void {
  // Two spellings of one phrase (a pattern's variants) give one hit, not two.
  if (!node.tags.some((t) => t.owner === tag.owner && t.rule === tag.rule && t.role === tag.role)) node.tags.push(tag)
}

/**
 * The shared matchers (the rules, the structure signals and each analysis's cue
 * lists) live in one trie, so a document's tokens are walked once however many
 * of them ask.
 */
const joint = newNode<OwnedTag>()
const family: PhraseMatcher[] = []
/** Bumped whenever the joint trie grows, so hits found with an older one are not reused. */
let generation = 0
const jointHits = new WeakMap<readonly Token[], { generation: number; length: number; byOwner: Map<PhraseMatcher, PhraseHit[]> }>()

/** A compiled set of phrases. */
export class PhraseMatcher {
  private readonly shared: boolean
  private readonly root: TrieNode<OwnedTag>

  /**
   * @param options `shared: true` puts the phrases in the one trie that the
   *   built-in matchers share; others keep a trie of their own.
   */
  constructor(options: { shared?: boolean } = {}) {
    this.shared = options.shared ?? false
    this.root = this.shared ? joint : newNode()
    if (this.shared) family.push(this)
  }

  /**
   * Add one phrase.
   *
   * @param keys The phrase's keys from `compilePattern`.
   * @param tag What a match of it means.
   */
  add(keys: PatternKey[], tag: PhraseTag): void {
    tagNode(keys.reduce(child, this.root), { ...tag, owner: this })
    if (this.shared) generation++
  }

  /**
   * Add every phrase of a pattern (see `followPattern`).
   *
   * @param pattern The pattern as written in a pack.
   * @param tag What a match of it means.
   * @param caseSensitive Match every word's case exactly.
   */
  addPattern(pattern: string, tag: PhraseTag, caseSensitive = false): void {
    const owned = { ...tag, owner: this }
    for (const end of followPattern(pattern, caseSensitive, this.root, child)) tagNode(end, owned)
    if (this.shared) generation++
  }

  /**
   * Find every phrase in the tokens. Phrases do not cross a sentence or breaking punctuation.
   *
   * @param tokens The document's tokens.
   * @returns Every hit, in order of first token (shared with other callers: do not change it).
   */
  scan(tokens: readonly Token[]): PhraseHit[] {
    if (!this.shared) {
      const hits: PhraseHit[] = []
      walkTrie(this.root, tokens, (tag, first, last) => hits.push({ rule: tag.rule, role: tag.role, first, last }))
      return hits
    }
    const cached = jointHits.get(tokens)
    if (cached && cached.generation === generation && cached.length === tokens.length) return cached.byOwner.get(this)!
    const byOwner = new Map<PhraseMatcher, PhraseHit[]>(family.map((matcher) => [matcher, []]))
    walkTrie(joint, tokens, (tag, first, last) => byOwner.get(tag.owner)!.push({ rule: tag.rule, role: tag.role, first, last }))
    jointHits.set(tokens, { generation, length: tokens.length, byOwner })
    return byOwner.get(this)!
  }
}

/**
 * Walk a trie from every token. A tag's hits come out in order of first token,
 * then in the order of the walk (stem, exact, cased, any word at each step), so
 * each matcher sees its hits in the order its own trie would give them.
 */
function walkTrie<Tag extends PhraseTag>(root: TrieNode<Tag>, tokens: readonly Token[], emit: (tag: Tag, first: number, last: number) => void): void {
  const { exact, cased } = keysOf(tokens)
  const walk = (node: TrieNode<Tag>, first: number, at: number) => {
    const token = tokens[at]
    if (!token) return
    if (at > first && (token.breakBefore || token.sentence !== tokens[at - 1]!.sentence)) return
    // Keys in this order: stem, `=` exact form, `^` cased form, `*` any word.
    for (let key = 0; key < 4; key++) {
      const child = node.next.get(key === 0 ? token.stem : key === 1 ? exact[at]! : key === 2 ? cased[at]! : '*')
      if (!child) continue
      for (const tag of child.tags) emit(tag, first, at)
      if (child.next.size > 0) walk(child, first, at + 1)
    }
  }
  for (let i = 0; i < tokens.length; i++) walk(root, i, i)
}

/** Each token's exact (`=`) and cased (`^`) keys, built once per document and shared by every matcher that scans it. */
interface TokenKeys {
  exact: string[]
  cased: string[]
}

const tokenKeys = new WeakMap<readonly Token[], TokenKeys>()

function keysOf(tokens: readonly Token[]): TokenKeys {
  let keys = tokenKeys.get(tokens)
  // Token lists are not changed once indexed; a different length means a different list.
  if (!keys || keys.exact.length !== tokens.length) {
    keys = { exact: new Array<string>(tokens.length), cased: new Array<string>(tokens.length) }
    for (let i = 0; i < tokens.length; i++) {
      keys.exact[i] = '=' + tokens[i]!.norm
      keys.cased[i] = '^' + tokens[i]!.cased
    }
    tokenKeys.set(tokens, keys)
  }
  return keys
}

/**
 * A matcher over named phrase lists, where each hit's `role` is its list's name
 * (for the analyses that read several cue lists at once).
 *
 * @param lists Phrase lists by name.
 * @returns The compiled matcher.
 */
export function listMatcher(lists: Record<string, readonly string[]>): PhraseMatcher {
  const matcher = new PhraseMatcher({ shared: true })
  for (const [role, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) matcher.addPattern(phrase, { rule: 0, role })
  }
  return matcher
}
