/**
 * The files a report covers, one at a time: named files as given, and folders
 * searched in name order for text and Word documents. Only one folder's names
 * are held at once, so a tree of any size is walked in constant memory.
 */
import { readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'

const REPORTED = new Set(['.md', '.markdown', '.txt', '.text', '.docx'])

/** A path to check, or a path given that cannot be walked. */
export type Walked = { file: string } | { path: string; error: string }

function* walkFolder(folder: string): Generator<Walked> {
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch (error) {
    yield { path: folder, error: `cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    // Hidden files include Word's own lock files (~$ and .~lock), which are not letters.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* walkFolder(path)
    else if (entry.isFile() && REPORTED.has(extname(entry.name).toLowerCase())) yield { file: path }
  }
}

/**
 * Walk the paths given to `heed report`.
 *
 * @param paths Files and folders.
 * @returns Each file to check, in order; a missing path or an empty folder as an error entry.
 */
export function* walkInputs(paths: readonly string[]): Generator<Walked> {
  for (const path of paths) {
    let isFolder = false
    try {
      isFolder = statSync(path).isDirectory()
    } catch {
      // A missing file is reported when it is read, with the reason.
    }
    if (!isFolder) {
      yield { file: path }
      continue
    }
    let found = false
    for (const walked of walkFolder(path)) {
      found = true
      yield walked
    }
    if (!found) yield { path, error: 'folder has no .md, .markdown, .txt or .docx files' }
  }
}
