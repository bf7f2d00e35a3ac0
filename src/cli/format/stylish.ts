/**
 * `--format stylish`: a readable report for people, grouped by file (as ESLint's
 * stylish reporter), with what heed took each document for.
 */
import type { HeedFileData } from '../../index.js'
import type { FileResult } from '../messages.js'

interface Paint {
  dim(text: string): string
  underline(text: string): string
  severity(text: string, severity: string): string
}

const plain: Paint = { dim: (t) => t, underline: (t) => t, severity: (t) => t }
const ansi: Paint = {
  dim: (t) => `\u001B[2m${t}\u001B[22m`,
  underline: (t) => `\u001B[4m${t}\u001B[24m`,
  severity: (t, s) => `\u001B[${s === 'error' ? 31 : s === 'warning' ? 33 : 36}m${t}\u001B[39m`,
}

const sure = (confidence = 1) => `${Math.round(confidence * 100)}% sure`

/** What heed took a document for: "letter, no-charge (detected, 80% sure)". */
function describe(heed: HeedFileData): string {
  const kind = heed.kindSource === 'detected' ? `${heed.kind} (detected, ${sure(heed.kindConfidence)})` : heed.kind
  if (heed.kind !== 'letter') return kind
  if (!heed.letterType) return `${kind}, letter type not recognised: give --letter-type to check its parts`
  const type = heed.letterTypeSource === 'detected' ? `${heed.letterType} (detected, ${sure(heed.letterTypeConfidence)})` : heed.letterType
  return `${kind}, ${type}`
}

/**
 * Format results for a terminal.
 *
 * @param results Checked files.
 * @param colour Use ANSI colours.
 * @returns The report.
 */
export function formatStylish(results: readonly FileResult[], colour = false): string {
  const paint = colour ? ansi : plain
  const lines: string[] = []
  const counts = { error: 0, warning: 0, info: 0 }
  for (const result of results) {
    const about = result.heed ? ` ${paint.dim(`(${describe(result.heed)})`)}` : ''
    lines.push(paint.underline(result.path) + about)
    if (result.messages.length === 0) lines.push(paint.dim('  no problems found'))
    // A Word document has no lines to point to: its paragraphs are what the reader sees.
    const at = (m: FileResult['messages'][number]) => (m.paragraph === undefined ? `${m.line}:${m.column}` : `paragraph ${m.paragraph}`)
    const width = Math.max(0, ...result.messages.map((m) => at(m).length))
    for (const message of result.messages) {
      counts[message.severity]++
      const where = at(message).padEnd(width)
      lines.push(`  ${paint.dim(where)}  ${paint.severity(message.severity.padEnd(7), message.severity)}  ${message.reason}  ${paint.dim(message.ruleId)}`)
      // What to do, under a finding whose reason only names the words ("Rephrase “…”.").
      if (message.advice && message.expected.length === 0 && /^(Rephrase|Explain) “/.test(message.reason)) {
        lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${paint.dim(`→ ${message.advice}`)}`)
      }
    }
    lines.push('')
  }
  const total = counts.error + counts.warning + counts.info
  lines.push(
    total === 0
      ? 'No problems found.'
      : `${total} finding${total === 1 ? '' : 's'}: ${counts.error} error${counts.error === 1 ? '' : 's'}, ` +
          `${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`,
  )
  return lines.join('\n') + '\n'
}
