/**
 * `heed report PATH...`: checks every file as `heed check` does, across worker
 * threads, and writes one scrutiny report (HTML, JSON or CSV) over the set.
 * Entries are added up as they arrive and kept in a temporary file, so memory
 * stays bounded for folders of any size. A file that cannot be read is listed in
 * the report, not fatal.
 */
import { existsSync, statSync } from 'node:fs'
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
import { checkBatch, summarise } from './check-file.js'
import type { BatchResult, CheckOptions } from './check-file.js'
import { renderCsv } from './format-csv.js'
import { renderHtml } from './format-html.js'
import { renderJson } from './format-json.js'
import { ProgressBar } from './progress.js'
import { Spool } from './spool.js'
import { TotalsBuilder } from './totals.js'
import type { TotalsState } from './totals.js'
import { walkInputs } from './walk.js'

export interface ReportIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether standard error is a terminal: the progress bar is drawn only then. */
  stderrIsTTY?: boolean
  /** Resolves once stdout has taken what was written. */
  drain?: () => Promise<void>
}

/** Files sent to a worker at a time: fewer round trips between threads, yet an even share at the end. */
const BATCH_FILES = 16
/** A batch ends early once its files come to this many bytes. */
const BATCH_BYTES = 256 * 1024

/**
 * The ceiling on a worker's old heap, in MB. Below 2 GB, V8 lets a heap grow by less before it
 * collects (about 1.4 times what is live at 512 MB, against 4 times with no ceiling), so a worker
 * settles near its working size instead of growing for thousands of files. A 10 MB file needs
 * well under this; the ceiling rises with --max-size. A file that needs more stops its worker
 * and is listed as not checked, and the run goes on.
 */
const workerHeapMb = (maxBytes: number) => Math.max(512, Math.ceil((maxBytes / 1048576) * 48))

/**
 * A worker's young generation, in MB, when a long document is named on the command line. A long
 * document is checked in pieces, and with V8's default young generation each piece lived just
 * long enough to be moved into the old one: under the ceiling above, a 10 MB file filled it and
 * was fully collected 166 times, and took twice the CPU time `heed check` takes. With this
 * young generation a piece dies young (2 full collections) and the run takes half the time.
 * Folders keep the default: their letters are small, and this would cost about 30 MB a worker.
 */
const LONG_DOCUMENT_YOUNG_MB = 96
/** A file this large is a long document (it is checked in many pieces). */
const LONG_DOCUMENT_BYTES = 1024 * 1024

/** Whether one of the paths given is a file long enough to be checked in many pieces. */
function namesLongDocument(paths: readonly string[]): boolean {
  return paths.some((path) => {
    const stats = statSync(path, { throwIfNoEntry: false })
    return stats !== undefined && stats.isFile() && stats.size >= LONG_DOCUMENT_BYTES
  })
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
    throw new UsageError(
      'report checks files in worker threads with the optional package tinypool, which this install left out: install it (npm install tinypool) or give --jobs 0',
    )
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

/** The reason a worker gave up on a file, in one line that quotes none of it. */
function workerFailure(error: Error): string {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return 'could not be checked: it needs more memory than a worker thread has'
  return `could not be checked: ${error.message.split('\n')[0]}`
}

function mergeStates(states: TotalsState[]): TotalsState {
  const totals = new TotalsBuilder()
  for (const state of states) totals.merge(state)
  return totals.state()
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
  if (!Number.isInteger(jobs) || jobs < 0)
    throw new UsageError(`--jobs must be a whole number of worker threads, 0 to check in this thread (got "${values.jobs}")`)
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

  const options: CheckOptions = {
    maxBytes,
    syntax,
    kind,
    letterType,
    config: values.config,
    noConfig: values['no-config'],
    includeQuotes: values['include-quotes'],
  }
  const filename = jobs > 0 ? workerFile() : undefined
  // Without Atomics, a worker waits for its next batch in its event loop, where V8 runs the
  // garbage collector's own tasks (finishing a marking, giving back pages). Waiting in
  // Atomics.wait, as tinypool does by default, it never reaches its event loop while the pool is
  // busy, and those tasks wait until the run ends. The cost is one event-loop turn a batch.
  const pool = filename
    ? new (await loadTinypool())({
        filename,
        minThreads: jobs,
        maxThreads: jobs,
        idleTimeout: 1000,
        useAtomics: false,
        resourceLimits: {
          maxOldGenerationSizeMb: workerHeapMb(maxBytes),
          ...(namesLongDocument(positionals) ? { maxYoungGenerationSizeMb: LONG_DOCUMENT_YOUNG_MB } : {}),
        },
      })
    : undefined
  const check = (paths: string[]): Promise<BatchResult> => {
    if (!pool) return checkBatch({ ...options, paths })
    return (pool.run({ ...options, paths }) as Promise<BatchResult>).catch((error) => retryAlone(paths, error as Error))
  }
  // A worker that dies (out of memory, say) takes its batch with it: check those files again
  // one at a time, so that only the file that killed it is listed as not checked.
  const retryAlone = async (paths: string[], error: Error): Promise<BatchResult> => {
    if (paths.length === 1) return summarise([{ path: paths[0]!, error: workerFailure(error) }])
    const results = await Promise.all(paths.map((path) => check([path])))
    return { lines: results.map((r) => r.lines).join(''), totals: mergeStates(results.map((r) => r.totals)) }
  }
  const progress = io.stderrIsTTY ? new ProgressBar(io.stderr, countFiles(positionals)) : undefined
  const spool = new Spool()
  const totals = new TotalsBuilder()
  try {
    // A window of batches in flight, taken in order so the report lists files as given.
    // A worker waits for this thread between batches, not between files.
    const window: Array<{ files: number; result: Promise<BatchResult> }> = []
    const limit = Math.max(1, jobs) * 3
    let done = 0
    const take = async () => {
      const { files, result } = window.shift()!
      const batch = await result
      spool.write(batch.lines)
      totals.merge(batch.totals)
      progress?.update((done += files))
    }
    const push = async (files: number, result: Promise<BatchResult>) => {
      window.push({ files, result })
      if (window.length >= limit) await take()
    }
    let batch: string[] = []
    let bytes = 0
    const send = async () => {
      if (batch.length > 0) await push(batch.length, check(batch))
      batch = []
      bytes = 0
    }
    for (const walked of walkInputs(positionals)) {
      if (!('file' in walked)) {
        await send()
        await push(1, Promise.resolve(summarise([{ path: walked.path, error: walked.error }])))
        continue
      }
      batch.push(walked.file)
      bytes += statSync(walked.file, { throwIfNoEntry: false })?.size ?? 0
      // Small files go together; a large one makes its batch short, so large files spread across the workers.
      if (batch.length >= BATCH_FILES || bytes >= BATCH_BYTES) await send()
    }
    await send()
    while (window.length > 0) await take()
    // The workers' heaps are freed before the report is written, not held while it is.
    await pool?.destroy()
    progress?.update(done, true)
    progress?.end()

    const result = totals.result()
    const entries = () => spool.entries()
    const pieces =
      format === 'json'
        ? renderJson(result, entries)
        : format === 'csv'
          ? renderCsv(entries())
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
    // Some file has a finding at --fail-on or above exactly when the totals count one.
    const failing = SEVERITIES.some((severity) => result.severity[severity] > 0 && atLeast(severity, failOn))
    if (result.unreadable > 0) {
      io.stderr(
        `heed: ${result.unreadable} file${result.unreadable === 1 ? '' : 's'} could not be read; the report lists ${result.unreadable === 1 ? 'it' : 'them'} with the reason\n`,
      )
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
