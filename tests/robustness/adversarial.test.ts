/**
 * Inputs built to break parsers: a very long word, brackets and quotes nested
 * thousands deep, and a flood of tiny words. lint must finish and never throw;
 * how fast is the benchmark's business (`npm run bench:adversarial`).
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'

const inputs: Record<string, string> = {
  'a 200,000-letter word': 'a'.repeat(200_000),
  'brackets and quotes nested 20,000 deep': '("[“'.repeat(20_000) + ')"]”'.repeat(20_000),
  'unclosed Markdown links': '['.repeat(20_000),
  'a long run of address characters with no @': 'x.'.repeat(50_000),
  'many unclosed switches': '<!-- heed-disable '.repeat(5_000),
}

describe('adversarial input', () => {
  it.each(Object.entries(inputs))('survives %s, as text and as Markdown', async (_name, text) => {
    for (const format of ['text', 'markdown'] as const) {
      const file = await lint(text, { format })
      expect(Array.isArray(file.messages)).toBe(true)
    }
  })
})
