/**
 * Every rule id, for checking a configuration on each lint. Apart from the rule
 * listing (list-rules.ts), which reads the rules' documentation and the facts,
 * so that a check does not load them.
 */
import { ANALYSIS_IDS } from './analyses/analysis-advice.js'
import { FACT_RULE_IDS, LINT_RULES, STRUCTURE } from './data/index.js'

/**
 * Every rule id, unsorted: what a configuration is checked against on each
 * lint, without building the descriptions (or paying for a collator to sort them).
 *
 * @returns The ids.
 */
export function ruleIds(): string[] {
  return [
    ...LINT_RULES.map((rule) => rule.id),
    ...ANALYSIS_IDS,
    ...Object.keys(STRUCTURE.elements).map((element) => `structure/missing-${element}`),
    ...FACT_RULE_IDS,
  ]
}
