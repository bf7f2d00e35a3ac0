/**
 * The public API is small and pinned, and the CommonJS build works as the ESM one.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as heed from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(heed).sort()).toEqual([
      'CATEGORIES', 'DOCUMENT_KINDS', 'DraftError', 'HeedConfigError', 'LETTER_TYPES', 'SEVERITIES', 'draft', 'lint',
      'listRules', 'listTemplates',
    ])
  })

  it('lists every rule with a source and docs URL', () => {
    const rules = heed.listRules()
    expect(rules.length).toBeGreaterThanOrEqual(40)
    for (const rule of rules) {
      expect(rule.source).toMatch(/^https:\/\//)
      expect(rule.url).toContain('#' + rule.id.replace('/', ''))
    }
  })

  it('works through the CommonJS build', async () => {
    const require = createRequire(import.meta.url)
    const cjs = require(join(import.meta.dirname, '../dist/index.cjs')) as typeof heed
    const file = await cjs.lint('The case is NFA.', { kind: 'letter' })
    expect(file.messages.map((m) => m.ruleId)).toContain('jargon/nfa')
  })
})

describe('ruleIds', () => {
  it('names the same rules as listRules, which configurations are checked against', async () => {
    const { ruleIds } = await import('../src/core/rules/list.js')
    expect([...ruleIds()].sort()).toEqual(heed.listRules().map((rule) => rule.id).sort())
  })
})
