/**
 * `--format sarif`: SARIF 2.1.0, for code-scanning dashboards and CI. Regions
 * carry positions only, never a snippet of the letter (DESIGN.md principle 4).
 */
import type { Log, ReportingDescriptor, Result } from 'sarif'
import { listRules } from '../../core/list-rules.js'
import type { FileResult } from '../messages.js'

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const

function uriOf(path: string): string {
  return encodeURI(path.replace(/\\/g, '/'))
}

/**
 * Format results as a SARIF log.
 *
 * @param results Checked files.
 * @param version heed's version, for the tool description.
 * @returns The SARIF JSON text.
 */
export function formatSarif(results: readonly FileResult[], version: string): string {
  const used = new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)))
  const known = new Map(listRules().map((rule) => [rule.id, rule]))
  const rules: ReportingDescriptor[] = [...used].sort().map((id) => {
    const rule = known.get(id)
    const message = results.flatMap((r) => r.messages).find((m) => m.ruleId === id)
    return {
      id,
      shortDescription: { text: rule?.note.split(/(?<=\.)\s/)[0] ?? message?.note ?? id },
      fullDescription: { text: rule?.note ?? message?.note ?? id },
      helpUri: rule?.url ?? message?.url,
      defaultConfiguration: { level: LEVEL[rule?.severity ?? 'info'] },
      properties: { category: rule?.category ?? message?.category ?? id.split('/')[0] },
    }
  })
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  const sarifResults: Result[] = results.flatMap((result) =>
    result.messages.map((message) => ({
      ruleId: message.ruleId,
      ruleIndex: index.get(message.ruleId),
      level: LEVEL[message.severity],
      message: { text: message.reason },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(result.path) },
            region: {
              startLine: message.line,
              startColumn: message.column,
              endLine: message.endLine,
              endColumn: message.endColumn,
            },
          },
        },
      ],
    })),
  )
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'heed', version, informationUri: 'https://www.npmjs.com/package/heed', rules } },
        results: sarifResults,
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}
