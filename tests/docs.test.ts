/**
 * Generated docs are committed and must match the rules (retext-equality's
 * table, ESLint's checkRuleFiles): run `npm run docs` after changing a pack.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatRules, rulesTable } from '../src/cli/rules-doc.js'
import { readmeWithTable } from '../scripts/write-docs.js'

const root = join(import.meta.dirname, '..')

describe('generated docs', () => {
  it('docs/rules.md is up to date (run `npm run docs`)', () => {
    expect(readFileSync(join(root, 'docs/rules.md'), 'utf8')).toBe(formatRules('markdown'))
  })

  it('the README facts table is up to date (run `npm run docs`)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toBe(readmeWithTable(readme))
  })

  it('the rule table lives in docs/rules.md, and the README links to it instead of repeating it', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const reference = readFileSync(join(root, 'docs/rules.md'), 'utf8')
    const header = rulesTable().split('\n')[0]!
    expect(reference).toContain(header)
    expect(readme).not.toContain(header)
    expect(readme).toContain('[docs/rules.md](docs/rules.md)')
  })
})
