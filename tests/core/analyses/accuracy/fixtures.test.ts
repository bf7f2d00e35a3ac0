/**
 * Whole letters that state their facts rightly, in wording of their own
 * (tests/fixtures/accuracy): no accuracy finding of any severity. The same
 * facts stated wrongly are in claims.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint } from '../../../../src/index.js'

const dir = join(import.meta.dirname, '../../../fixtures/accuracy')

describe('letters with their facts right', () => {
  it.each(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [f]),
  )('%s', async (name) => {
    const file = await lint(readFileSync(join(dir, name), 'utf8'), { format: 'markdown', today: '2026-12-04' })
    expect(file.data.heed?.kind).toBe('letter')
    const found = file.messages.filter((m) => String(m.ruleId).startsWith('accuracy/'))
    expect(found.map((m) => `${m.ruleId}: ${(m as unknown as { actual: string }).actual}`)).toEqual([])
  })

  it('and the same letter with a fact changed is flagged', async () => {
    const text = readFileSync(join(dir, 'conviction-right.md'), 'utf8')
      .replace('at least two-thirds of it', 'half of it')
      .replace('he must spend', 'he will spend')
    const file = await lint(text, { format: 'markdown', today: '2026-12-04' })
    expect(file.messages.map((m) => m.ruleId)).toContain('accuracy/release-at-half')
  })
})
