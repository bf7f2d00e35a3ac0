/**
 * The public API is small and pinned, and the CommonJS build works as the ESM one.
 */
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import * as heed from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(heed).sort()).toEqual([
      'CATEGORIES',
      'DOCUMENT_KINDS',
      'DRAFT_FORMATS',
      'DraftError',
      'HeedConfigError',
      'LETTER_TYPES',
      'READING_AGE',
      'READING_AGE_AIM',
      'SEVERITIES',
      'checkPieceBatch',
      'draft',
      'lineText',
      'lint',
      'listRules',
      'listTemplates',
      'readLetter',
      'toHtml',
      'toMarkdown',
      'toText',
    ])
  })

  it('gives one reading-age setting, used by the check and the words around it', () => {
    expect(heed.READING_AGE.aim).toEqual({ from: 9, to: 11 })
    expect(heed.READING_AGE_AIM).toBe('9 to 11')
    const note = heed.listRules().find((rule) => rule.id === 'readability/hard-sentence')?.note
    expect(note).toContain(`${heed.READING_AGE.limit.letter} for letters`)
    expect(note).toContain(`the ${heed.READING_AGE_AIM} aim`)
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
    // Front matter must be read in the bundled build too.
    expect(file.data.heed?.kindSource).toBe('front-matter')
  })
})

describe('subpath exports', () => {
  // Node resolves the package's own name from inside it (self-reference), as it would for an app.
  const names = (script: string, type: 'module' | 'commonjs') =>
    JSON.parse(execFileSync(process.execPath, [`--input-type=${type}`, '-e', script], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' })) as Record<
      string,
      string[]
    >

  it('gives heed/lint, heed/draft, heed/word and heed/server to import and to require, the root being lint and draft together', () => {
    const paths = ['heed', 'heed/lint', 'heed/draft', 'heed/word', 'heed/server']
    const imported = names(
      `const out = {}; for (const p of ${JSON.stringify(paths)}) out[p] = Object.keys(await import(p)).sort(); console.log(JSON.stringify(out))`,
      'module',
    )
    const required = names(
      `const out = {}; for (const p of ${JSON.stringify(paths)}) out[p] = Object.keys(require(p)).filter((k) => k !== 'default').sort(); console.log(JSON.stringify(out))`,
      'commonjs',
    )
    expect(required).toEqual(imported)
    expect(imported.heed).toEqual(Object.keys(heed).sort())
    expect(imported['heed/lint']).toContain('lint')
    expect(imported['heed/lint']).not.toContain('draft')
    expect(imported['heed/draft']).toEqual(expect.arrayContaining(['draft', 'listTemplates', 'toMarkdown']))
    expect(imported['heed/word']).toEqual(expect.arrayContaining(['annotateDocx', 'buildDocx', 'readWordText', 'DocxError']))
    expect(imported['heed/server']).toContain('startServer')
  }, 30_000)
})

describe('ruleIds', () => {
  it('names the same rules as listRules, which configurations are checked against', async () => {
    const { ruleIds } = await import('../src/core/rule-ids.js')
    expect([...ruleIds()].sort()).toEqual(
      heed
        .listRules()
        .map((rule) => rule.id)
        .sort(),
    )
  })
})
