/**
 * The compiled rule packs and the one phrase matcher built from them, created
 * on first use and reused by every lint (rule packs are never recompiled per call).
 */
import { sharedScanner } from '../match/phrase-matcher.js'
import type { Scanner } from '../match/phrase-matcher.js'
import type { CompiledRule } from './rule.js'
import { LINT_RULES as RULES } from '../data/index.js'

export interface RuleSet {
  rules: readonly CompiledRule[]
  matcher: Scanner
  byId: ReadonlyMap<string, CompiledRule>
}

let cached: RuleSet | undefined

/** The built-in rule set (compiled once). */
export function builtinRuleSet(): RuleSet {
  // The built-in rules' phrases are in the trie frozen at build time, shared with the analyses.
  cached ??= { rules: RULES, matcher: sharedScanner('rules'), byId: new Map(RULES.map((rule) => [rule.id, rule])) }
  return cached
}
