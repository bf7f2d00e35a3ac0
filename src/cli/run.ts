/**
 * The `heed` command's logic: `check` and `rules` (drafting and annotating load on demand), per DESIGN.md's CLI contract.
 * Reports go to stdout so JSON and SARIF pipe; stderr gets only one-line reasons.
 * Exit status: 0 clean, 1 findings at or above the threshold, 2 bad usage or unreadable input.
 */
import { parseArgs } from 'node:util'
import { version } from '../../package.json'
import { lint } from '../core/lint.js'
import type { PiecePool } from '../node/piece-pool.js'
import { DOCUMENT_KINDS, LETTER_TYPES, SEVERITIES } from '../core/model/types.js'
import type { DocumentKind, InputFormat, LetterType, Severity } from '../core/model/types.js'
import { ConfigFileError, findConfigFile, loadConfigFile } from '../node/config-file.js'
import { formatJsonPieces } from './format/json.js'
import { formatSarif } from './format/sarif.js'
import { formatStylish } from './format/stylish.js'
import { atLeast, toResult, withParagraphs } from './messages.js'
import type { FileResult } from './messages.js'
import { maxSizeBytes, readInputs } from './read-input.js'
import { formatRules } from './rules-doc.js'
import { USAGE, UsageError, oneOf } from './usage.js'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<Uint8Array>
  isTTY: boolean
  /** Whether standard error is a terminal (for `report`'s progress bar). */
  stderrIsTTY?: boolean
  /** Resolves once stdout has taken what was written, so a long report never piles up in memory. */
  drain?: () => Promise<void>
}

/**
 * Documents of at least this many characters are spread over worker threads. A worker takes
 * about a tenth of a second to start, about what checking 100,000 characters takes, so below a
 * million characters the gain is small.
 */
const PARALLEL_CHARS = 1_000_000

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      'letter-type': { type: 'string' },
      format: { type: 'string', default: 'stylish' },
      'fail-on': { type: 'string', default: 'error' },
      syntax: { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean', default: false },
      'max-size': { type: 'string' },
    },
  })
  const kind = oneOf<DocumentKind>(values.kind, DOCUMENT_KINDS, 'kind')
  const letterType = oneOf<LetterType>(values['letter-type'], LETTER_TYPES, 'letter-type')
  const format = oneOf(values.format, ['stylish', 'json', 'sarif'] as const, 'format')!
  const failOn = oneOf<Severity>(values['fail-on'], SEVERITIES, 'fail-on')!
  const syntax = oneOf<InputFormat>(values.syntax, ['markdown', 'text'] as const, 'syntax')
  const maxBytes = maxSizeBytes(values['max-size'])
  if (positionals.length === 0) throw new UsageError('check needs one or more files or folders, or - for standard input')

  let status = 0
  const fixedConfig = values.config === undefined ? undefined : await loadConfigFile(values.config)
  const results: FileResult[] = []
  // Opened at the first long document, for the rest of the run.
  let pool: Promise<PiecePool | undefined> | undefined
  try {
    for (const input of await readInputs(positionals, io.readStdin, { maxBytes, syntax })) {
      if (!('text' in input)) {
        io.stderr(`heed: ${input.path}: ${input.reason}\n`)
        status = 2
        continue
      }
      let config
      try {
        const found = values['no-config'] ? undefined : findConfigFile(input.folder)
        config = fixedConfig ?? (found ? await loadConfigFile(found) : undefined)
      } catch (error) {
        if (!(error instanceof ConfigFileError)) throw error
        io.stderr(`heed: ${error.message}\n`)
        status = 2
        continue
      }
      if (input.text.length >= PARALLEL_CHARS) pool ??= import('../node/piece-pool.js').then((m) => m.openPiecePool())
      const checkPieces = pool && (await pool)?.checkPieces
      const file = await lint(input.text, { kind, letterType, format: input.format, config, path: input.path, checkPieces })
      const result = toResult(file, input.path)
      results.push(input.paragraphLines ? withParagraphs(result, input.paragraphLines) : result)
    }
  } finally {
    await (await pool)?.close()
  }

  if (format === 'json') {
    // Written in pieces of about 64 KB: one file can have a hundred thousand findings.
    let buffer = ''
    for (const piece of formatJsonPieces(results)) {
      buffer += piece
      if (buffer.length >= 65_536) {
        io.stdout(buffer)
        buffer = ''
        await io.drain?.()
      }
    }
    io.stdout(buffer)
  } else if (format === 'sarif') io.stdout(formatSarif(results, version))
  else io.stdout(formatStylish(results, io.isTTY && !process.env.NO_COLOR))

  const failing = results.some((result) => result.messages.some((message) => atLeast(message.severity, failOn)))
  return status === 2 ? 2 : failing ? 1 : 0
}

function rules(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'markdown' } } })
  if (positionals.length > 0) throw new UsageError(`rules takes no arguments (got "${positionals[0]}")`)
  const format = oneOf(values.format, ['markdown', 'json'] as const, 'format')!
  io.stdout(formatRules(format))
  return 0
}

/**
 * Run the CLI.
 *
 * @param argv Arguments after the program name.
 * @param io Where output goes and how standard input is read.
 * @returns The exit status.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === '--version' || command === '-v') {
      io.stdout(`${version}\n`)
      return 0
    }
    if (command === undefined) throw new UsageError('give a command: check, report, annotate, rules, draft, templates or lsp (heed --help shows how)')
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${USAGE}\n`)
      return 0
    }
    if (command === 'check') return await check(rest, io)
    if (command === 'report') return await (await import('./report/command.js')).reportCommand(rest, io)
    if (command === 'rules') return rules(rest, io)
    // Drafting is loaded only when asked for, so that checking starts faster.
    if (command === 'draft') return await (await import('./draft.js')).draftCommand(rest, io)
    // Word annotation is loaded only when asked for, like drafting.
    if (command === 'annotate') return await (await import('./annotate.js')).annotateCommand(rest, io)
    if (command === 'templates') return (await import('./draft.js')).templatesCommand(rest, io)
    throw new UsageError(`unknown command "${command}" (use check, report, annotate, rules, draft, templates or lsp)`)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigFileError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`heed: ${(error as Error).message}\n`)
      return 2
    }
    throw error
  }
}
