/**
 * Every example letter heed drafts (examples/data/*.yml, through the core
 * `draft`) states its facts correctly: no accuracy finding of any severity.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { draft, LETTER_TYPES } from '../../../../src/index.js'
import type { LetterType } from '../../../../src/index.js'
import { exampleFields, root } from '../../draft/helpers.js'

const types = readdirSync(join(root, 'examples/data'))
  .filter((name) => name.endsWith('.yml'))
  .map((name) => name.replace(/\.yml$/, ''))
  .filter((type): type is LetterType => (LETTER_TYPES as readonly string[]).includes(type))

describe('drafted example letters', () => {
  it('cover every letter type', () => {
    expect([...types].sort()).toEqual([...LETTER_TYPES].sort())
  })

  it.each(types.map((type) => [type]))('the %s letter has no accuracy finding', async (type) => {
    for (const format of ['text', 'markdown'] as const) {
      const result = await draft({ type, fields: exampleFields(type), format })
      const accuracy = result.lint.messages.filter((m) => String(m.ruleId).startsWith('accuracy/'))
      expect(
        accuracy.map((m) => `${m.ruleId}: ${(m as unknown as { actual: string }).actual}`),
        format,
      ).toEqual([])
    }
  })
})
