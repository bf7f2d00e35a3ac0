/**
 * Check files for a report, as `heed check` would (same reading, same
 * configuration lookup, same `lint`), and keep only their entries. Runs inside
 * a worker thread; also callable directly.
 *
 * Files go to a worker in batches, and a batch comes back as its entries'
 * JSON lines and their totals, so the main thread only writes text and adds
 * up a few counts: it never parses, summarises or serialises an entry.
 */
import { lint } from '../../core/lint.js'
import type { DocumentKind, InputFormat, LetterType } from '../../core/model/types.js'
import { ConfigFileError, findConfigFile, loadConfigFile } from '../../node/config-file.js'
import { toResult } from '../messages.js'
import { readFileInput } from '../read-input.js'
import { toEntry } from './entry.js'
import type { ReportEntry } from './entry.js'
import { TotalsBuilder } from './totals.js'
import type { TotalsState } from './totals.js'

/** The options every file of a run is checked with. */
export interface CheckOptions {
  maxBytes: number
  syntax?: InputFormat
  kind?: DocumentKind
  letterType?: LetterType
  /** `--config FILE`: used for every file. */
  config?: string
  /** `--no-config`. */
  noConfig: boolean
  includeQuotes: boolean
}

/** What a worker is asked to do for one file. */
export interface CheckTask extends CheckOptions {
  path: string
}

/** What a worker is asked to do for a batch of files. */
export interface CheckBatch extends CheckOptions {
  paths: string[]
}

/** A batch's entries, ready for the spool, and their totals. */
export interface BatchResult {
  /** One JSON line per entry, in the order of the paths. */
  lines: string
  totals: TotalsState
}

/**
 * Read, check and summarise one file.
 *
 * @param task The file and the options.
 * @param findConfig Finds the configuration file that governs a folder.
 * @returns Its entry, or the reason it could not be read or checked.
 */
export async function checkFile(task: CheckTask, findConfig: (folder: string) => string | undefined = findConfigFile): Promise<ReportEntry> {
  const input = await readFileInput(task.path, { maxBytes: task.maxBytes, syntax: task.syntax })
  if (!('text' in input)) return { path: task.path, error: input.reason }
  try {
    const found = task.config ?? (task.noConfig ? undefined : findConfig(input.folder))
    const config = found ? await loadConfigFile(found) : undefined
    const file = await lint(input.text, { kind: task.kind, letterType: task.letterType, format: input.format, config, path: input.path })
    return toEntry(toResult(file, input.path), task.includeQuotes)
  } catch (error) {
    if (error instanceof ConfigFileError) return { path: task.path, error: error.message }
    // A front matter value heed does not know (letter-type: "foo") is the file's problem, not the run's.
    // The value itself is left out: the report promises no words of the letters.
    const reason = (error as Error).message
      .split('\n')[0]!
      .replace(/^heed: /, '')
      .replace(/ \(got [^]*\)$/, '')
    return { path: task.path, error: `could not be checked: ${reason}` }
  }
}

/**
 * @param entries Entries, in order.
 * @returns Their JSON lines and totals.
 */
export function summarise(entries: Iterable<ReportEntry>): BatchResult {
  const totals = new TotalsBuilder()
  let lines = ''
  for (const entry of entries) {
    lines += JSON.stringify(entry) + '\n'
    totals.add(entry)
  }
  return { lines, totals: totals.state() }
}

/**
 * Check a batch of files, one after another.
 *
 * @param batch The files and the options.
 * @returns Their entries as JSON lines, and their totals.
 */
export async function checkBatch(batch: CheckBatch): Promise<BatchResult> {
  const { paths, ...options } = batch
  // Files of a batch mostly share a folder: look its configuration up once, not once a file.
  // Kept for one batch only, so a .heedrc made between runs is always seen.
  const configs = new Map<string, string | undefined>()
  const findConfig = (folder: string) => {
    if (!configs.has(folder)) configs.set(folder, findConfigFile(folder))
    return configs.get(folder)
  }
  const entries: ReportEntry[] = []
  for (const path of paths) entries.push(await checkFile({ ...options, path }, findConfig))
  return summarise(entries)
}
