/**
 * Descriptions of the checks written in code, so that `heed rules` and the
 * docs list them beside the pack rules.
 */
import type { RuleInfo } from '../rules/list.js'

export const ANALYSIS_RULES: Omit<RuleInfo, 'url'>[] = [
  {
    id: 'readability/hard-sentence',
    category: 'readability',
    kind: 'analysis',
    severity: 'warning',
    patterns: [],
    suggestions: ['use shorter, everyday words'],
    note: 'Reported when 6 of 7 readability formulas agree a sentence needs a reading age above the target (12 for letters, a margin above the 9 to 11 aim; 16 for reviews, where it is only advice).',
    source: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
    examples: { flag: [], pass: [] },
  },
  {
    id: 'readability/long-sentence',
    category: 'readability',
    kind: 'analysis',
    severity: 'warning',
    patterns: [],
    suggestions: ['split it into sentences of about 15 to 20 words'],
    note: 'Reported for sentences over 25 words in letters, and over 40 words in reviews, where it is only advice.',
    source: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
    examples: { flag: [], pass: [] },
  },
  {
    id: 'readability/hidden-actor',
    category: 'readability',
    kind: 'analysis',
    severity: 'warning',
    patterns: [],
    suggestions: ['say who did it, as in “I have decided”'],
    note: 'Passive voice with no “by …” hides who decided or acted. A warning in letters when it hides a decision; otherwise advice.',
    source: 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#active-voice',
    examples: { flag: [], pass: [] },
  },
]
