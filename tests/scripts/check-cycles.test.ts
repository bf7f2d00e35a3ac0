/**
 * The folder-level import-cycle check (`npm run lint:cycles`), on small source
 * folders of its own: value imports between rooms count, type-only ones do not,
 * and every cycle is named with its rooms and an import behind each edge.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cycleReport, roomCycles, roomEdges, roomOf } from '../../scripts/check-cycles.js'

let dir: string

function files(sources: Record<string, string>): void {
  for (const [path, text] of Object.entries(sources)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'heed-cycles-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('rooms', () => {
  it.each([
    ['index.ts', '.'],
    ['core/lint.ts', 'core'],
    ['core/text/parse.ts', 'core/text'],
    ['core/analyses/accuracy/dates.ts', 'core/analyses'],
    ['cli/main.ts', 'cli'],
    ['cli/report/html.ts', 'cli'],
  ])('%s is in %s', (path, room) => {
    expect(roomOf(path)).toBe(room)
  })
})

describe('the cycle check', () => {
  it('finds nothing when imports between rooms run one way', () => {
    files({
      'index.ts': "export { lint } from './core/lint.js'",
      'core/lint.ts': "import { parse } from './text/parse.js'\nexport const lint = parse",
      'core/text/parse.ts': "import { words } from './words.js'\nexport const parse = words",
      'core/text/words.ts': 'export const words = 1',
      'cli/main.ts': "import { lint } from '../core/lint.js'\nimport { parse } from 'yaml'\nexport const run = [lint, parse]",
    })
    expect(
      roomEdges(dir)
        .map((edge) => `${edge.from} -> ${edge.to}`)
        .sort(),
    ).toEqual(['. -> core', 'cli -> core', 'core -> core/text'])
    expect(cycleReport(dir)).toEqual([])
  })

  it('reports two rooms that import each other, with the import behind each edge', () => {
    files({
      'cli/main.ts': "import { start } from '../server/start.js'\nexport const run = start",
      'cli/config.ts': 'export const config = 1',
      'server/start.ts': "import { config } from '../cli/config.js'\nexport const start = config",
    })
    expect(cycleReport(dir)).toEqual([
      'import cycle between folders of src/: cli, server',
      '  cli -> server: src/cli/main.ts imports src/server/start.ts',
      '  server -> cli: src/server/start.ts imports src/cli/config.ts',
    ])
  })

  it('reports a cycle through three rooms once, listing them all, and a second cycle apart', () => {
    files({
      'core/lint.ts': "import { a } from './analyses/a.js'\nexport const lint = a",
      'core/analyses/a.ts': "import { m } from '../match/m.js'\nexport const a = m",
      'core/match/m.ts': "import { lint } from '../lint.js'\nexport const m = lint",
      'cli/main.ts': "import { s } from '../server/s.js'\nexport const c = s",
      'server/s.ts': "export { c } from '../cli/main.js'\nexport const s = 1",
    })
    expect(roomCycles(roomEdges(dir))).toEqual([
      ['cli', 'server'],
      ['core', 'core/analyses', 'core/match'],
    ])
  })

  it('counts re-exports and import() as value imports', () => {
    files({
      'cli/main.ts': "export const load = () => import('../server/start.js')",
      'server/start.ts': "export * from '../cli/main.js'",
    })
    expect(roomCycles(roomEdges(dir))).toEqual([['cli', 'server']])
  })

  it('leaves out type-only imports and exports, which vanish from the built code', () => {
    files({
      'core/types.ts': "import { lint } from './rules/lint.js'\nexport type Lint = typeof lint",
      'core/rules/lint.ts': [
        "import type { Lint } from '../types.js'",
        "import { type Lint as Same } from '../types.js'",
        "export type { Lint } from '../types.js'",
        "export { type Lint as Again } from '../types.js'",
        'export const lint = (x: Lint | Same) => x',
      ].join('\n'),
    })
    expect(roomEdges(dir).map((edge) => `${edge.from} -> ${edge.to}`)).toEqual(['core -> core/rules'])
    expect(cycleReport(dir)).toEqual([])
  })

  it('counts an import that mixes a type with a value', () => {
    files({
      'core/types.ts': "import { lint } from './rules/lint.js'\nexport type Lint = typeof lint\nexport const KINDS = [lint]",
      'core/rules/lint.ts': "import { type Lint, KINDS } from '../types.js'\nexport const lint = (x: Lint) => [x, KINDS]",
    })
    expect(roomCycles(roomEdges(dir))).toEqual([['core', 'core/rules']])
  })

  it('resolves an import of a folder to its index', () => {
    files({
      'core/analyses/index.ts': "import { lint } from '../lint.js'\nexport const a = lint",
      'core/lint.ts': "import { a } from './analyses'\nexport const lint = a",
    })
    expect(roomCycles(roomEdges(dir))).toEqual([['core', 'core/analyses']])
  })
})
