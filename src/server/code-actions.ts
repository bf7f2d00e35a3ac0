/**
 * Quick fixes for a diagnostic: replace with each suggestion, insert the
 * missing paragraph, switch the rule off for the line, or add the phrase to the
 * project's ignore list.
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver'
import { CodeActionKind } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { DiagnosticData } from './diagnostics.js'

/** The command the server runs to add a phrase to `.heedrc.yml`. */
export const IGNORE_COMMAND = 'heed.ignorePhrase'

function isData(value: unknown): value is DiagnosticData {
  return typeof value === 'object' && value !== null && typeof (value as DiagnosticData).ruleId === 'string'
}

/**
 * Build the code actions for the diagnostics in a request.
 *
 * @param document The document.
 * @param diagnostics The diagnostics the client sent back.
 * @returns Code actions, preferred fix first.
 */
export function codeActionsFor(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  const uri = document.uri
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'heed' || !isData(diagnostic.data)) continue
    const data = diagnostic.data
    if (data.fix) {
      const range = { start: document.positionAt(data.fix.range[0]), end: document.positionAt(data.fix.range[1]) }
      actions.push({
        title: `Insert a paragraph: ${data.fix.text.trim().slice(0, 60)}…`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range, newText: data.fix.text }] } },
      })
    } else if (data.actual !== '' && !data.ruleId.startsWith('readability/')) {
      data.expected.forEach((suggestion, index) => {
        actions.push({
          title: `Replace with “${suggestion}”`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0,
          edit: { changes: { [uri]: [{ range: diagnostic.range, newText: suggestion }] } },
        })
      })
    }
    const line = diagnostic.range.start.line
    const comment = document.languageId === 'markdown'
      ? `<!-- heed-disable-next-line ${data.ruleId} -->\n`
      : `heed-disable-next-line ${data.ruleId}\n`
    actions.push({
      title: `Switch off ${data.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: comment }] } },
    })
    if (data.actual !== '' && data.actual.length <= 60 && !data.ruleId.startsWith('readability/')) {
      actions.push({
        title: `Add “${data.actual}” to the project's ignore list (.heedrc.yml)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Ignore phrase', command: IGNORE_COMMAND, arguments: [uri, data.actual] },
      })
    }
  }
  return actions
}
