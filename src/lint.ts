/**
 * `heed/lint`: check a letter or a charging review, and list the rules. Light
 * enough for a browser page; drafting is `heed/draft`.
 */
export { lint } from './core/lint.js'
export type { HeedFileData } from './core/lint.js'
export { listRules } from './core/rules/list.js'
export type { RuleInfo } from './core/rules/list.js'
export { HeedConfigError } from './core/config.js'
export { CATEGORIES, DOCUMENT_KINDS, LETTER_TYPES, SEVERITIES } from './core/types.js'
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
} from './core/types.js'
