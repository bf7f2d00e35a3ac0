/**
 * heed: checks letters to victims of rape and serious sexual offences, and
 * charging reviews. The public API: `lint`, the rule list, `draft` and the
 * template list, and their types.
 */
export { lint } from './core/lint.js'
export type { HeedFileData } from './core/lint.js'
export { listRules } from './core/list-rules.js'
export type { RuleInfo } from './core/list-rules.js'
export { HeedConfigError } from './core/config.js'
export { DraftError, draft, listTemplates } from './core/draft/draft.js'
export type { DraftOptions, DraftResult, DraftStyle, TemplateInfo } from './core/draft/draft.js'
export type { GuiltWarning } from './core/draft/asserts-guilt.js'
export type { DraftBlock, DraftSpan } from './core/draft/blocks.js'
export type { DraftFormat } from './core/draft/formats.js'
export type { FieldProblem } from './core/draft/fields.js'
export type { FieldSpec, FieldType } from './core/draft/spec.js'
export { CATEGORIES, DOCUMENT_KINDS, LETTER_TYPES, SEVERITIES } from './core/model/types.js'
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
