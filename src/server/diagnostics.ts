/**
 * heed's messages as LSP diagnostics: the rule id as `code`, its docs as
 * `codeDescription`, and what a quick fix needs in `data`, so code actions
 * never lint again (as vale-ls and the spell checker do).
 */
import type { VFile } from 'vfile'
import type { Diagnostic } from 'vscode-languageserver'
import { DiagnosticSeverity } from 'vscode-languageserver'
import type { HeedMessageFields } from '../index.js'

/** What a diagnostic carries for code actions and hover. */
export interface DiagnosticData {
  ruleId: string
  actual: string
  expected: string[]
  note: string
  url: string
  /** Source offsets to replace, and the text, for a missing-part insertion. */
  fix?: { range: [number, number]; text: string }
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const

/**
 * Turn a linted file into diagnostics.
 *
 * @param file The file from `lint`.
 * @returns One diagnostic per message, 0-based positions.
 */
export function toDiagnostics(file: VFile): Diagnostic[] {
  return file.messages.map((message) => {
    const fields = message as unknown as HeedMessageFields
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = place?.start ?? { line: message.line ?? 1, column: message.column ?? 1 }
    const end = place?.end ?? start
    const data: DiagnosticData = {
      ruleId: message.ruleId ?? 'heed',
      actual: fields.actual,
      expected: fields.expected,
      note: fields.note,
      url: fields.url,
      fix: fields.fix,
    }
    return {
      range: {
        start: { line: start.line - 1, character: start.column - 1 },
        end: { line: end.line - 1, character: end.column - 1 },
      },
      severity: SEVERITY[fields.severity],
      code: data.ruleId,
      codeDescription: { href: data.url },
      source: 'heed',
      message: message.reason,
      data,
    }
  })
}
