/**
 * One serialised message per finding, as DESIGN.md's CLI contract fixes it:
 * the shape every reporter starts from.
 */
import type { VFile } from 'vfile'
import type { HeedFileData, Severity } from '../index.js'

export interface SerialMessage {
  ruleId: string
  source: string
  reason: string
  category: string
  severity: Severity
  line: number
  column: number
  endLine: number
  endColumn: number
  actual: string
  /** Drop-in replacements only; may be empty. */
  expected: string[]
  /** One plain sentence saying what to do. */
  advice: string
  /** phrase, sentence, paragraph or document. */
  scope: string
  note: string
  url: string
  /** An edit that fixes it: replace the source offsets `range` with `text`. */
  fix?: { range: [number, number]; text: string }
  /** In a Word document: the paragraph it is in, counting paragraphs with text from 1. */
  paragraph?: number
}

/** A checked file: its display path, its messages, and what heed took it for. */
export interface FileResult {
  path: string
  messages: SerialMessage[]
  heed?: HeedFileData
}

/**
 * Serialise a linted file.
 *
 * @param file The file from `lint`.
 * @param path The path to show.
 * @returns The file's result.
 */
export function toResult(file: VFile, path: string): FileResult {
  const messages = file.messages.map((message) => {
    const extra = message as unknown as Partial<SerialMessage>
    return {
      ruleId: message.ruleId ?? 'heed',
      source: message.source ?? 'heed',
      reason: message.reason,
      category: extra.category ?? (message.ruleId ?? 'heed').split('/')[0]!,
      severity: extra.severity ?? (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'),
      line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? 1),
      column: message.place && 'start' in message.place ? message.place.start.column : (message.column ?? 1),
      endLine: message.place && 'end' in message.place ? message.place.end.line : (message.line ?? 1),
      endColumn: message.place && 'end' in message.place ? message.place.end.column : (message.column ?? 1),
      actual: extra.actual ?? '',
      expected: extra.expected ?? [],
      advice: extra.advice ?? '',
      scope: extra.scope ?? 'phrase',
      note: extra.note ?? '',
      url: extra.url ?? '',
      ...(extra.fix ? { fix: extra.fix } : {}),
    }
  })
  return { path, messages, heed: file.data.heed }
}

/**
 * Say which paragraph of a Word document each message is in, which is how a
 * Word user finds it (Word shows no line numbers).
 *
 * @param result The file's result, positioned in the document's checked text.
 * @param paragraphLines The line of that text each paragraph starts on, in order.
 * @returns The result with `paragraph` on each message.
 */
export function withParagraphs(result: FileResult, paragraphLines: readonly number[]): FileResult {
  const paragraphOf = (line: number) => {
    let found = 0
    while (found < paragraphLines.length && paragraphLines[found]! <= line) found++
    return Math.max(1, found)
  }
  return { ...result, messages: result.messages.map((message) => ({ ...message, paragraph: paragraphOf(message.line) })) }
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

/** Whether a severity is at or above a threshold. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold]
}
