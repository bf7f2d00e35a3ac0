/**
 * One trie over every phrase of every rule (and the shared cue lists), walked
 * once over the document's tokens: the cost of a check grows with the text, not
 * with the number of rules.
 */
import type { Token } from '../text/document.js'
import type { PatternKey } from './pattern.js'
import { compilePattern } from './pattern.js'

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

function insert(root: TrieNode<OwnedTag>, keys: readonly PatternKey[], tag: OwnedTag): void {
  let node = root
  for (const key of keys) {
    let child = node.next.get(key)
    if (!child) {
      child = newNode()
      node.next.set(key, child)
    }
    node = child
  }
  // Two spellings of one phrase (a pattern's variants) give one hit, not two.
  if (!node.tags.some((t) => t.owner === tag.owner && t.rule === tag.rule && t.role === tag.role)) node.tags.push(tag)
}

/**
 * Every matcher that has scanned a document, joined in one trie: the rules, the
 * structure signals and each analysis's cue lists are all found in a single
 * walk over a document's tokens, however many of them ask.
 */
const family: PhraseMatcher[] = []
let joint: TrieNode<OwnedTag> | undefined
/** Bumped whenever the joint trie changes, so hits found with an older one are not reused. */
let generation = 0
const jointHits = new WeakMap<readonly Token[], { generation: number; length: number; byOwner: Map<PhraseMatcher, PhraseHit[]> }>()

/** A compiled set of phrases. */
export class PhraseMatcher {
  private readonly phrases: Array<{ keys: PatternKey[]; tag: PhraseTag }> = []

  /**
   * Add one phrase.
   *
   * @param keys The phrase's keys from `compilePattern`.
   * @param tag What a match of it means.
   */
  add(keys: PatternKey[], tag: PhraseTag): void {
    this.phrases.push({ keys, tag })
    if (family.includes(this)) {
      joint = undefined
      generation++
    }
  }

  /**
   * Find every phrase in the tokens. Phrases do not cross a sentence or breaking punctuation.
   *
   * @param tokens The document's tokens.
   * @returns Every hit, in order of first token (shared with other callers: do not change it).
   */
  scan(tokens: readonly Token[]): PhraseHit[] {
    const cached = jointHits.get(tokens)
    const fresh = cached && cached.generation === generation && cached.length === tokens.length
    const mine = fresh ? cached.byOwner.get(this) : undefined
    if (mine) return mine
    if (!family.includes(this)) {
      family.push(this)
      joint = undefined
      generation++
    }
    joint ??= joinFamily()
    const byOwner = new Map<PhraseMatcher, PhraseHit[]>(family.map((matcher) => [matcher, []]))
    walkTrie(joint, tokens, (tag, first, last) => byOwner.get(tag.owner)!.push({ rule: tag.rule, role: tag.role, first, last }))
    jointHits.set(tokens, { generation, length: tokens.length, byOwner })
    return byOwner.get(this)!
  }

  /** Add this matcher's phrases to a joint trie. */
  joinInto(root: TrieNode<OwnedTag>): void {
    for (const { keys, tag } of this.phrases) insert(root, keys, { ...tag, owner: this })
  }
}

function joinFamily(): TrieNode<OwnedTag> {
  const root = newNode<OwnedTag>()
  for (const matcher of family) matcher.joinInto(root)
  return root
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
  const matcher = new PhraseMatcher()
  for (const [role, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) for (const keys of compilePattern(phrase)) matcher.add(keys, { rule: 0, role })
  }
  return matcher
}
