/**
 * The folders of src/ are layers (docs/architecture.md): a folder imports only
 * folders below it, so no two folders import each other, directly or round a
 * loop. Type-only imports are exempt: they vanish when the code is compiled.
 * The imports are read as `npm run lint:cycles` reads them (scripts/check-cycles.ts).
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { roomEdges } from '../scripts/check-cycles.js'

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

describe('the layers of src/', () => {
  const edges = roomEdges(srcDir)

  it('name every folder that imports or is imported by another', () => {
    expect([...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].filter((room) => !rank.has(room))).toEqual([])
  })

  it('are crossed by imports between folders', () => {
    expect(edges.length).toBeGreaterThan(30)
  })

  it('import only downward', () => {
    const upward = edges.filter((edge) => rank.get(edge.to)! <= rank.get(edge.from)!)
    expect(upward.map((edge) => `${edge.file} imports ${edge.target}`)).toEqual([])
  })
})
