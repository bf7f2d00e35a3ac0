/**
 * The compiled rule packs and the one phrase matcher built from them, created
 * on first use and reused by every lint (rule packs are never recompiled per call).
 * The rules' words for the reader (advice and notes) are a separate module,
 * loaded with the first check.
 */
import { sharedScanner } from '../match/phrase-matcher.js'
import type { Scanner } from '../match/phrase-matcher.js'
import type { CompiledRule, LintRule } from './rule.js'
import { LINT_RULES } from '../data/index.js'

export interface RuleSet {
  rules: readonly CompiledRule[]
  matcher: Scanner
  byId: ReadonlyMap<string, CompiledRule>
}

let cached: RuleSet | undefined

/** The built-in rule set (compiled once, with its advice and notes loaded on the first call). */
export async function builtinRuleSet(): Promise<RuleSet> {
  if (cached) return cached
  const { RULE_TEXTS } = await import('../data/rule-texts.js')
  const rules: CompiledRule[] = LINT_RULES.map((rule: LintRule, index) => ({ ...rule, ...RULE_TEXTS[index]! }))
  // The built-in rules' phrases are in the trie frozen at build time, shared with the analyses.
  cached = { rules, matcher: sharedScanner('rules'), byId: new Map(rules.map((rule) => [rule.id, rule])) }
  return cached
}
