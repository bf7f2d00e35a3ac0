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

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

/** Whether a severity is at or above a threshold. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold]
}
