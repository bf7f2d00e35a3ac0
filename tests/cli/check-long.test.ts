/**
 * `heed check` spreads a long document's pieces over worker threads (the
 * built CLI's piece pool). What it reports must be exactly what `lint` finds
 * checking the pieces one after another in one thread.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { toResult } from '../../src/cli/messages.js'
import { lint } from '../../src/index.js'
import type { PiecePool } from '../../src/node/piece-pool.js'

const root = join(import.meta.dirname, '../..')
const bin = join(root, 'dist/cli/main.js')

let path: string
let text: string
beforeAll(() => {
  // Letters then a review, over and over: more than a million characters, the size from which the CLI uses workers.
  const parts = ['letters/no-charge-poor.md', 'letters/discontinuance-mixed.md', 'reviews/review-victim-focused.md'].map((name) =>
    readFileSync(join(root, 'examples', name), 'utf8').replace(/^---[\s\S]*?---\n/, ''),
  )
  const one = parts.join('\n\n')
  text = Array(Math.ceil(1_100_000 / one.length))
    .fill(one)
    .join('\n\n')
  path = join(mkdtempSync(join(tmpdir(), 'heed-long-')), 'long.md')
  writeFileSync(path, text)
})

/** The built pool: a chunk beside the CLI, found by its name. */
async function builtPool(): Promise<(workers?: number) => Promise<PiecePool | undefined>> {
  const folder = join(root, 'dist/cli/chunks')
  const chunk = readdirSync(folder).find((name) => name.startsWith('piece-pool-') && name.endsWith('.js'))
  expect(chunk, 'the build has a piece-pool chunk').toBeDefined()
  return (await import(pathToFileURL(join(folder, chunk!)).href)).openPiecePool
}

describe('a long document checked on every core', () => {
  it('gives, through the CLI, exactly what lint gives in one thread', async () => {
    const run = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--no-config', path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    expect(run.stderr).toBe('')
    const [fromCli] = JSON.parse(run.stdout)
    const inThread = toResult(await lint(text, { format: 'markdown', path }), path)
    expect(fromCli.messages.length).toBeGreaterThan(1000)
    expect(fromCli).toEqual(JSON.parse(JSON.stringify(inThread)))
  })

  it.runIf(availableParallelism() > 1)('has the workers check pieces, and the findings do not change', async () => {
    const pool = await (await builtPool())(1)
    expect(pool, 'tinypool is installed and the worker is built').toBeDefined()
    try {
      const pooled = await lint(text, { format: 'markdown', checkPieces: pool!.checkPieces })
      expect(pool!.batchesInWorkers).toBeGreaterThan(0)
      const inThread = await lint(text, { format: 'markdown' })
      expect(pooled.messages.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual(inThread.messages.map((m) => [m.ruleId, m.line, m.column, m.reason]))
      expect(pooled.data.heed).toEqual(inThread.data.heed)
    } finally {
      await pool!.close()
    }
  })
})
