/**
 * `heed annotate IN.docx -o OUT.docx [--track-changes] [--force]`: a copy of
 * the user's Word document with heed's findings as comments. The input is only
 * ever read; the output is written whole or not at all, and an existing file is
 * replaced only with --force. Exit status: 0 written, 1 written and an
 * error-level finding, 2 bad usage or a document heed cannot read.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DocxError, annotateDocx } from '../docx/annotate.js'
import { DOCUMENT_KINDS, LETTER_TYPES } from '../core/model/types.js'
import type { DocumentKind, LetterType } from '../core/model/types.js'
import { findConfigFile, loadConfigFile } from '../node/config-file.js'
import { formatStylish } from './format/stylish.js'
import { toResult, withParagraphs } from './messages.js'
import { maxSizeBytes } from './read-input.js'
import { WouldOverwriteError, writeFileSafely } from './safe-write.js'
import { UsageError, oneOf } from './usage.js'

interface AnnotateIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** Whether two paths name the same file, through links too. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true
  try {
    return realpathSync(a) === realpathSync(b)
  } catch {
    return false
  }
}

function readInput(path: string, maxBytes: number): Buffer {
  try {
    const stats = statSync(path)
    if (stats.isDirectory()) throw new UsageError(`${path}: is a folder; annotate takes one Word document`)
    if (stats.size > maxBytes) {
      throw new UsageError(
        `${path}: is ${(stats.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (raise it with --max-size)`,
      )
    }
    return readFileSync(path)
  } catch (error) {
    if (error instanceof UsageError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`}`)
  }
}

/**
 * `heed annotate`.
 *
 * @param args Arguments after `annotate`.
 * @param io Output streams.
 * @returns The exit status.
 */
export async function annotateCommand(args: string[], io: AnnotateIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'track-changes': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      kind: { type: 'string' },
      'letter-type': { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean', default: false },
      'max-size': { type: 'string' },
    },
  })
  if (positionals.length !== 1) throw new UsageError(`annotate takes one Word document (got ${positionals.length}): heed annotate IN.docx -o OUT.docx`)
  const input = positionals[0]!
  const output = values.output
  if (!output) throw new UsageError('annotate needs -o OUT.docx: heed writes a copy and never changes the original')
  const kind = oneOf<DocumentKind>(values.kind, DOCUMENT_KINDS, 'kind')
  const letterType = oneOf<LetterType>(values['letter-type'], LETTER_TYPES, 'letter-type')
  const maxBytes = maxSizeBytes(values['max-size'])

  const extension = extname(input).toLowerCase()
  if (extension === '.doc') throw new UsageError(`${input}: is an older Word document (.doc); open it in Word and save it as a Word Document (.docx)`)
  if (extension !== '.docx') throw new UsageError(`${input}: annotate works on Word documents (.docx); use heed check for other files`)
  if (extname(output).toLowerCase() !== '.docx') throw new UsageError(`${output}: -o must name a .docx file`)
  if (sameFile(input, output)) throw new UsageError(`${output}: -o must name a new file, not the document itself (heed never changes the original)`)
  if (!values.force && existsSync(output)) throw new UsageError(`${output}: already exists (add --force to replace it)`)
  if (!existsSync(dirname(resolve(output)))) throw new UsageError(`${output}: its folder does not exist`)

  const bytes = readInput(input, maxBytes)
  const configPath = values.config ?? (values['no-config'] ? undefined : findConfigFile(dirname(resolve(input))))
  const config = configPath ? await loadConfigFile(configPath) : undefined
  let result
  try {
    result = await annotateDocx(bytes, {
      lint: { kind, letterType, config, path: input },
      trackChanges: values['track-changes'],
      // Word stamps comments to the second, in UTC.
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    })
  } catch (error) {
    if (error instanceof DocxError) throw new UsageError(`${input}: ${error.message}`)
    throw error
  }

  try {
    writeFileSafely(output, result.bytes, values.force)
  } catch (error) {
    if (error instanceof WouldOverwriteError) throw new UsageError(error.message)
    throw new UsageError(`${output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }

  const paragraphLines = result.paragraphs.map((paragraph) => result.text.slice(0, paragraph.start).split('\n').length)
  const report = withParagraphs(toResult(result.file, input), paragraphLines)
  const tracked = result.comments.filter((comment) => comment.tracked).length
  const count = result.comments.length
  io.stdout(formatStylish([report], false))
  const unplaced = report.messages.length - count
  if (unplaced > 0) io.stdout(`\n${unplaced} finding${unplaced === 1 ? '' : 's'} could not be placed: the document has no text to hold a comment.\n`)
  io.stdout(
    `\nWrote ${output} with ${count} comment${count === 1 ? '' : 's'}` +
      `${values['track-changes'] ? ` and ${tracked} tracked change${tracked === 1 ? '' : 's'}` : ''} by "heed"; open it in Word to review them.\n`,
  )
  return report.messages.some((message) => message.severity === 'error') ? 1 : 0
}
