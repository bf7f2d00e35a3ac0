/**
 * Inclusive language through retext-equality, tuned for this domain: the people
 * in these letters and reviews are known, so their pronouns and the words for
 * their relationships are facts, not assumptions (untuned, most of its findings
 * on a review were "she" and "her"). Findings are advice only.
 *
 * Speed: retext-equality searches every paragraph for each of its ~900 phrases,
 * re-indexing them per paragraph. Here its phrases are indexed once, one pass
 * over the words finds the sentences where a phrase can match, and the plugin
 * then runs only on those sentences and only with the phrases found, so its
 * messages are exactly those of a full run.
 */
import type { Paragraph, Root, Sentence } from 'nlcst'
import type retextEqualityPlugin from 'retext-equality'
import type { VFileMessage } from 'vfile-message'
import type { Finding } from '../engine/finding.js'
import { wordText } from '../text/document.js'
import type { DocumentIndex } from '../text/document.js'
import { messageOffsets, retextChecker, runChecker } from './retext-findings.js'
import type { RetextChecker } from './retext-findings.js'
import { EQUALITY_PHRASES } from '../data/index.js'
import { KNOWN_PEOPLE_WORDS } from './equality-phrases.js'

export { KNOWN_PEOPLE_WORDS } from './equality-phrases.js'

let plugin: typeof retextEqualityPlugin | undefined
/** retext-equality, loaded the first time a document has a phrase it may flag: most letters have none. */
async function loadPlugin(): Promise<typeof retextEqualityPlugin> {
  plugin ??= (await import('retext-equality')).default
  return plugin
}

const KNOWN = new Set(KNOWN_PEOPLE_WORDS)

/** One phrase of retext-equality, its words after the first normalised as nlcst-search compares them. */
interface IndexedPhrase {
  phrase: string
  rest: string[]
}

/** The plugin's phrases by their normalised first word, once without and once with apostrophes. */
interface PhraseIndex {
  all: Set<string>
  /** Every first word in either form: most words are in neither, and one look-up says so. */
  firstWords: Set<string>
  plain: Map<string, IndexedPhrase[]>
  apostrophes: Map<string, IndexedPhrase[]>
}

/**
 * nlcst-normalize, as nlcst-search applies it: lower case, curly apostrophes
 * straightened, dashes dropped and, unless a phrase allows them, apostrophes dropped.
 */
function normalize(value: string, apostrophes: boolean): string {
  const lower = value.toLowerCase()
  if (!/[’'-]/.test(lower)) return lower
  const result = lower.replace(/’/g, "'").replace(/-/g, '')
  return apostrophes ? result : result.replace(/'/g, '')
}

let phraseIndex: PhraseIndex | null | undefined

/**
 * Index retext-equality's phrases once, as recorded when the packs were built
 * (equality-phrases.ts). If one of them can match anywhere, every check runs the plugin in full.
 */
async function readPhraseIndex(): Promise<PhraseIndex | null> {
  if (phraseIndex !== undefined) return phraseIndex
  const seen = EQUALITY_PHRASES
  const index: PhraseIndex = { all: new Set(seen), firstWords: new Set(), plain: new Map(), apostrophes: new Map() }
  for (const phrase of index.all) {
    if (KNOWN.has(phrase)) continue
    const words = phrase.split(' ')
    // A phrase that starts with a wildcard can match anywhere: no index can narrow it.
    if (words[0] === '*') return (phraseIndex = null)
    for (const apostrophes of [false, true]) {
      const map = apostrophes ? index.apostrophes : index.plain
      const key = normalize(words[0]!, apostrophes)
      index.firstWords.add(key)
      const rest = words.slice(1).map((word) => (word === '*' ? '*' : normalize(word, apostrophes)))
      const list = map.get(key)
      if (list) list.push({ phrase, rest })
      else map.set(key, [{ phrase, rest }])
    }
  }
  phraseIndex = index.all.size > 0 ? index : null
  return phraseIndex
}

/**
 * How many of retext-equality's phrases the narrowed search knows (0 when it
 * could not read them and every check runs the plugin on the whole tree).
 */
export async function equalityPhraseCount(): Promise<number> {
  return (await readPhraseIndex())?.all.size ?? 0
}

/** Whether `phrase` matches the words from `position` on, as nlcst-search's `test` decides. */
function matchesAt(sentence: Sentence, position: number, rest: readonly string[], apostrophes: boolean): boolean {
  const siblings = sentence.children
  let at = position + 1
  for (const expression of rest) {
    while (at < siblings.length && siblings[at]!.type === 'WhiteSpaceNode') at++
    const sibling = siblings[at]
    if (!sibling || sibling.type !== 'WordNode') return false
    if (expression !== '*' && expression !== normalize(wordText(sibling), apostrophes)) return false
    at++
  }
  return true
}

interface Candidates {
  /** A root holding, per paragraph, only the sentences where a phrase matches. */
  tree: Root
  /** The phrases that match somewhere. */
  phrases: Set<string>
}

/**
 * Find the sentences where one of the plugin's phrases can match.
 *
 * @returns The narrowed tree and phrases, or undefined when the tree has a shape
 *   this pass does not model (the caller then runs the plugin on everything).
 */
function findCandidates(tree: Root, index: PhraseIndex): Candidates | undefined {
  const phrases = new Set<string>()
  const paragraphs: Paragraph[] = []
  let unexpected = false

  const checkSentence = (sentence: Sentence): boolean => {
    let found = false
    const children = sentence.children
    for (let position = 0; position < children.length; position++) {
      const child = children[position]!
      if (child.type !== 'WordNode') {
        if ('children' in child) unexpected = true
        continue
      }
      const lower = wordText(child).toLowerCase()
      // Most words have no apostrophe or dash, and then both normalisations are the word in lower case.
      const special = /[’'-]/.test(lower)
      if (!special && !index.firstWords.has(lower)) continue
      for (let pass = 0; pass < 2; pass++) {
        const apostrophes = pass === 1
        const list = (apostrophes ? index.apostrophes : index.plain).get(special ? normalize(lower, apostrophes) : lower)
        if (!list) continue
        for (const entry of list) {
          if (found && phrases.has(entry.phrase)) continue
          if (matchesAt(sentence, position, entry.rest, apostrophes)) {
            phrases.add(entry.phrase)
            found = true
          }
        }
      }
    }
    return found
  }

  // retext-equality searches each outermost paragraph; words sit in its sentences.
  const visit = (node: Root | Paragraph | Root['children'][number]) => {
    if (node.type === 'ParagraphNode') {
      const kept: Sentence[] = []
      for (const child of (node as Paragraph).children) {
        if (child.type === 'SentenceNode') {
          if (checkSentence(child)) kept.push(child)
        } else if ('children' in child) unexpected = true
      }
      if (kept.length > 0) paragraphs.push({ type: 'ParagraphNode', children: kept })
    } else if ('children' in node) {
      for (const child of node.children as Root['children']) visit(child)
    }
  }
  visit(tree)
  if (unexpected) return undefined
  return { tree: { type: 'RootNode', children: paragraphs }, phrases }
}

/** retext-equality set up for a set of phrases, by the phrases; documents that share a vocabulary share one. */
const checkers = new Map<string, RetextChecker>()
const MAX_CHECKERS = 64
let fullChecker: RetextChecker | undefined

/** retext-equality, set up to search only for `phrases` (and never for the known people's words). */
async function checkerFor(phrases: ReadonlySet<string>, index: PhraseIndex): Promise<RetextChecker> {
  const key = [...phrases].sort().join('\n')
  let checker = checkers.get(key)
  if (!checker) {
    const ignore = Object.assign([...KNOWN_PEOPLE_WORDS], {
      includes(item: unknown): boolean {
        if (typeof item !== 'string') return false
        return KNOWN.has(item) || (index.all.has(item) && !phrases.has(item))
      },
    })
    checker = retextChecker(await loadPlugin(), { ignore })
    if (checkers.size >= MAX_CHECKERS) checkers.clear()
    checkers.set(key, checker)
  }
  return checker
}

/** retext-equality's messages for a tree, narrowed to the sentences and phrases that can apply. */
async function equalityMessages(tree: Root, text: string): Promise<VFileMessage[]> {
  const index = await readPhraseIndex()
  const candidates = index ? findCandidates(tree, index) : undefined
  if (!index || !candidates) {
    fullChecker ??= retextChecker(await loadPlugin(), { ignore: KNOWN_PEOPLE_WORDS })
    return runChecker(fullChecker, tree, text)
  }
  if (candidates.phrases.size === 0) return []
  return runChecker(await checkerFor(candidates.phrases, index), candidates.tree, text)
}

/**
 * Find inconsiderate wording.
 *
 * @param tree The nlcst tree.
 * @param doc The indexed document.
 * @returns Findings, severity `info`.
 */
export async function checkEquality(tree: Root, doc: DocumentIndex): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const message of await equalityMessages(tree, doc.text)) {
    const at = messageOffsets(message)
    if (!at) continue
    const expected = (message.expected ?? []).filter((item): item is string => typeof item === 'string')
    findings.push({
      ruleId: `inclusive/${message.ruleId ?? 'equality'}`,
      category: 'inclusive',
      severity: 'info',
      start: at[0],
      end: at[1],
      reason:
        expected.length > 0
          ? `Consider ${expected.map((item) => `“${item}”`).join(' or ')} instead of “${doc.text.slice(at[0], at[1])}”.`
          : `Consider other wording for “${doc.text.slice(at[0], at[1])}”.`,
      actual: doc.text.slice(at[0], at[1]),
      // retext-equality's alternatives are ideas, not wording fitted to the sentence.
      expected: [],
      advice:
        expected.length > 0
          ? `Consider other wording, such as ${expected
              .slice(0, 3)
              .map((item) => `“${item}”`)
              .join(' or ')}, where it fits.`
          : 'Consider other wording.',
      note: message.note ?? 'This word can exclude or hurt some readers.',
      source: 'https://github.com/retextjs/retext-equality/blob/main/rules.md',
    })
  }
  return findings
}
