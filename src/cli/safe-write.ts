/**
 * Writes a file without ever losing what was there: the new content goes to a
 * temporary file beside it and is renamed into place only once complete, and
 * an existing file is overwritten only when the user says so.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Refused: the file exists and overwriting was not asked for. */
export class WouldOverwriteError extends Error {
  override name = 'WouldOverwriteError'
}

/**
 * Write a file safely.
 *
 * @param path Where to write.
 * @param content The bytes or text.
 * @param overwrite Replace an existing file (`--force`).
 */
export function writeFileSafely(path: string, content: string | Uint8Array, overwrite: boolean): void {
  if (!overwrite && existsSync(path)) throw new WouldOverwriteError(`${path}: already exists (add --force to replace it)`)
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
