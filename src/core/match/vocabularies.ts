/**
 * Every built-in phrase list, and how each goes into a trie: the rule packs with
 * their shared cues, the letter-structure signals, and the cue lists of the
 * judged-behaviour, focus and review-prompt analyses. The build freezes them
 * all into one trie (`npm run build:rules`, joint-trie.ts) from the lists it has
 * just read and checked; a check only needs the vocabularies' names.
 */
import type { DocumentedRule } from '../rules/rule.js'
import type { StructureData } from '../structure/data.js'
import type { PhraseTag } from './phrase-matcher.js'

/** The cue lists that tell whose voice a sentence is in (engine/voice.ts). */
export const VOICE_CUES = ['reported', 'countering', 'defence', 'answering', 'undercut'] as const

/** Adds one pattern with what a match of it means. */
export type AddPattern = (pattern: string, tag: PhraseTag, caseSensitive?: boolean) => void

/** Rule roles whose phrases go into the trie besides `patterns`. */
const CONTEXT_FIELDS = ['exceptions', 'requires', 'excludes', 'explained-by'] as const

/**
 * Add a rule list's phrases: each rule's patterns and context phrases under the
 * rule's index, and the shared cues under rule -1.
 */
export function addRulePhrases(add: AddPattern, rules: readonly DocumentedRule[], cues: Record<string, readonly string[]>): void {
  rules.forEach((rule, index) => {
    const caseSensitive = rule['case-sensitive'] ?? false
    const addAll = (role: string, phrases: readonly string[] | undefined) => {
      for (const phrase of phrases ?? []) add(phrase, { rule: index, role }, caseSensitive)
    }
    addAll('pattern', rule.patterns)
    for (const field of CONTEXT_FIELDS) addAll(field, rule[field])
    if (rule.expansion) addAll('expansion', [rule.expansion])
  })
  for (const [name, phrases] of Object.entries(cues)) {
    for (const phrase of phrases) add(phrase, { rule: -1, role: name })
  }
}

/** Add named phrase lists, each hit's `role` being its list's name. */
export function addLists(add: AddPattern, lists: Record<string, readonly string[]>): void {
  for (const [role, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) add(phrase, { rule: 0, role })
  }
}

/** Add the structure signals, keyed `<element>/<signal>/<phrases|with|without>` or `type/<letter type>`. */
function addStructure(add: AddPattern, data: StructureData): void {
  let index = 0
  const addAll = (key: string, phrases: readonly string[] | undefined) => {
    const rule = index++
    for (const phrase of phrases ?? []) add(phrase, { rule, role: key })
  }
  for (const [element, spec] of Object.entries(data.elements)) {
    spec.signals.forEach((signal, i) => {
      addAll(`${element}/${i}/phrases`, signal.phrases)
      addAll(`${element}/${i}/with`, signal.with)
      addAll(`${element}/${i}/without`, signal.without)
    })
  }
  for (const [type, phrases] of Object.entries(data['letter-types'])) addAll(`type/${type}`, phrases)
}

const PROMPT_LISTS = ['control', 'relationship', 'ccb', 'intoxication', 'suspect-awareness'] as const

/** The built-in vocabularies, in the order of their owner numbers in the joint trie. */
export const VOCABULARY_NAMES = ['rules', 'structure', 'judged', 'focus', 'prompts'] as const
export type Vocabulary = (typeof VOCABULARY_NAMES)[number]

/** The phrase lists the built-in vocabularies are made from, as the build reads them from `rules/`. */
export interface PhraseLists {
  rules: readonly DocumentedRule[]
  cues: Record<string, readonly string[]>
  structure: StructureData
  focus: Record<string, readonly string[]>
  judged: Record<string, readonly string[]>
}

/**
 * How each built-in vocabulary's phrases go into a trie.
 *
 * @param lists The phrase lists.
 * @returns For each vocabulary, a function that adds its phrases.
 */
export function vocabularies(lists: PhraseLists): Record<Vocabulary, (add: AddPattern) => void> {
  const cueLists = Object.fromEntries(VOICE_CUES.map((name) => [name, lists.cues[name] ?? []]))
  return {
    rules: (add) => addRulePhrases(add, lists.rules, lists.cues),
    structure: (add) => addStructure(add, lists.structure),
    judged: (add) => addLists(add, { ...lists.judged, ...cueLists }),
    focus: (add) => addLists(add, { ...lists.focus, ...cueLists }),
    prompts: (add) => addLists(add, Object.fromEntries(PROMPT_LISTS.map((name) => [name, lists.focus[name] ?? []]))),
  }
}
