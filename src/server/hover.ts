/**
 * Hover help on a finding. The editor already shows the finding's message and
 * rule id beside the hover, so the hover adds only what they do not say: what
 * to do (when the message does not already say it), why it matters, the
 * drop-in replacements and a link to the rule, each once.
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

const plain = (text: string) =>
  text
    .trim()
    .replace(/[.\s]+$/, '')
    .toLowerCase()

/**
 * The hover text for one finding.
 *
 * @param message The diagnostic's message (the finding's reason), which the editor shows anyway.
 * @param data What the diagnostic carries.
 * @returns Markdown lines.
 */
export function describeFinding(message: string, data: DiagnosticData): string {
  const said = new Set([plain(message)])
  const lines: string[] = []
  const add = (text: string | undefined, label: string) => {
    if (!text || said.has(plain(text)) || plain(message).includes(plain(text))) return
    said.add(plain(text))
    lines.push(`${label}${text}`)
  }
  // Until a rule has advice of its own, its advice is its note: said once, as the note.
  if (data.advice !== data.note) add(data.advice, '**What to do:** ')
  add(data.note, '')
  const replacements = data.fix ? [] : data.expected.filter((text) => text !== '' && text !== data.actual)
  if (replacements.length > 0) lines.push(`**Replace with:** ${replacements.map((text) => `“${text}”`).join(' or ')}`)
  lines.push(`[Read about this check](${data.url})`)
  return lines.join('\n\n')
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
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    const text = describeFinding(message, diagnostic.data as DiagnosticData)
    // With several findings here, each part says which words it is about.
    const actual = (diagnostic.data as DiagnosticData).actual
    return here.length > 1 && actual !== '' && actual.length <= 80 ? `*“${actual}”*\n\n${text}` : text
  })
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } }
}
