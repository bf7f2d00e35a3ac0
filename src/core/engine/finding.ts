/**
 * A finding before it becomes a vfile message: every rule kind and analysis
 * produces these, so configuration, inline switches and message shape are
 * applied in one place.
 */
import type { Category, Severity } from '../model/types.js'
import type { Scope } from './scope.js'

export interface Finding {
  ruleId: string
  category: Category
  severity: Severity
  /** Offsets into the source text. */
  start: number
  end: number
  reason: string
  actual: string
  /** Drop-in replacements only: each can stand in place of `actual` as it is. May be empty. */
  expected: string[]
  /** One plain sentence saying what to do; always present in a message. */
  advice?: string
  note: string
  /** The fact behind the rule. */
  source?: string
  /** How much of the document it is about; see `scope.ts` for the default by rule. */
  scope?: Scope
  /** A catch-all check: dropped where a more specific finding of its category covers the same words. */
  generic?: boolean
  /** An edit that fixes it: replace `start`–`end` (offsets) with `text`. */
  fix?: { start: number; end: number; text: string }
}

/** Where each rule's documentation lives; the anchor is the rule id without its slash. */
export const DOCS_URL = 'https://github.com/heed-org/heed/blob/main/docs/rules.md'

/**
 * The documentation URL of a rule.
 *
 * @param ruleId `<category>/<name>`.
 * @returns The rule's anchor in the rules reference.
 */
export function ruleUrl(ruleId: string): string {
  return `${DOCS_URL}#${ruleId.replace('/', '')}`
}
