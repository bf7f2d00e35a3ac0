/**
 * The public API is small and pinned, and the CommonJS build works as the ESM one.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
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

  it('works through the ES module build, as Node resolves it for a user', async () => {
    const esm = (await import(pathToFileURL(join(import.meta.dirname, '../dist/index.js')).href)) as typeof heed
    const file = await esm.lint('---\nkind: letter\n---\nThe case is NFA.', { format: 'markdown' })
    expect(file.messages.map((m) => m.ruleId)).toContain('jargon/nfa')
    expect(file.data.heed?.kindSource).toBe('front-matter')
    // Drafting runs the templates compiled at build time through Handlebars's runtime.
    const fields = parse(readFileSync(join(import.meta.dirname, '../examples/data/delay.yml'), 'utf8')) as Record<string, unknown>
    const drafted = await esm.draft({ type: 'delay', fields, format: 'text' })
    expect(drafted.text).toContain(String(fields.address_as))
  })

  it('works through the CommonJS build', async () => {
    const require = createRequire(import.meta.url)
    const cjs = require(join(import.meta.dirname, '../dist/index.cjs')) as typeof heed
    const file = await cjs.lint('---\nkind: letter\n---\nThe case is NFA.', { format: 'markdown' })
    expect(file.messages.map((m) => m.ruleId)).toContain('jargon/nfa')
    // Front matter is read by a YAML parser loaded on demand, which must survive bundling.
    expect(file.data.heed?.kindSource).toBe('front-matter')
  })
})

describe('ruleIds', () => {
  it('names the same rules as listRules, which configurations are checked against', async () => {
    const { ruleIds } = await import('../src/core/list-rules.js')
    expect([...ruleIds()].sort()).toEqual(heed.listRules().map((rule) => rule.id).sort())
  })
})
