/**
 * `heed report PATH...`: checks every file as `heed check` does, across worker
 * threads, and writes one scrutiny report (HTML, JSON or CSV) over the set.
 * Entries are added up as they arrive and kept in a temporary file, so memory
 * stays flat for folders of any size. A file that cannot be read is listed in
 * the report, not fatal.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { version } from '../../../package.json'
import { DOCUMENT_KINDS, LETTER_TYPES, SEVERITIES } from '../../core/model/types.js'
import type { DocumentKind, InputFormat, LetterType, Severity } from '../../core/model/types.js'
import { loadConfigFile } from '../../node/config-file.js'
import { atLeast } from '../messages.js'
import { maxSizeBytes } from '../read-input.js'
import { WouldOverwriteError, openFileSafely } from '../safe-write.js'
import type { SafeFileWriter } from '../safe-write.js'
import { UsageError, oneOf } from '../usage.js'
import { checkFile } from './check-file.js'
import type { CheckTask } from './check-file.js'
import type { ReportEntry } from './entry.js'
import { renderCsv } from './format-csv.js'
import { renderHtml } from './format-html.js'
import { renderJson } from './format-json.js'
import { ProgressBar } from './progress.js'
import { Spool } from './spool.js'
import { TotalsBuilder } from './totals.js'
import { walkInputs } from './walk.js'

export interface ReportIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether standard error is a terminal: the progress bar is drawn only then. */
  stderrIsTTY?: boolean
  /** Resolves once stdout has taken what was written. */
  drain?: () => Promise<void>
}

const FORMATS = ['html', 'json', 'csv'] as const
type Format = (typeof FORMATS)[number]

/** The worker's file: built beside the CLI (dist/cli/report-worker.js), a folder above its chunks. */
function workerFile(): string | undefined {
  for (const relative of ['../report-worker.js', './report-worker.js', './cli/report-worker.js']) {
    const path = fileURLToPath(new URL(relative, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}

/** tinypool, an optional dependency: without it, `--jobs 0` still checks every file, in this thread. */
async function loadTinypool(): Promise<typeof import('tinypool').Tinypool> {
  try {
    return (await import('tinypool')).Tinypool
  } catch {
    throw new UsageError('report checks files in worker threads with the optional package tinypool, which this install left out: install it (npm install tinypool) or give --jobs 0')
  }
}

function formatFor(given: string | undefined, output: string | undefined): Format {
  const chosen = oneOf(given, FORMATS, 'format')
  if (chosen) return chosen
  const ext = output ? extname(output).toLowerCase() : ''
  if (ext === '.html' || ext === '.htm') return 'html'
  if (ext === '.csv') return 'csv'
  return 'json'
}

/** Files in all, counted before checking so the progress bar can show a share. */
function countFiles(paths: readonly string[]): number {
  let n = 0
  for (const walked of walkInputs(paths)) if ('file' in walked) n++
  return n
}

/**
 * Run `heed report`.
 *
 * @param args Arguments after `report`.
 * @param io Output streams.
 * @returns The exit status: 2 when any file could not be read, else 1 when any finding reaches `--fail-on`, else 0.
 */
export async function reportCommand(args: string[], io: ReportIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      'include-quotes': { type: 'boolean', default: false },
      jobs: { type: 'string' },
      kind: { type: 'string' },
      'letter-type': { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      syntax: { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean', default: false },
      'max-size': { type: 'string' },
    },
  })
  const format = formatFor(values.format, values.output)
  const kind = oneOf<DocumentKind>(values.kind, DOCUMENT_KINDS, 'kind')
  const letterType = oneOf<LetterType>(values['letter-type'], LETTER_TYPES, 'letter-type')
  const failOn = oneOf<Severity>(values['fail-on'], SEVERITIES, 'fail-on')!
  const syntax = oneOf<InputFormat>(values.syntax, ['markdown', 'text'] as const, 'syntax')
  const maxBytes = maxSizeBytes(values['max-size'])
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs must be a whole number of worker threads, 0 to check in this thread (got "${values.jobs}")`)
  if (positionals.length === 0) throw new UsageError('report needs one or more files or folders')
  if (positionals.includes('-')) throw new UsageError('report reads files and folders, not standard input')
  // A broken --config is bad usage, found before any work.
  if (values.config !== undefined) await loadConfigFile(values.config)
  // Refuse to overwrite before checking anything, not after.
  let output: SafeFileWriter | undefined
  try {
    output = values.output === undefined ? undefined : openFileSafely(values.output, values.force)
  } catch (error) {
    if (error instanceof WouldOverwriteError) throw new UsageError(error.message)
    throw new UsageError(`${values.output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }

  const base: Omit<CheckTask, 'path'> = {
    maxBytes, syntax, kind, letterType, config: values.config, noConfig: values['no-config'], includeQuotes: values['include-quotes'],
  }
  const filename = jobs > 0 ? workerFile() : undefined
  const pool = filename ? new (await loadTinypool())({ filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 }) : undefined
  const check = (task: CheckTask): Promise<ReportEntry> => (pool ? pool.run(task) as Promise<ReportEntry> : checkFile(task))
  const progress = io.stderrIsTTY ? new ProgressBar(io.stderr, countFiles(positionals)) : undefined
  const spool = new Spool()
  const totals = new TotalsBuilder()
  let failing = false
  try {
    // A window of files in flight, taken in order so the report lists them as given.
    const window: Array<Promise<ReportEntry>> = []
    const limit = Math.max(1, jobs) * 8
    let done = 0
    const take = async () => {
      const entry = await window.shift()!
      spool.add(entry)
      totals.add(entry)
      if (!('error' in entry) && SEVERITIES.some((s) => entry.severity[s] > 0 && atLeast(s, failOn))) failing = true
      progress?.update(++done)
    }
    for (const walked of walkInputs(positionals)) {
      window.push('file' in walked ? check({ ...base, path: walked.file }) : Promise.resolve({ path: walked.path, error: walked.error }))
      if (window.length >= limit) await take()
    }
    while (window.length > 0) await take()
    progress?.update(done, true)
    progress?.end()

    const result = totals.result()
    const entries = () => spool.entries()
    const pieces = format === 'json' ? renderJson(result, entries)
      : format === 'csv' ? renderCsv(entries())
      : renderHtml(result, entries, { version, date: new Date(), includeQuotes: values['include-quotes'] })
    let buffer = ''
    for await (const piece of pieces) {
      buffer += piece
      if (buffer.length < 65_536) continue
      if (output) output.write(buffer)
      else {
        io.stdout(buffer)
        await io.drain?.()
      }
      buffer = ''
    }
    if (output) output.write(buffer)
    else io.stdout(buffer)
    output?.commit()
    if (result.unreadable > 0) {
      io.stderr(`heed: ${result.unreadable} file${result.unreadable === 1 ? '' : 's'} could not be read; the report lists ${result.unreadable === 1 ? 'it' : 'them'} with the reason\n`)
      return 2
    }
    return failing ? 1 : 0
  } catch (error) {
    output?.abort()
    throw error
  } finally {
    spool.dispose()
    await pool?.destroy()
  }
}
