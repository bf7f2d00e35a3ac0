/**
 * The compiled rule packs and the one phrase matcher built from them, created
 * on first use and reused by every lint (rule packs are never recompiled per call).
 */
import { PhraseMatcher, sharedScanner } from '../match/phrase-matcher.js'
import type { Scanner } from '../match/phrase-matcher.js'
import { addRulePhrases } from '../match/vocabularies.js'
import type { CompiledRule } from './rule.js'
import { RULES } from './generated/packs.js'

export interface RuleSet {
  rules: readonly CompiledRule[]
  matcher: Scanner
  byId: ReadonlyMap<string, CompiledRule>
}

let cached: RuleSet | undefined

/**
 * Build the matcher for a list of rules and shared cues.
 *
 * @param rules Compiled rules.
 * @param cues Shared cue lists by name.
 * @returns The rule set.
 */
export function createRuleSet(rules: readonly CompiledRule[], cues: Record<string, string[]>): RuleSet {
  const matcher = new PhraseMatcher()
  addRulePhrases((pattern, tag, caseSensitive) => matcher.addPattern(pattern, tag, caseSensitive), rules, cues)
  return { rules, matcher, byId: new Map(rules.map((rule) => [rule.id, rule])) }
}

/** The built-in rule set (compiled once). */
export function builtinRuleSet(): RuleSet {
  // The built-in rules' phrases are in the trie frozen at build time, shared with the analyses.
  cached ??= { rules: RULES, matcher: sharedScanner('rules'), byId: new Map(RULES.map((rule) => [rule.id, rule])) }
  return cached
}
