/**
 * Regenerates the rule reference (`docs/rules.md`) and the README's rule table
 * from the compiled packs. `tests/docs.test.ts` fails when either is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatRules, rulesTable } from '../src/cli/rules-doc.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const START = '<!-- rules:start -->'
export const END = '<!-- rules:end -->'

/** The README with its rule table replaced by the current one. */
export function readmeWithTable(readme: string): string {
  const from = readme.indexOf(START)
  const to = readme.indexOf(END)
  if (from === -1 || to < from) throw new Error(`README.md needs ${START} and ${END} around the rule table`)
  return readme.slice(0, from + START.length) + '\n\n' + rulesTable() + '\n' + readme.slice(to)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(join(root, 'docs'), { recursive: true })
  writeFileSync(join(root, 'docs/rules.md'), formatRules('markdown'))
  const readmePath = join(root, 'README.md')
  writeFileSync(readmePath, readmeWithTable(readFileSync(readmePath, 'utf8')))
  console.log('write-docs: docs/rules.md and the README rule table are up to date')
}
