/**
 * `heed draft` and `heed templates`: a first version of a letter from a
 * template and a data file, and the list of templates and their fields.
 * Like `heed check`, reports go to stdout unless the letter itself does;
 * stderr gets one-line reasons. Exit status: 0 drafted, 1 drafted but the
 * letter has error-level findings, 2 bad usage or bad data.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import { DraftError, LETTER_TYPES, draft, listTemplates } from '../index.js'
import type { DraftFormat, LetterType, TemplateInfo } from '../index.js'
import { formatStylish } from './format/stylish.js'
import { toResult } from './messages.js'
import { WouldOverwriteError, writeFileSafely } from './safe-write.js'
import { UsageError, oneOf } from './usage.js'

/** Where the commands write, and how they read standard input. */
export interface DraftIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<Uint8Array>
  isTTY: boolean
}

/** What `--format` accepts: the core's formats plus Word. */
export const OUTPUT_FORMATS = ['text', 'markdown', 'html', 'docx'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** The largest data file read, in bytes: field values are a few paragraphs at most. */
const MAX_DATA_BYTES = 1024 * 1024

const BY_EXTENSION: Record<string, OutputFormat> = { '.docx': 'docx', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' }

/** Read the data file (JSON or YAML) into field values, with one-line reasons that never quote its contents. */
async function readData(path: string, readStdin: () => Promise<Uint8Array>): Promise<unknown> {
  const extension = extname(path).toLowerCase()
  if (path !== '-' && !['.json', '.yml', '.yaml'].includes(extension)) throw new UsageError(`${path}: --data must be a .json, .yml or .yaml file`)
  let text: string
  try {
    if (path !== '-' && statSync(path).size > MAX_DATA_BYTES) throw new UsageError(`${path}: is over 1 MB, too big for a data file`)
    const bytes = path === '-' ? await readStdin() : readFileSync(path)
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    if (error instanceof UsageError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code ? `cannot be read (${code})` : 'is not valid UTF-8 text'}`,
    )
  }
  if (extension === '.json') {
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      // Node's message can quote the file; give only where it went wrong.
      const at = /position (\d+)/.exec((error as Error).message)?.[1]
      throw new UsageError(`${path}: is not valid JSON${at ? ` (at character ${Number(at) + 1})` : ''}`)
    }
  }
  try {
    // YAML 1.2 (the default) keeps unquoted dates as text, which is what the date fields expect.
    return parse(text) as unknown
  } catch (error) {
    const where = /at line \d+, column \d+/.exec((error as Error).message)?.[0]
    throw new UsageError(`${path}: is not valid YAML${where ? ` (${where})` : ''}`)
  }
}

async function runDraft(args: string[], io: DraftIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      data: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      style: { type: 'string' },
    },
  })
  if (positionals.length > 0) throw new UsageError(`draft takes no files of its own (got "${positionals[0]}"); give the data with --data`)
  const type = oneOf<LetterType>(values.type, LETTER_TYPES, 'type')
  if (!type) throw new UsageError(`draft needs --type, one of ${LETTER_TYPES.join(', ')}`)
  if (!values.data) throw new UsageError('draft needs --data FILE.yml or FILE.json (examples/data/ has one per letter type)')
  const output = values.output
  const format = oneOf(values.format, OUTPUT_FORMATS, 'format') ?? (output ? BY_EXTENSION[extname(output).toLowerCase()] : undefined) ?? 'text'
  if (format === 'docx' && !output) throw new UsageError('--format docx needs -o FILE.docx: a Word document cannot go to the terminal')

  const style = oneOf(values.style, ['standard', 'easy-read'] as const, 'style')
  const fields = await readData(values.data, io.readStdin)
  let result
  try {
    result = await draft({ type, fields: fields as Record<string, unknown>, format: format === 'docx' ? 'text' : (format as DraftFormat), style })
  } catch (error) {
    if (!(error instanceof DraftError)) throw error
    for (const problem of error.problems) io.stderr(`heed: ${values.data}: ${problem.field} ${problem.message}\n`)
    return 2
  }

  // Each warning names the field, so the writer knows which words of theirs to change.
  for (const warning of result.warnings)
    io.stderr(`heed: ${values.data}: ${warning.field} says "${warning.words}" before a verdict: say what is alleged, not that it happened\n`)
  const label = output ?? '<draft>'
  const report = formatStylish([toResult(result.lint, label)], false)
  if (output) {
    try {
      // The Word writer is loaded only when asked for, so the other commands start quickly.
      writeFileSafely(
        output,
        format === 'docx' ? await (await import('./docx.js')).toDocx(result.blocks, { easyRead: style === 'easy-read' }) : result.output,
        values.force,
      )
    } catch (error) {
      if (error instanceof WouldOverwriteError) throw new UsageError(error.message)
      throw new UsageError(`${output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    }
    io.stdout(
      `Wrote a ${type} letter to ${output}.${format === 'docx' || format === 'html' ? ' Positions below are lines of the letter as plain text.' : ''}\n\n${report}`,
    )
  } else {
    io.stdout(result.output)
    // The letter owns stdout; findings, if any, go where they will not end up inside it.
    if (result.lint.messages.length > 0) io.stderr(report)
  }
  return result.lint.messages.some((message) => (message as unknown as { severity: string }).severity === 'error') ? 1 : 0
}

/**
 * `heed draft --type TYPE --data FILE [--format text|markdown|html|docx] [-o FILE]`.
 *
 * @param args Arguments after `draft`.
 * @param io Output streams and standard input (`--data -`).
 * @returns The exit status.
 */
export async function draftCommand(args: string[], io: DraftIo): Promise<number> {
  try {
    return await runDraft(args, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`heed: ${error.message}\n`)
    return 2
  }
}

function describeTemplate(info: TemplateInfo): string {
  const width = Math.max(...info.fields.map((field) => field.name.length))
  const rows = info.fields.map((field) => {
    const kind = field.type === 'enum' ? `one of ${field.values!.join('|')}` : field.type
    return `  ${field.name.padEnd(width)}  ${field.required ? 'required' : 'optional'}  ${kind}: ${field.description}`
  })
  return `${info.type}: ${info.summary}\n${rows.join('\n')}\n`
}

/**
 * `heed templates [TYPE] [--format text|json]`: the templates and their fields.
 *
 * @param args Arguments after `templates`.
 * @param io Output streams.
 * @returns The exit status.
 */
export function templatesCommand(args: string[], io: DraftIo): number {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } })
    const format = oneOf(values.format, ['text', 'json'] as const, 'format')!
    if (positionals.length > 1) throw new UsageError(`templates takes at most one letter type (got ${positionals.length})`)
    const only = positionals[0] as LetterType | undefined
    if (only && !LETTER_TYPES.includes(only)) throw new UsageError(`no template for "${only}"; the letter types are ${LETTER_TYPES.join(', ')}`)
    const templates = listTemplates().filter((info) => !only || info.type === only)
    if (format === 'json') {
      io.stdout(JSON.stringify(templates, null, 2) + '\n')
    } else {
      io.stdout(
        `${templates.map(describeTemplate).join('\n')}\nDraft one with: heed draft --type TYPE --data FILE.yml [--format text|markdown|html|docx] [--style easy-read] [-o FILE]\n`,
      )
    }
    return 0
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`heed: ${error.message}\n`)
    return 2
  }
}
