/**
 * `draft`: a first version of a letter from heed's templates, checked by
 * `lint` before it is handed back. Pure, like `lint`: no I/O.
 */
import type { VFile } from 'vfile'
import { lint } from '../lint.js'
import { FIELDS } from '../data/index.js'
import { LETTER_TYPES } from '../model/types.js'
import type { LetterType } from '../model/types.js'
import { toBlocks } from './blocks.js'
import type { DraftBlock } from './blocks.js'
import { findGuiltAssertions, reportGuiltAssertions } from './asserts-guilt.js'
import type { GuiltWarning } from './asserts-guilt.js'
import { buildContext } from './context.js'
import { toEasyRead } from './easy-read.js'
import { checkFields } from './fields.js'
import type { FieldProblem } from './fields.js'
import { DRAFT_FORMATS, toHtml, toMarkdown, toText } from './formats.js'
import type { DraftFormat } from './formats.js'
import { renderTemplate } from './render.js'
import { fieldsFor } from './spec.js'
import type { FieldSpec } from './spec.js'

/** Options for {@link draft}. */
export interface DraftOptions {
  /** The letter type. */
  type: LetterType
  /** Values by field name; `listTemplates()` says which each type takes. */
  fields: Record<string, unknown>
  /** `text` (default), `markdown` or `html`. */
  format?: DraftFormat
  /** `standard` (default), or `easy-read`: one idea per line, short sentences and headings. */
  style?: DraftStyle
}

/** The layouts a letter can take. */
export const DRAFT_STYLES = ['standard', 'easy-read'] as const
export type DraftStyle = (typeof DRAFT_STYLES)[number]

/** What {@link draft} returns. */
export interface DraftResult {
  type: LetterType
  format: DraftFormat
  /** The letter in the format asked for. */
  output: string
  /** The letter as plain text. */
  text: string
  /** The letter as blocks of marked spans, for writing other formats (the CLI writes Word documents from these). */
  blocks: DraftBlock[]
  /** The lint result: for Markdown, of `output`; otherwise of `text`, whose positions it uses. */
  lint: VFile
  /** Fields whose own words state, before a verdict, that the person charged is guilty (also in `lint`). */
  warnings: GuiltWarning[]
}

/** A template and the fields it takes. */
export interface TemplateInfo {
  type: LetterType
  summary: string
  fields: FieldSpec[]
}

/** The fields given cannot make a letter; `problems` names each field and what it needs. */
export class DraftError extends Error {
  constructor(
    readonly problems: FieldProblem[],
    type?: string,
  ) {
    const what = type ? `a ${type} letter` : 'a letter'
    super(`heed: cannot draft ${what}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`)
    this.name = 'DraftError'
  }
}

/**
 * The letter templates and their fields.
 *
 * @returns One entry per letter type, common fields first.
 */
export function listTemplates(): TemplateInfo[] {
  return LETTER_TYPES.map((type) => ({ type, summary: FIELDS.types[type].summary, fields: structuredClone(fieldsFor(FIELDS, type)) }))
}

/**
 * Draft a letter from a template.
 *
 * @param options The letter type, the field values and the output format.
 * @returns The letter and its lint result.
 * @throws {DraftError} When a field is missing, empty, of the wrong kind or unknown; nothing is rendered then.
 */
export async function draft(options: DraftOptions): Promise<DraftResult> {
  const { type, fields } = options ?? ({} as DraftOptions)
  if (!(LETTER_TYPES as readonly unknown[]).includes(type)) {
    throw new DraftError([{ field: 'type', message: `must be one of ${LETTER_TYPES.join(', ')}` }])
  }
  const format = options.format ?? 'text'
  if (!(DRAFT_FORMATS as readonly unknown[]).includes(format)) {
    throw new DraftError([{ field: 'format', message: `must be one of ${DRAFT_FORMATS.join(', ')}` }], type)
  }
  const style = options.style ?? 'standard'
  if (!(DRAFT_STYLES as readonly unknown[]).includes(style)) {
    throw new DraftError([{ field: 'style', message: `must be one of ${DRAFT_STYLES.join(', ')}` }], type)
  }
  const specs = fieldsFor(FIELDS, type)
  const checked = checkFields(specs, fields, type)
  if ('problems' in checked) throw new DraftError(checked.problems, type)
  const built = buildContext(type, specs, checked.values)
  if ('problems' in built) throw new DraftError(built.problems, type)

  const rendered = toBlocks(renderTemplate(type, built.context))
  const blocks = style === 'easy-read' ? toEasyRead(rendered) : rendered
  const text = toText(blocks)
  const output = format === 'markdown' ? toMarkdown(blocks) : format === 'html' ? toHtml(blocks) : text
  const file = await lint(format === 'markdown' ? output : text, { kind: 'letter', letterType: type, format: format === 'markdown' ? 'markdown' : 'text' })
  const warnings = findGuiltAssertions(type, specs, checked.values)
  reportGuiltAssertions(file, warnings)
  return { type, format, output, text, blocks, lint: file, warnings }
}
