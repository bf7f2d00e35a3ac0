/**
 * The JSON reporter written in pieces gives exactly the text of one JSON.stringify.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatJson, formatJsonPieces } from '../../src/cli/format/json.js'
import { toResult } from '../../src/cli/messages.js'
import { lint } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')

describe('formatJsonPieces', () => {
  it('joins to JSON.stringify(results, null, 2)', async () => {
    const results = []
    for (const name of ['letters/no-charge-poor.md', 'reviews/review-victim-focused.md', 'letters/no-charge-good.md']) {
      const text = readFileSync(join(root, 'examples', name), 'utf8')
      results.push(toResult(await lint(text, { format: 'markdown' }), name))
    }
    results.push({ path: 'empty.txt', messages: [] })
    const expected = JSON.stringify(results, null, 2) + '\n'
    expect([...formatJsonPieces(results)].join('')).toBe(expected)
    expect(formatJson(results)).toBe(expected)
    expect(formatJson([])).toBe('[]\n')
    expect([...formatJsonPieces(results)].length).toBeGreaterThan(results[0]!.messages.length)
  })
})
