/**
 * heed's messages as LSP diagnostics: the rule id as `code`, its docs as
 * `codeDescription`, and what a quick fix needs in `data`, so code actions
 * never lint again (as vale-ls and the spell checker do).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Diagnostic } from 'vscode-languageserver'
import { DiagnosticSeverity } from 'vscode-languageserver'
import type { HeedMessageFields } from '../core/model/types.js'
import type { PlacedFinding } from './quick-check.js'

/** What a diagnostic carries for code actions and hover: heed's fields of the message. */
export type DiagnosticData = Pick<HeedMessageFields, 'category' | 'scope' | 'actual' | 'expected' | 'advice' | 'note' | 'url' | 'fix'> & {
  ruleId: string
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const

/**
 * Turn placed findings into diagnostics.
 *
 * @param findings Findings placed by offsets in the document's text.
 * @param document Where offsets become lines and characters (the editor's own count).
 * @returns One diagnostic per finding.
 */
export function toDiagnostics(findings: readonly PlacedFinding[], document: Pick<TextDocument, 'positionAt'>): Diagnostic[] {
  return findings.map(({ message, start, end, fix }) => {
    const fields = message as unknown as HeedMessageFields
    const data: DiagnosticData = {
      ruleId: message.ruleId ?? 'heed',
      category: fields.category,
      scope: fields.scope,
      actual: fields.actual,
      expected: fields.expected,
      advice: fields.advice,
      note: fields.note,
      url: fields.url,
      fix,
    }
    return {
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      severity: SEVERITY[fields.severity],
      code: data.ruleId,
      codeDescription: { href: data.url },
      source: 'heed',
      message: message.reason,
      data,
    }
  })
}
