/**
 * `annotate`: a copy of the user's own Word document with heed's findings as
 * Word comments on the flagged words, missing parts as comments on the
 * paragraph they belong beside, and (if asked) each first drop-in replacement
 * as a tracked change. Bytes in, bytes out, no Node APIs: the CLI and the web
 * page share it. Only the main document part (where comments are anchored),
 * the comments part, and the relationships and content types that name it change.
 */
import type { VFile } from 'vfile'
import { lint } from '../core/lint.js'
import type { LintOptions } from '../core/model/types.js'
import { commentParts, highestId } from './comment-parts.js'
import type { CommentContent } from './comment-parts.js'
import { commentParagraphs } from './comment-text.js'
import type { CommentedMessage } from './comment-text.js'
import { paragraphAt, readDocumentText } from './document-text.js'
import type { DocumentText, DocxParagraph } from './document-text.js'
import { canReplace, markRuns } from './mark-runs.js'
import type { CommentMark } from './mark-runs.js'
import { DocxError, openPackage, packPackage, partText } from './package.js'
import type { WordPackage } from './package.js'
import { existingCommentsPart } from './comment-parts.js'
import { XmlError } from './xml.js'

export { DocxError } from './package.js'

/** The author of heed's comments and revisions. */
export const AUTHOR = 'heed'

export interface AnnotateOptions {
  /** Passed to `lint`: kind, letter type, configuration. The format is always plain text. */
  lint?: Omit<LintOptions, 'format'>
  /** Put each first drop-in replacement in as a tracked change. */
  trackChanges?: boolean
  /** When the comments and revisions were made, ISO 8601 without fractions; left out when not given. */
  date?: string
}

/** Where a comment went. */
export interface PlacedComment {
  id: number
  message: CommentedMessage
  /** The checked text's offsets the comment encloses. */
  start: number
  end: number
  /** Inline on the flagged words, or on a whole paragraph (a missing part, or a finding about the paragraph). */
  anchor: 'words' | 'paragraph'
  /** Whether its replacement went in as a tracked change. */
  tracked: boolean
}

export interface AnnotateResult {
  /** The annotated .docx. */
  bytes: Uint8Array<ArrayBuffer>
  /** The findings, as `lint` gives them, positioned in `text`. */
  file: VFile
  text: string
  paragraphs: DocxParagraph[]
  comments: PlacedComment[]
  /** Names of the parts that changed or were added. */
  changedParts: string[]
}

/** A Word document's checked text and paragraphs. */
export interface WordText {
  text: string
  paragraphs: DocxParagraph[]
}

function readDocument(bytes: Uint8Array): { pkg: WordPackage; doc: DocumentText } {
  const pkg = openPackage(bytes)
  try {
    return { pkg, doc: readDocumentText(partText(pkg, pkg.documentPath)!) }
  } catch (error) {
    if (error instanceof XmlError || error instanceof TypeError) {
      throw new DocxError('is damaged: its main document cannot be read; open it in Word and save it again')
    }
    throw error
  }
}

/**
 * The text heed checks in a Word document, for `heed check`.
 *
 * @param bytes The .docx file.
 * @returns Its paragraphs as text; throws {@link DocxError} when it cannot be read.
 */
export function readWordText(bytes: Uint8Array): WordText {
  const { doc } = readDocument(bytes)
  return { text: doc.text, paragraphs: doc.paragraphs }
}

/** A finding's fields that a comment needs, from a vfile message. */
function toCommented(message: VFile['messages'][number]): CommentedMessage {
  const extra = message as unknown as Partial<CommentedMessage>
  return {
    ruleId: message.ruleId ?? 'heed',
    severity: extra.severity ?? 'warning',
    reason: message.reason,
    actual: extra.actual ?? '',
    expected: extra.expected ?? [],
    advice: extra.advice ?? '',
    note: extra.note ?? '',
    url: extra.url ?? '',
    ...(extra.fix ? { fix: extra.fix } : {}),
  }
}

/** The characters a comment encloses: the flagged words, or a paragraph. */
function anchorOf(doc: DocumentText, message: VFile['messages'][number], commented: CommentedMessage) {
  const whole = (paragraph: DocxParagraph | undefined, insert?: 'before' | 'after') =>
    paragraph ? { start: paragraph.start, end: paragraph.end, anchor: 'paragraph' as const, insert } : undefined
  if (commented.fix) {
    const [at] = commented.fix.range
    // A paragraph to add before the sign-off starts with the paragraph; one after the opening, with a blank line.
    // Either way the comment goes on the paragraph the insertion point is in or ends.
    const insert = !commented.fix.text.startsWith('\n') && commented.fix.text.endsWith('\n') ? 'before' : 'after'
    return whole(paragraphAt(doc.paragraphs, at) ?? doc.paragraphs[0], insert)
  }
  let start = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0
  let end = message.place && 'end' in message.place ? (message.place.end.offset ?? start) : start
  while (start < end && doc.origins[start] === undefined) start++
  while (end > start && doc.origins[end - 1] === undefined) end--
  // A finding with no flagged words is about a stretch of the document (its balance, say): it goes on the paragraph where that starts.
  if (end > start && commented.actual !== '') return { start, end, anchor: 'words' as const, insert: undefined }
  return whole(paragraphAt(doc.paragraphs, start) ?? doc.paragraphs[0])
}

/**
 * Annotate a Word document with heed's findings.
 *
 * @param bytes The .docx file.
 * @param options Lint options, tracked changes and the time to stamp.
 * @returns The new file and what went into it; throws {@link DocxError} when the input cannot be read.
 */
export async function annotateDocx(bytes: Uint8Array, options: AnnotateOptions = {}): Promise<AnnotateResult> {
  const { pkg, doc } = readDocument(bytes)
  const file = await lint(doc.text, { ...options.lint, format: 'text' })
  const existing = existingCommentsPart(pkg)
  let nextId = highestId(doc.xml, existing ? partText(pkg, existing) : undefined) + 1
  const ids = () => nextId++

  const placed: PlacedComment[] = []
  const marks: CommentMark[] = []
  const contents: CommentContent[] = []
  const replaced: Array<[number, number]> = []
  for (const message of file.messages) {
    const commented = toCommented(message)
    const anchor = anchorOf(doc, message, commented)
    // A document with no text has nowhere to hold a comment.
    if (!anchor) continue
    const replacement = commented.expected[0]
    const tracked =
      Boolean(options.trackChanges) &&
      anchor.anchor === 'words' &&
      !commented.fix &&
      Boolean(replacement) &&
      commented.actual !== '' &&
      !replaced.some(([a, b]) => a < anchor.end && anchor.start < b) &&
      canReplace(doc, anchor.start, anchor.end)
    const id = ids()
    if (tracked) replaced.push([anchor.start, anchor.end])
    marks.push({ start: anchor.start, end: anchor.end, id, ...(tracked ? { replacement: { text: replacement!, ids } } : {}) })
    contents.push({ id, author: AUTHOR, initials: AUTHOR, date: options.date, paragraphs: commentParagraphs(commented, { insert: anchor.insert, tracked }) })
    placed.push({ id, message: commented, start: anchor.start, end: anchor.end, anchor: anchor.anchor, tracked })
  }

  const changed = contents.length === 0 ? new Map<string, string>() : commentParts(pkg, doc, contents)
  if (marks.length > 0) changed.set(pkg.documentPath, markRuns(doc, marks, { author: AUTHOR, date: options.date }))
  return {
    bytes: packPackage(pkg, changed),
    file,
    text: doc.text,
    paragraphs: doc.paragraphs,
    comments: placed,
    changedParts: [...changed.keys()],
  }
}
