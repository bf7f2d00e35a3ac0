/**
 * Regenerates the rule reference (`docs/rules.md`, which holds the one rule table)
 * and the README's facts table from the compiled packs. `tests/docs.test.ts` fails
 * when either is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { factsTable, formatRules } from '../src/cli/rules-doc.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const FACTS_START = '<!-- facts:start -->'
const FACTS_END = '<!-- facts:end -->'

function replaceBetween(text: string, start: string, end: string, table: string, what: string): string {
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from === -1 || to < from) throw new Error(`README.md needs ${start} and ${end} around the ${what}`)
  return text.slice(0, from + start.length) + '\n\n' + table + '\n' + text.slice(to)
}

/** The README with its facts table replaced by the current one. */
export function readmeWithTable(readme: string): string {
  return replaceBetween(readme, FACTS_START, FACTS_END, factsTable(), 'facts table')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(join(root, 'docs'), { recursive: true })
  writeFileSync(join(root, 'docs/rules.md'), formatRules('markdown'))
  const readmePath = join(root, 'README.md')
  writeFileSync(readmePath, readmeWithTable(readFileSync(readmePath, 'utf8')))
  console.log('write-docs: docs/rules.md and the README facts table are up to date')
}
