/**
 * Check one file for a report, as `heed check` would (same reading, same
 * configuration lookup, same `lint`), and keep only its entry. Runs inside a
 * worker thread; also callable directly.
 */
import { lint } from '../../core/lint.js'
import type { DocumentKind, InputFormat, LetterType } from '../../core/model/types.js'
import { ConfigFileError, findConfigFile, loadConfigFile } from '../../node/config-file.js'
import { toResult } from '../messages.js'
import { readFileInput } from '../read-input.js'
import { toEntry } from './entry.js'
import type { ReportEntry } from './entry.js'

/** What a worker is asked to do for one file. */
export interface CheckTask {
  path: string
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

/**
 * Read, check and summarise one file.
 *
 * @param task The file and the options.
 * @returns Its entry, or the reason it could not be read or checked.
 */
export async function checkFile(task: CheckTask): Promise<ReportEntry> {
  const input = await readFileInput(task.path, { maxBytes: task.maxBytes, syntax: task.syntax })
  if (!('text' in input)) return { path: task.path, error: input.reason }
  try {
    const found = task.config ?? (task.noConfig ? undefined : findConfigFile(input.folder))
    const config = found ? await loadConfigFile(found) : undefined
    const file = await lint(input.text, { kind: task.kind, letterType: task.letterType, format: input.format, config, path: input.path })
    return toEntry(toResult(file, input.path), task.includeQuotes)
  } catch (error) {
    if (error instanceof ConfigFileError) return { path: task.path, error: error.message }
    // A front matter value heed does not know (letter-type: "foo") is the file's problem, not the run's.
    // The value itself is left out: the report promises no words of the letters.
    const reason = (error as Error).message.split('\n')[0]!.replace(/^heed: /, '').replace(/ \(got [^]*\)$/, '')
    return { path: task.path, error: `could not be checked: ${reason}` }
  }
}
