/**
 * `--format json`: an array, one object per file, as DESIGN.md's CLI contract says.
 */
import type { FileResult } from '../messages.js'

/** @param results Checked files. @returns The JSON text. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results, null, 2) + '\n'
}
