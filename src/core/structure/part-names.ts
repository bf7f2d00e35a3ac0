/**
 * Plain names for the parts of a letter, as a writer would say them: the page's
 * buttons and the editor's quick fixes are titled "Insert a paragraph on …".
 */
import type { Element } from './data.js'

export const PART_NAMES: Record<Element, string> = {
  'acknowledge-impact': 'how hard this news may be',
  decision: 'the decision',
  reasons: 'the reasons',
  'right-to-review': 'the right to review',
  support: 'support',
  'future-reporting': 'reporting in the future',
  meeting: 'a meeting',
  contact: 'who to contact',
  'victim-contact-scheme': 'the Victim Contact Scheme',
  'sentence-review': 'asking for a sentence review',
  'next-step': 'what happens next',
}

/**
 * What a missing part is about.
 *
 * @param ruleId `structure/missing-<part>`.
 * @returns Words such as "the right to review"; an unknown part's name with spaces for hyphens.
 */
export function partName(ruleId: string): string {
  const part = ruleId.replace(/^structure\/missing-/, '')
  return (PART_NAMES as Record<string, string>)[part] ?? part.replace(/-/g, ' ')
}
