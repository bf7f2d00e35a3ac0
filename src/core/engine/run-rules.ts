/**
 * Runs the rule packs over an indexed document: one matcher pass, then each
 * trigger is gated by where the rule applies, its context phrases, whose words
 * it sits in, and its kind, and turned into a finding.
 */
import { KINDS } from '../kinds/index.js'
import type { KindContext } from '../kinds/kind.js'
import type { PhraseHit } from '../match/phrase-matcher.js'
import type { CompiledRule } from '../rules/rule.js'
import type { RuleSet } from '../rules/registry.js'
import type { DocumentIndex } from '../text/document.js'
import type { DocumentKind, LetterType } from '../types.js'
import { caseLike } from './finding.js'
import type { Finding } from './finding.js'
import { DEFAULT_SKIP, inSkippedVoice, readVoices } from './voice.js'

/** Where the document stands: what kind it is, and which letter type. */
export interface DocumentFacts {
  kind: DocumentKind
  letterType?: LetterType
}

function applies(rule: CompiledRule, facts: DocumentFacts): boolean {
  const where = rule['applies-to']
  if (!where) return true
  if (where.kind && !where.kind.includes(facts.kind)) return false
  const types = where['letter-types']
  if (types && !(facts.kind === 'letter' && facts.letterType && types.includes(facts.letterType))) return false
  return true
}

const overlaps = (a: PhraseHit, b: PhraseHit) => a.first <= b.last && b.first <= a.last

function inScope(doc: DocumentIndex, rule: CompiledRule, hit: PhraseHit, other: PhraseHit): boolean {
  const a = doc.tokens[hit.first]!.sentence
  const b = doc.tokens[other.first]!.sentence
  if (rule.scope === 'paragraph') return doc.sentences[a]!.paragraph === doc.sentences[b]!.paragraph
  return a === b
}

function contextAllows(doc: DocumentIndex, rule: CompiledRule, hit: PhraseHit, own: readonly PhraseHit[]): boolean {
  if (own.some((h) => h.role === 'exceptions' && overlaps(h, hit))) return false
  if (rule.requires && !own.some((h) => h.role === 'requires' && inScope(doc, rule, hit, h))) return false
  if (rule.excludes && own.some((h) => h.role === 'excludes' && inScope(doc, rule, hit, h))) return false
  return true
}

function fillMessage(template: string, actual: string, expected: readonly string[]): string {
  const quoted = expected.map((s) => `“${s}”`)
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '')
  return template
    .replaceAll('{actual}', actual)
    .replaceAll('{expected}', expected[0] ?? '')
    .replaceAll('{suggestions}', list)
}

/** Keep the longest of overlapping hits: per rule, then per category. */
function dropOverlaps(hits: PhraseHit[], rules: readonly CompiledRule[]): PhraseHit[] {
  const sorted = [...hits].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || a.rule - b.rule)
  const kept: PhraseHit[] = []
  for (const hit of sorted) {
    const category = rules[hit.rule]!.category
    if (!kept.some((k) => overlaps(k, hit) && rules[k.rule]!.category === category)) kept.push(hit)
  }
  return kept.sort((a, b) => a.first - b.first || a.rule - b.rule)
}

/**
 * Check a document against a rule set.
 *
 * @param doc The indexed document.
 * @param ruleSet Compiled rules and their matcher.
 * @param facts The document's kind and letter type.
 * @returns Findings in document order.
 */
export function runRules(doc: DocumentIndex, ruleSet: RuleSet, facts: DocumentFacts): Finding[] {
  const { rules, matcher } = ruleSet
  const hitsByRule = new Map<number, PhraseHit[]>()
  const cues = new Map<string, PhraseHit[]>()
  for (const hit of matcher.scan(doc.tokens)) {
    const bucket = hit.rule < 0 ? cues : hitsByRule
    const key = (hit.rule < 0 ? hit.role : hit.rule) as never
    const list = bucket.get(key) ?? []
    list.push(hit)
    bucket.set(key, list)
  }
  const voices = readVoices(doc, cues, facts.kind)

  const triggered: PhraseHit[] = []
  for (const [ruleIndex, own] of hitsByRule) {
    const rule = rules[ruleIndex]!
    if (!applies(rule, facts)) continue
    const skip = rule['skip-in'] ?? DEFAULT_SKIP[rule.category]
    const context: KindContext = { doc, hitsByRule, cues, ruleIndex }
    for (const hit of own) {
      if (hit.role !== 'pattern') continue
      if (!contextAllows(doc, rule, hit, own)) continue
      if (inSkippedVoice(hit, skip, doc, voices)) continue
      if (!KINDS[rule.kind].accept(rule, hit, context)) continue
      triggered.push(hit)
    }
  }

  return dropOverlaps(triggered, rules).map((hit) => {
    const rule = rules[hit.rule]!
    const start = doc.tokens[hit.first]!.start
    const end = doc.tokens[hit.last]!.end
    const actual = doc.text.slice(start, end)
    const expected = caseLike(actual, rule.suggestions)
    return {
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      start,
      end,
      reason: fillMessage(rule.message ?? KINDS[rule.kind].defaultMessage, actual, expected),
      actual,
      expected,
      note: rule.note,
      source: rule.source,
    }
  })
}
