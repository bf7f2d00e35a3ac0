/**
 * Hover help on a finding: why it matters, what to write instead, and the
 * source behind the rule.
 */
import type { Diagnostic, Hover, Position } from 'vscode-languageserver'
import { MarkupKind } from 'vscode-languageserver'
import type { DiagnosticData } from './diagnostics.js'

const inside = (position: Position, diagnostic: Diagnostic) => {
  const { start, end } = diagnostic.range
  const after = position.line > start.line || (position.line === start.line && position.character >= start.character)
  const before = position.line < end.line || (position.line === end.line && position.character <= end.character)
  return after && before
}

/**
 * Describe the findings under a position.
 *
 * @param position Where the pointer is.
 * @param diagnostics The document's current diagnostics.
 * @returns Markdown hover, or null when there is no finding there.
 */
export function hoverAt(position: Position, diagnostics: readonly Diagnostic[]): Hover | null {
  const here = diagnostics.filter((d) => d.source === 'heed' && inside(position, d))
  if (here.length === 0) return null
  const parts = here.map((diagnostic) => {
    const data = diagnostic.data as DiagnosticData
    const lines = [`**${diagnostic.message}**`, '', data.note]
    if (data.expected.length > 0 && !data.fix) lines.push('', `Instead: ${data.expected.map((e) => `“${e}”`).join(', ')}`)
    lines.push('', `[${data.ruleId}](${data.url})`)
    return lines.join('\n')
  })
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } }
}
