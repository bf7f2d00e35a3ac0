/**
 * The rules as users see them: for `heed rules`, the docs and the editor.
 */
import { ANALYSIS_RULES } from './analyses/catalogue.js'
import { ruleUrl } from './engine/finding.js'
import { scopeOf } from './engine/scope.js'
import type { Scope } from './engine/scope.js'
import type { Category, DocumentKind, LetterType, Severity } from './model/types.js'
import { RULES, STRUCTURE } from './data/index.js'
import { FACTS } from './data/on-demand.js'

export interface RuleInfo {
  id: string
  category: Category
  /** A pack kind (`existence`, `substitution`, `conditional`) or `analysis` for checks written in code. */
  kind: string
  severity: Severity
  /** Where it applies; absent means everywhere. */
  appliesTo?: { kind?: DocumentKind[]; letterTypes?: LetterType[] }
  patterns: string[]
  /** Drop-in wording (for a per-match mapping, every list in it). */
  replacements: string[]
  /** One sentence: what to do. */
  advice: string
  /** Whether its findings can offer drop-in wording or a paragraph to insert. */
  fixable: boolean
  /** What its findings are about: a phrase, a sentence, a paragraph or the whole document. */
  scope: Scope
  note: string
  source: string
  url: string
  examples: { flag: string[]; pass: string[] }
  /** For `accuracy` rules: the fact checked, how sure the fact base is, and when it was and must next be checked. */
  fact?: { id: string; confidence: string; sourceDate: string; checked: string; reviewBy: string; wording: string; verify?: string }
}

/** The accuracy rules: one per fact in rules/facts.yml. */
function factRules(): RuleInfo[] {
  return FACTS.map((fact) => ({
    id: `accuracy/${fact.rule}`,
    category: 'accuracy',
    kind: 'analysis',
    severity: fact.confidence === 'high' ? 'error' : 'warning',
    appliesTo: { kind: ['letter'], letterTypes: fact['letter-types'] },
    patterns: [],
    replacements: [],
    advice: fact.advice,
    fixable: false,
    scope: 'phrase' as const,
    note: fact.fact,
    source: fact.source,
    url: ruleUrl(`accuracy/${fact.rule}`),
    examples: fact.examples,
    fact: {
      id: fact.id,
      confidence: fact.confidence,
      sourceDate: fact['source-date'],
      checked: fact.checked,
      reviewBy: fact['review-by'],
      wording: fact.wording,
      verify: fact.verify ? `${fact.verify.note} (${fact.verify.source})` : undefined,
    },
  }))
}

/**
 * List every rule.
 *
 * @returns Rule descriptions, sorted by id.
 */
export function listRules(): RuleInfo[] {
  const fromPacks: RuleInfo[] = RULES.map((rule) => ({
    id: rule.id,
    category: rule.category,
    kind: rule.kind,
    severity: rule.severity,
    appliesTo: rule['applies-to'] ? { kind: rule['applies-to'].kind, letterTypes: rule['applies-to']['letter-types'] } : undefined,
    patterns: rule.patterns,
    replacements: Array.isArray(rule.replacements) ? rule.replacements : Object.values(rule.replacements ?? {}).flat(),
    advice: rule.advice,
    fixable: rule.replacements !== undefined,
    scope: 'phrase' as const,
    note: rule.note,
    source: rule.source,
    url: ruleUrl(rule.id),
    examples: rule.examples,
  }))
  const analyses = ANALYSIS_RULES.map((rule) => ({ ...rule, url: ruleUrl(rule.id), fixable: false, scope: scopeOf({ ruleId: rule.id }) }))
  const missing: RuleInfo[] = Object.entries(STRUCTURE.elements).map(([element, spec]) => ({
    id: `structure/missing-${element}`,
    category: 'structure',
    kind: 'analysis',
    severity: 'warning',
    appliesTo: {
      kind: ['letter'],
      letterTypes: (Object.keys(STRUCTURE.required) as LetterType[]).filter((type) => (STRUCTURE.required[type] as string[]).includes(element)),
    },
    patterns: [],
    replacements: [],
    fixable: true,
    scope: 'document' as const,
    advice: `Insert a paragraph on ${element.replaceAll('-', ' ')}: heed offers one drawn from the templates.`,
    note: spec.note,
    source: spec.source,
    url: ruleUrl(`structure/missing-${element}`),
    examples: { flag: [], pass: [] },
  }))
  return [...fromPacks, ...analyses, ...missing, ...factRules()].sort((a, b) => a.id.localeCompare(b.id))
}
