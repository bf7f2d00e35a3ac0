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
import type { DocumentKind, LetterType } from '../model/types.js'
import type { Finding } from './finding.js'
import { fitReplacements, replacementsFor } from './replacements.js'
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

/** A rule's own context hits, sorted out once per document rather than rescanned for every trigger. */
interface RuleContext {
  /** `exceptions` hits, in order of first token. */
  exceptions: PhraseHit[]
  /** The longest `exceptions` hit, in tokens minus one. */
  longestException: number
  /** Sentences (or paragraphs, by the rule's scope) with a `requires` hit. */
  required: Set<number>
  /** Sentences (or paragraphs) with an `excludes` hit. */
  excluded: Set<number>
}

/** The sentence, or paragraph for a paragraph-scoped rule, that a hit starts in. */
function scopeOf(doc: DocumentIndex, rule: CompiledRule, hit: PhraseHit): number {
  const sentence = doc.tokens[hit.first]!.sentence
  return rule.scope === 'paragraph' ? doc.sentences[sentence]!.paragraph : sentence
}

function ruleContext(doc: DocumentIndex, rule: CompiledRule, own: readonly PhraseHit[]): RuleContext {
  const context: RuleContext = { exceptions: [], longestException: 0, required: new Set(), excluded: new Set() }
  for (const hit of own) {
    if (hit.role === 'exceptions') {
      context.exceptions.push(hit)
      context.longestException = Math.max(context.longestException, hit.last - hit.first)
    } else if (hit.role === 'requires') context.required.add(scopeOf(doc, rule, hit))
    else if (hit.role === 'excludes') context.excluded.add(scopeOf(doc, rule, hit))
  }
  context.exceptions.sort((a, b) => a.first - b.first)
  return context
}

/** Whether an exception overlaps the hit: only exceptions starting near it can. */
function excepted(hit: PhraseHit, context: RuleContext): boolean {
  const { exceptions } = context
  const from = hit.first - context.longestException
  // First exception that starts at or after `from` (they are in order of first token).
  let low = 0
  let high = exceptions.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (exceptions[mid]!.first < from) low = mid + 1
    else high = mid
  }
  for (let i = low; i < exceptions.length && exceptions[i]!.first <= hit.last; i++) {
    if (overlaps(exceptions[i]!, hit)) return true
  }
  return false
}

function contextAllows(doc: DocumentIndex, rule: CompiledRule, hit: PhraseHit, context: RuleContext): boolean {
  if (context.exceptions.length > 0 && excepted(hit, context)) return false
  if (rule['has-requires'] && !context.required.has(scopeOf(doc, rule, hit))) return false
  // Only a rule with `excludes` phrases has hits of them.
  if (context.excluded.has(scopeOf(doc, rule, hit))) return false
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

function reasonFor(rule: CompiledRule, actual: string, expected: readonly string[]): string {
  const kind = KINDS[rule.kind]
  const template = rule.message ?? (expected.length > 0 ? kind.defaultMessage : kind.messageWithoutWording)
  return fillMessage(template, actual, expected)
}

/**
 * Keep the longest of overlapping hits: per rule, then per category. Hits span
 * whole tokens, so two overlap exactly when they share a token: each category
 * marks the tokens its kept hits cover.
 */
function dropOverlaps(hits: PhraseHit[], rules: readonly CompiledRule[], tokenCount: number): PhraseHit[] {
  const sorted = [...hits].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || a.rule - b.rule)
  const covered = new Map<string, Uint8Array>()
  const kept: PhraseHit[] = []
  for (const hit of sorted) {
    const category = rules[hit.rule]!.category
    let marks = covered.get(category)
    if (!marks) {
      marks = new Uint8Array(tokenCount)
      covered.set(category, marks)
    }
    let free = true
    for (let i = hit.first; i <= hit.last && free; i++) if (marks[i]) free = false
    if (!free) continue
    for (let i = hit.first; i <= hit.last; i++) marks[i] = 1
    kept.push(hit)
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
    const ownContext = ruleContext(doc, rule, own)
    for (const hit of own) {
      if (hit.role !== 'pattern') continue
      if (!contextAllows(doc, rule, hit, ownContext)) continue
      if (inSkippedVoice(hit, skip, doc, voices)) continue
      if (!KINDS[rule.kind].accept(rule, hit, context)) continue
      triggered.push(hit)
    }
  }

  return dropOverlaps(triggered, rules, doc.tokens.length).map((hit) => {
    const rule = rules[hit.rule]!
    const matched = doc.text.slice(doc.tokens[hit.first]!.start, doc.tokens[hit.last]!.end)
    const { start, end, texts: expected } = fitReplacements(doc, hit.first, hit.last, replacementsFor(rule, matched))
    const actual = doc.text.slice(start, end)
    return {
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      start,
      end,
      reason: reasonFor(rule, actual, expected),
      actual,
      expected,
      advice: rule.advice,
      note: rule.note,
    }
  })
}
