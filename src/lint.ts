/**
 * `heed/lint`: check a letter or a charging review, and list the rules. Light
 * enough for a browser page; drafting is `heed/draft`.
 */
export { lint } from './core/lint.js'
export type { HeedFileData, LintRunOptions } from './core/lint.js'
export { checkPieceBatch } from './core/check-piece.js'
export type { PieceBatch, PieceChecker, PieceResult } from './core/check-piece.js'
export { listRules } from './core/list-rules.js'
export type { RuleInfo } from './core/list-rules.js'
export { HeedConfigError } from './core/config.js'
export { CATEGORIES, DOCUMENT_KINDS, LETTER_TYPES, SEVERITIES } from './core/model/types.js'
export { READING_AGE, READING_AGE_AIM } from './core/model/reading-age.js'
export type {
  Category,
  DocumentKind,
  HeedConfig,
  HeedMessage,
  HeedMessageFields,
  InputFormat,
  LetterType,
  LintOptions,
  RuleSetting,
  Severity,
} from './core/model/types.js'
