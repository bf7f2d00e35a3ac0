/**
 * heed: checks letters to victims of rape and serious sexual offences, and
 * charging reviews. The public API: `lint`, the rule list, and their types.
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
  HeedMessageFields,
  InputFormat,
  LetterType,
  LintOptions,
  RuleSetting,
  Severity,
} from './core/types.js'
