/**
 * Quick fixes for the findings under the cursor or selection: each drop-in
 * replacement, the missing paragraph, switching the rule off for the line, or
 * adding the phrase to the project's ignore list. Advice is never offered as
 * replacement text; the hover shows it.
 */
import type { CodeAction, Diagnostic, Position, Range } from 'vscode-languageserver'
import { CodeActionKind } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { partName } from '../core/structure/part-names.js'
import type { DiagnosticData } from './diagnostics.js'

/** The command the server runs to add a phrase to `.heedrc.yml`. */
export const IGNORE_COMMAND = 'heed.ignorePhrase'

function isData(value: unknown): value is DiagnosticData {
  return (
    typeof value === 'object' && value !== null && typeof (value as DiagnosticData).ruleId === 'string' && Array.isArray((value as DiagnosticData).expected)
  )
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character)
/** Whether two ranges share a point; touching counts, so a cursor at either end of a finding is on it. */
const meets = (a: Range, b: Range) => before(a.start, b.end) && before(b.start, a.end)
const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character

/**
 * Build the code actions for the findings in the requested range. Some clients
 * (Neovim) send every diagnostic of the line, or of the document; only those
 * the range touches are answered, so a menu lists what is under the cursor.
 *
 * @param document The document.
 * @param range The range the client asked about (the cursor, or a selection).
 * @param diagnostics The diagnostics the client sent back.
 * @param published The server's own diagnostics for the document, for clients that drop `data`.
 * @returns Code actions, preferred fix first for each finding.
 */
export function codeActionsFor(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[], published: readonly Diagnostic[] = []): CodeAction[] {
  const actions: CodeAction[] = []
  const uri = document.uri
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'heed' || !meets(diagnostic.range, range)) continue
    const data = isData(diagnostic.data)
      ? diagnostic.data
      : published.find((known) => known.code === diagnostic.code && sameRange(known.range, diagnostic.range))?.data
    if (!isData(data)) continue
    if (data.fix) {
      const at = { start: document.positionAt(data.fix.range[0]), end: document.positionAt(data.fix.range[1]) }
      actions.push({
        title: `Insert a paragraph on ${partName(data.ruleId)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: at, newText: data.fix.text }] } },
      })
    } else if (data.actual !== '') {
      data.expected
        .filter((text) => text !== '' && text !== data.actual)
        .forEach((replacement, index) => {
          actions.push({
            title: `Replace with “${replacement}”`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: index === 0,
            edit: { changes: { [uri]: [{ range: diagnostic.range, newText: replacement }] } },
          })
        })
    }
    // A finding about the whole letter belongs to no line, so it cannot be switched off for one.
    if (data.scope !== 'document') {
      const line = diagnostic.range.start.line
      const comment = document.languageId === 'markdown' ? `<!-- heed-disable-next-line ${data.ruleId} -->\n` : `heed-disable-next-line ${data.ruleId}\n`
      actions.push({
        title: `Switch off ${data.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: comment }] } },
      })
    }
    // The ignore list holds phrases; a sentence or paragraph is not one.
    if (data.scope === 'phrase' && data.actual !== '' && data.actual.length <= 60) {
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
