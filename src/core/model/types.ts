import type { VFileMessage } from 'vfile-message'

/**
 * The fixed vocabulary of heed (DESIGN.md, "Vocabulary") and the public option types.
 */

/** Categories: the first part of every `ruleId`. */
export const CATEGORIES = ['readability', 'jargon', 'misconception', 'tone', 'focus', 'inclusive', 'structure', 'accuracy'] as const
export type Category = (typeof CATEGORIES)[number]

/** What a document is: a letter to a victim, or a prosecutor's charging review. */
export const DOCUMENT_KINDS = ['letter', 'review'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** The kinds of decision letter. */
export const LETTER_TYPES = [
  'no-charge',
  'discontinuance',
  'charge',
  'alteration',
  'acquittal',
  'conviction',
  'delay',
  'withdrawal',
  'sentence',
  'review-outcome',
  'pre-trial-meeting',
] as const
export type LetterType = (typeof LETTER_TYPES)[number]

/** How serious a finding is. */
export const SEVERITIES = ['error', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A rule setting in configuration: a severity, or `off`. */
export type RuleSetting = Severity | 'off'

/** Input syntax. */
export type InputFormat = 'markdown' | 'text'

/**
 * Project configuration, as read from `.heedrc.yml` / `.heedrc.json` by the CLI
 * or passed directly by an application.
 */
export interface HeedConfig {
  /** Rule id (`jargon/nfa`) or category (`jargon`) → `off` or a severity. A rule id wins over its category. */
  rules?: Record<string, RuleSetting>
  /** Phrases never to report (compared with a finding's `actual`, ignoring case). */
  ignore?: string[]
  /** Reading age above which a letter's sentence is reported (default 12); reviews use 16. */
  readingAge?: number
}

/** Options for {@link lint}. */
export interface LintOptions {
  /** `letter` or `review`; detected from the text when absent. */
  kind?: DocumentKind
  /** The type of letter, when known. */
  letterType?: LetterType
  /** `markdown` or `text` (default `text`; the CLI picks by file extension). */
  format?: InputFormat
  /** Configuration: rule switches, ignored phrases, reading age. */
  config?: HeedConfig
  /** File path to record on the returned VFile (never read). */
  path?: string
  /**
   * Today's date, for facts that are due to be checked again (`accuracy` findings
   * then say so): an ISO date (`2026-12-04`) or a Date. Defaults to the clock when
   * a letter is checked.
   */
  today?: string | Date
}

/** What heed adds to each vfile message. */
export interface HeedMessageFields {
  ruleId: string
  source: 'heed'
  /** The first part of `ruleId`. */
  category: Category
  severity: Severity
  actual: string
  /** Drop-in replacements only: text that can replace `actual` where it stands. May be empty. */
  expected: string[]
  /** One plain sentence saying what to do. */
  advice: string
  /** What the finding is about: a phrase, a sentence, a paragraph or the whole document. */
  scope: 'phrase' | 'sentence' | 'paragraph' | 'document'
  note: string
  url: string
  /** An edit that fixes the finding, when there is one: replace the offsets `range` with `text`. */
  fix?: { range: [number, number]; text: string }
}

/**
 * A message as `lint` returns it: a vfile message with heed's fields. Read
 * `category` and `scope` rather than parsing the rule id.
 */
export type HeedMessage = VFileMessage & HeedMessageFields
