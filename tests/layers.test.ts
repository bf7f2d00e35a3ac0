/**
 * The folders of src/ are layers (docs/architecture.md): a folder imports only
 * folders below it, so no two folders import each other, directly or round a
 * loop. Type-only imports are exempt: they vanish when the code is compiled.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const srcDir = resolve(import.meta.dirname, '../src')

/** Top to bottom; rooms on one row sit side by side and may not import each other. */
const LAYERS = [
  ['cli'],
  ['.'],
  ['server'],
  ['node'],
  ['docx'],
  ['core/draft'],
  ['core'],
  ['core/analyses'],
  ['core/structure'],
  ['core/engine'],
  ['core/rules'],
  ['core/kinds'],
  ['core/match'],
  ['core/text', 'core/calendar', 'core/handlebars'],
  ['core/data'],
  ['core/model'],
]
const rank = new Map(LAYERS.flatMap((row, depth) => row.map((room) => [room, depth] as const)))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : [],
  )
}

/** The room of a file: its folder under src/, or under src/core/ for the core. */
function roomOf(file: string): string {
  const parts = relative(srcDir, file).split('/')
  if (parts.length === 1) return '.'
  return parts[0] === 'core' && parts.length > 2 ? `core/${parts[1]}` : parts[0]!
}

/** Every relative import of a file that survives compilation, as the file it names. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found: string[] = []
  const statics = /^\s*(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"](\.[^'"]+)['"]/gm
  for (const match of text.matchAll(statics)) if (!match[1]) found.push(match[2]!)
  for (const match of text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) found.push(match[1]!)
  return found.map((spec) => {
    const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts')
    return existsSync(target) ? target : join(target.replace(/\.ts$/, ''), 'index.ts')
  })
}

describe('the layers of src/', () => {
  const files = sources(srcDir).filter((file) => !relative(srcDir, file).startsWith('core/data/generated/'))
  const edges = files.flatMap((file) =>
    valueImports(file)
      .filter((target) => target.startsWith(srcDir + '/'))
      .map((target) => ({ file: relative(srcDir, file), target: relative(srcDir, target), from: roomOf(file), to: roomOf(target) }))
      .filter((edge) => edge.from !== edge.to),
  )

  it('name every folder of src/', () => {
    expect([...new Set(files.map(roomOf))].filter((room) => !rank.has(room))).toEqual([])
  })

  it('are crossed by imports between folders', () => {
    expect(edges.length).toBeGreaterThan(30)
  })

  it('import only downward', () => {
    const upward = edges.filter((edge) => rank.get(edge.to)! <= rank.get(edge.from)!)
    expect(upward.map((edge) => `${edge.file} imports ${edge.target}`)).toEqual([])
  })
})
