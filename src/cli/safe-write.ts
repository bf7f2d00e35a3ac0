/**
 * Writes a file without ever losing what was there: the new content goes to a
 * temporary file beside it and is renamed into place only once complete, and
 * an existing file is overwritten only when the user says so.
 */
import { closeSync, existsSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
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

/** A file being written a piece at a time: it appears under its name only when complete. */
export interface SafeFileWriter {
  write(text: string): void
  /** Move the finished file into place. */
  commit(): void
  /** Remove the unfinished file; what was there stays. */
  abort(): void
}

/**
 * Start writing a file safely, a piece at a time.
 *
 * @param path Where the finished file goes.
 * @param overwrite Replace an existing file (`--force`).
 * @returns The writer; throws {@link WouldOverwriteError} when the file exists and overwrite is false.
 */
export function openFileSafely(path: string, overwrite: boolean): SafeFileWriter {
  if (!overwrite && existsSync(path)) throw new WouldOverwriteError(`${path}: already exists (add --force to replace it)`)
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const fd = openSync(temporary, 'w')
  let open = true
  const close = () => {
    if (open) closeSync(fd)
    open = false
  }
  return {
    write: (text) => void writeSync(fd, text),
    commit: () => {
      close()
      renameSync(temporary, path)
    },
    abort: () => {
      close()
      rmSync(temporary, { force: true })
    },
  }
}
