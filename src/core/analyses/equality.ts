/**
 * Inclusive language through retext-equality, tuned for this domain: the people
 * in these letters and reviews are known, so their pronouns and the words for
 * their relationships are facts, not assumptions (untuned, most of its findings
 * on a review were "she" and "her"). Findings are advice only.
 */
import type { Root } from 'nlcst'
import retextEquality from 'retext-equality'
import type { Finding } from '../engine/finding.js'
import type { DocumentIndex } from '../text/document.js'
import { messageOffsets, runRetextPlugin } from './retext-findings.js'

/** Words describing known people in a case; never findings here. */
export const KNOWN_PEOPLE_WORDS = [
  'he', 'she', 'her', 'hers', 'herself', 'him', 'his', 'himself', 'they', 'them',
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'lady', 'ladies', 'gentleman', 'gentlemen',
  'husband', 'wife', 'boyfriend', 'girlfriend', 'mother', 'father', 'mum', 'dad', 'daughter', 'son',
  'sister', 'brother', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew', 'stepfather',
  'stepmother', 'female', 'male', 'males', 'females', 'mr', 'mrs', 'ms', 'miss', 'madam', 'sir',
]

/**
 * Find inconsiderate wording.
 *
 * @param tree The nlcst tree.
 * @param doc The indexed document.
 * @returns Findings, severity `info`.
 */
export function checkEquality(tree: Root, doc: DocumentIndex): Finding[] {
  const findings: Finding[] = []
  for (const message of runRetextPlugin(retextEquality, { ignore: KNOWN_PEOPLE_WORDS }, tree, doc.text)) {
    const at = messageOffsets(message)
    if (!at) continue
    const expected = (message.expected ?? []).filter((item): item is string => typeof item === 'string')
    findings.push({
      ruleId: `inclusive/${message.ruleId ?? 'equality'}`,
      category: 'inclusive',
      severity: 'info',
      start: at[0],
      end: at[1],
      reason: expected.length > 0
        ? `Consider ${expected.map((item) => `“${item}”`).join(' or ')} instead of “${doc.text.slice(at[0], at[1])}”.`
        : `Consider other wording for “${doc.text.slice(at[0], at[1])}”.`,
      actual: doc.text.slice(at[0], at[1]),
      expected,
      note: message.note ?? 'This word can exclude or hurt some readers.',
      source: 'https://github.com/retextjs/retext-equality/blob/main/rules.md',
    })
  }
  return findings
}
