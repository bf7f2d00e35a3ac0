/**
 * `--format json`: an array, one object per file, as DESIGN.md's CLI contract says.
 */
import type { FileResult } from '../messages.js'

/** @param results Checked files. @returns The JSON text. */
export function formatJson(results: readonly FileResult[]): string {
  return [...formatJsonPieces(results)].join('')
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`)

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `depth` levels,
 * as it would be written `depth` arrays deep: JSON.stringify indents it in the one pass, where
 * indenting afterwards went over each of a hundred thousand messages again.
 */
function nested(value: unknown, depth: number): string {
  let wrapped = value
  for (let level = 0; level < depth; level++) wrapped = [wrapped]
  const text = JSON.stringify(wrapped, null, 2)
  // Each level opens with "[", a line break and its indent, and closes with a line break, the indent outside it and "]".
  return text.slice(2 * depth + depth * (depth + 1), text.length - (2 * depth + depth * (depth - 1)))
}

/**
 * The same text as {@link formatJson}, a message at a time, so that a file with a
 * hundred thousand findings is never one string of hundreds of megabytes.
 *
 * @param results Checked files.
 * @returns Pieces that join to `JSON.stringify(results, null, 2) + '\n'`.
 */
export function* formatJsonPieces(results: readonly FileResult[]): Generator<string> {
  if (results.length === 0) {
    yield '[]\n'
    return
  }
  yield '['
  for (const [i, result] of results.entries()) {
    yield `${i === 0 ? '' : ','}\n  {\n    "path": ${JSON.stringify(result.path)},\n    "messages": `
    if (result.messages.length === 0) yield '[]'
    else {
      yield '['
      for (const [j, message] of result.messages.entries()) yield `${j === 0 ? '' : ','}\n      ${nested(message, 3)}`
      yield '\n    ]'
    }
    if (result.heed !== undefined) yield `,\n    "heed": ${indent(JSON.stringify(result.heed, null, 2), '    ')}`
    yield '\n  }'
  }
  yield '\n]\n'
}
