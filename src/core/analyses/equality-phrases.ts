/**
 * retext-equality's phrase list. The plugin does not export it, but it asks
 * `ignore.includes` about every phrase it knows when it is set up, so a
 * recording `ignore` lists them. The packs build records the list once
 * (src/core/data/generated/equality.ts), so a check need not load the plugin
 * at all unless a document has one of its phrases.
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { unified } from 'unified'

/** Words describing known people in a case; never findings here. */
export const KNOWN_PEOPLE_WORDS = [
  'he',
  'she',
  'her',
  'hers',
  'herself',
  'him',
  'his',
  'himself',
  'they',
  'them',
  'man',
  'men',
  'woman',
  'women',
  'boy',
  'boys',
  'girl',
  'girls',
  'lady',
  'ladies',
  'gentleman',
  'gentlemen',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'mother',
  'father',
  'mum',
  'dad',
  'daughter',
  'son',
  'sister',
  'brother',
  'grandmother',
  'grandfather',
  'aunt',
  'uncle',
  'niece',
  'nephew',
  'stepfather',
  'stepmother',
  'female',
  'male',
  'males',
  'females',
  'mr',
  'mrs',
  'ms',
  'miss',
  'madam',
  'sir',
]

/**
 * Record the phrases a retext-equality plugin knows.
 *
 * @param plugin retext-equality.
 * @returns Every phrase it asked about while being set up (empty if a version stops asking).
 */
export function recordPhrases(plugin: Plugin<[{ ignore?: string[] }], Root>): string[] {
  const known = new Set(KNOWN_PEOPLE_WORDS)
  const seen: string[] = []
  const recorder = Object.assign([...KNOWN_PEOPLE_WORDS], {
    includes(item: unknown): boolean {
      if (typeof item === 'string') seen.push(item)
      return typeof item === 'string' && known.has(item)
    },
  })
  unified().use(plugin, { ignore: recorder }).freeze()
  return seen
}
