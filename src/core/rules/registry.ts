/**
 * The compiled rule packs and the one phrase matcher built from them, created
 * on first use and reused by every lint (rule packs are never recompiled per call).
 */
import { PhraseMatcher } from '../match/phrase-matcher.js'
import type { CompiledRule } from './rule.js'
import { CUES, RULES } from './generated/packs.js'

/** Rule roles whose phrases go into the matcher besides `patterns`. */
const CONTEXT_FIELDS = ['exceptions', 'requires', 'excludes', 'explained-by'] as const

export interface RuleSet {
  rules: readonly CompiledRule[]
  matcher: PhraseMatcher
  byId: ReadonlyMap<string, CompiledRule>
}

let cached: RuleSet | undefined

/**
 * Build the matcher for a list of rules and shared cues.
 *
 * @param rules Compiled rules.
 * @param cues Shared cue lists by name.
 * @param options `shared: true` for the built-in set, whose phrases join the trie the analyses share.
 * @returns The rule set.
 */
export function createRuleSet(rules: readonly CompiledRule[], cues: Record<string, string[]>, options: { shared?: boolean } = {}): RuleSet {
  const matcher = new PhraseMatcher(options)
  rules.forEach((rule, index) => {
    const caseSensitive = rule['case-sensitive'] ?? false
    const add = (role: string, phrases: readonly string[] | undefined) => {
      for (const phrase of phrases ?? []) matcher.addPattern(phrase, { rule: index, role }, caseSensitive)
    }
    add('pattern', rule.patterns)
    for (const field of CONTEXT_FIELDS) add(field, rule[field])
    if (rule.expansion) add('expansion', [rule.expansion])
  })
  for (const [name, phrases] of Object.entries(cues)) {
    for (const phrase of phrases) matcher.addPattern(phrase, { rule: -1, role: name })
  }
  return { rules, matcher, byId: new Map(rules.map((rule) => [rule.id, rule])) }
}

/** The built-in rule set (compiled once). */
export function builtinRuleSet(): RuleSet {
  cached ??= createRuleSet(RULES, CUES, { shared: true })
  return cached
}
