/**
 * Turns the paths given to `heed check` into documents: files, folders
 * (searched for .md, .markdown and .txt), Word documents (.docx, named one by
 * one) and `-` for standard input. A file that cannot be read as text gives a
 * one-line reason and is skipped; the rest go on.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { InputFormat } from '../index.js'
import { UsageError } from './usage.js'

export interface InputDocument {
  /** The path to show. */
  path: string
  /** The folder its configuration is looked up from. */
  folder: string
  text: string
  format: InputFormat
  /** A Word document: the line of `text` each of its paragraphs starts on. */
  paragraphLines?: number[]
}

export interface InputProblem {
  path: string
  reason: string
}

const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.text'])
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown'])

/** The largest file checked, in bytes, unless `--max-size` says otherwise. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/**
 * The `--max-size` option in bytes: the default when it is not given.
 *
 * @param value The option as typed, in megabytes.
 * @returns Bytes; throws a usage error naming the option when it is not a positive number.
 */
export function maxSizeBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES
  const mb = Number(value)
  if (!(mb > 0)) throw new UsageError(`--max-size must be a number of megabytes above 0 (got "${value}")`)
  return mb * 1024 * 1024
}

/**
 * Decode bytes as UTF-8 text, refusing binary and malformed input.
 *
 * @param bytes The raw file.
 * @returns The text (a byte order mark is dropped), or a reason.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.includes(0)) return { reason: 'looks like a binary file, not text' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { reason: 'is not valid UTF-8 text (save it as UTF-8 and try again)' }
  }
}

function formatOf(path: string): InputFormat {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? 'markdown' : 'text'
}

function listFolder(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...listFolder(path))
    else if (entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path)
  }
  return found
}

function readBytes(path: string, maxBytes: number): Buffer | InputProblem {
  try {
    const size = statSync(path).size
    if (size > maxBytes) {
      return { path, reason: `is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (raise it with --max-size)` }
    }
    return readFileSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`
    return { path, reason }
  }
}

function readOne(path: string, maxBytes: number, forced?: InputFormat): InputDocument | InputProblem {
  const bytes = readBytes(path, maxBytes)
  if (!Buffer.isBuffer(bytes)) return bytes
  const decoded = decodeText(bytes)
  if ('reason' in decoded) return { path, reason: decoded.reason }
  return { path, folder: join(path, '..'), text: decoded.text, format: forced ?? formatOf(path) }
}

/** A Word document's paragraphs as plain text; positions are lines of that text, and paragraphs. */
async function readWordDocument(path: string, maxBytes: number): Promise<InputDocument | InputProblem> {
  const bytes = readBytes(path, maxBytes)
  if (!Buffer.isBuffer(bytes)) return bytes
  // Loaded only when a Word document is given, so checking text files stays quick to start.
  const { readWordText, DocxError } = await import('../docx/annotate.js')
  try {
    const { text, paragraphs } = readWordText(bytes)
    const paragraphLines = paragraphs.map((paragraph) => text.slice(0, paragraph.start).split('\n').length)
    return { path, folder: join(path, '..'), text, format: 'text', paragraphLines }
  } catch (error) {
    if (error instanceof DocxError) return { path, reason: error.message }
    throw error
  }
}

/**
 * Read one named file: a Word document by its extension, else text.
 *
 * @param path The file.
 * @param options Size limit and a forced input syntax.
 * @returns The document, or a one-line reason it cannot be read.
 */
export async function readFileInput(path: string, options: { maxBytes: number; syntax?: InputFormat }): Promise<InputDocument | InputProblem> {
  return extname(path).toLowerCase() === '.docx' ? readWordDocument(path, options.maxBytes) : readOne(path, options.maxBytes, options.syntax)
}

/**
 * Read every input.
 *
 * @param paths Paths as given; `-` is standard input.
 * @param readStdin Reads standard input as bytes.
 * @param options Size limit and a forced input syntax.
 * @returns Documents and problems, in the order given.
 */
export async function readInputs(
  paths: readonly string[],
  readStdin: () => Promise<Uint8Array>,
  options: { maxBytes: number; syntax?: InputFormat },
): Promise<Array<InputDocument | InputProblem>> {
  const out: Array<InputDocument | InputProblem> = []
  for (const path of paths) {
    if (path === '-') {
      const bytes = await readStdin()
      if (bytes.length > options.maxBytes) {
        out.push({ path: '<stdin>', reason: `is over the ${(options.maxBytes / 1048576).toFixed(1)} MB limit (raise it with --max-size)` })
        continue
      }
      const decoded = decodeText(bytes)
      out.push(
        'reason' in decoded
          ? { path: '<stdin>', reason: decoded.reason }
          : { path: '<stdin>', folder: process.cwd(), text: decoded.text, format: options.syntax ?? 'text' },
      )
      continue
    }
    let isFolder = false
    try {
      isFolder = statSync(path).isDirectory()
    } catch {
      // Reported by readOne with the right reason.
    }
    if (isFolder) {
      const files = listFolder(path)
      if (files.length === 0) out.push({ path, reason: 'folder has no .md, .markdown or .txt files' })
      for (const file of files) out.push(readOne(file, options.maxBytes, options.syntax))
    } else if (extname(path).toLowerCase() === '.docx') {
      out.push(await readWordDocument(path, options.maxBytes))
    } else {
      out.push(readOne(path, options.maxBytes, options.syntax))
    }
  }
  return out
}
