/**
 * What every rule kind provides to the engine.
 */
import type { CompiledRule } from '../rules/rule.js'
import type { PhraseHit } from '../match/phrase-matcher.js'
import type { DocumentIndex } from '../text/document.js'

/** What a kind can see when deciding about one match. */
export interface KindContext {
  doc: DocumentIndex
  /** Every phrase hit in the document, for this rule's own context phrases. */
  hitsByRule: Map<number, PhraseHit[]>
  /** Shared cue hits (`gloss`, `reported`, `countering`) by cue name. */
  cues: Map<string, PhraseHit[]>
  /** Index of the rule being checked. */
  ruleIndex: number
}

export interface RuleKind {
  /**
   * The default reason, when the rule gives no `message`: `{actual}` and
   * `{suggestions}` (the drop-in wording, quoted) are filled in. The second form
   * is for a match with no drop-in wording.
   */
  defaultMessage: string
  messageWithoutWording: string
  /** Whether this match should be reported, beyond the checks every kind shares. */
  accept(rule: CompiledRule, hit: PhraseHit, context: KindContext): boolean
}
