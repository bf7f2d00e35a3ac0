/**
 * `heed/draft`: a letter drafted from a Handlebars template, checked by `lint`,
 * and its blocks as text, Markdown or HTML.
 */
export { DraftError, draft, listTemplates } from './core/draft/draft.js'
export type { DraftOptions, DraftResult, DraftStyle, TemplateInfo } from './core/draft/draft.js'
export type { GuiltWarning } from './core/draft/asserts-guilt.js'
export { lineText } from './core/draft/blocks.js'
export type { DraftBlock, DraftSpan } from './core/draft/blocks.js'
export { readLetter } from './core/draft/layout.js'
export type { LetterSyntax } from './core/draft/layout.js'
export { DRAFT_FORMATS, toHtml, toMarkdown, toText } from './core/draft/formats.js'
export type { DraftFormat } from './core/draft/formats.js'
export type { FieldProblem } from './core/draft/fields.js'
export type { FieldSpec, FieldType } from './core/draft/spec.js'
export { LETTER_TYPES } from './core/model/types.js'
export type { LetterType } from './core/model/types.js'
