/**
 * Reads an annotated corpus in the format of tests/fixtures/held-out: front
 * matter with `kind`, `letter-type` and `expect-missing`, then the text with
 * inline `⟦category:words⟧` spans. Shared by the scorer and the trainer of the
 * weighing model.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { DocumentKind, LetterType } from '../src/index.js'

const MARK = /⟦([?\w-]+):([\s\S]*?)⟧/g

/** One annotated span, with offsets into the text without its markers. */
export interface Span {
  category: string
  start: number
  end: number
  text: string
}

/** One annotated document. */
export interface Annotated {
  meta: { kind: DocumentKind; 'letter-type': LetterType | undefined; 'expect-missing': string[] | null }
  text: string
  spans: Span[]
}

/**
 * The Markdown files of each folder given (README.md aside), or the file itself.
 *
 * @param paths Folders or files.
 * @returns File paths, sorted within each folder.
 */
export function annotatedFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.md') && f !== 'README.md')
          .sort()
          .map((f) => join(path, f))
      : [path],
  )
}

/**
 * Read one annotated document.
 *
 * @param file Its path.
 * @returns Its front matter, its text without markers, and its spans.
 */
export function readAnnotated(file: string): Annotated {
  const raw = readFileSync(file, 'utf8')
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(raw)
  if (!match) throw new Error(`${file}: no front matter`)
  // One `key: value` a line, as the corpus writes it (a `notes` line may hold colons).
  const fields = new Map(
    match[1]!
      .split('\n')
      .map((line) => /^([\w-]+):\s*(.*?)\s*$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  )
  const meta = {
    kind: fields.get('kind') as DocumentKind,
    'letter-type': (fields.get('letter-type') || undefined) as LetterType | undefined,
    'expect-missing': parse(fields.get('expect-missing') ?? '[]') as string[] | null,
  }
  const body = raw.slice(match[0].length)
  const spans: Span[] = []
  let text = ''
  let last = 0
  for (const m of body.matchAll(MARK)) {
    text += body.slice(last, m.index)
    spans.push({ category: m[1]!, start: text.length, end: text.length + m[2]!.length, text: m[2]! })
    text += m[2]
    last = m.index! + m[0].length
  }
  return { meta, text: text + body.slice(last), spans }
}
