/**
 * How much of the document a finding is about. Editors use it to decide what
 * a finding can offer: a phrase can be replaced or switched off for its line;
 * a finding about the whole letter cannot.
 */
import type { Finding } from './finding.js'

export const SCOPES = ['phrase', 'sentence', 'paragraph', 'document'] as const
export type Scope = (typeof SCOPES)[number]

const BY_RULE: Record<string, Scope> = {
  'readability/hard-sentence': 'sentence',
  'readability/long-sentence': 'sentence',
  'readability/long-paragraph': 'paragraph',
  'readability/long-letter': 'document',
  'readability/late-decision': 'document',
  'focus/balance': 'document',
  'focus/consider-ccb': 'document',
  'focus/intoxication-without-suspect': 'document',
}

/**
 * The scope of a finding: what it declares, else what its rule is about.
 *
 * @param finding The finding.
 * @returns Its scope.
 */
export function scopeOf(finding: Pick<Finding, 'ruleId' | 'scope'>): Scope {
  if (finding.scope) return finding.scope
  if (finding.ruleId.startsWith('structure/missing-')) return 'document'
  return BY_RULE[finding.ruleId] ?? 'phrase'
}
