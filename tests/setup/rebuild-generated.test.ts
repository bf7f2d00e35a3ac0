/**
 * The test set-up rebuilds the generated data when a rule, a template, a build
 * script or a module a build script imports is newer than the generated files,
 * and leaves it alone otherwise. Checked on a small copy of the repository's
 * layout, so the real generated files are never touched while tests run.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rebuildIfStale, staleReason } from './rebuild-generated.js'

let root: string

function write(path: string, text: string, secondsAgo: number): void {
  const file = join(root, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
  const when = Date.now() / 1000 - secondsAgo
  utimesSync(file, when, when)
}

function touch(path: string): void {
  const now = Date.now() / 1000
  utimesSync(join(root, path), now, now)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'heed-setup-'))
  write('rules/jargon.yml', 'rules: []\n', 100)
  write('templates/partials/contact.hbs', 'Call me.\n', 100)
  write('scripts/build-rules.ts', "import { compilePattern } from '../src/core/match/pattern.js'\n", 100)
  write('scripts/build-templates.ts', "const { load } = await import('../src/core/draft/spec.js')\n", 100)
  write('src/core/match/pattern.ts', "export * from './syntax.js'\n", 100)
  write('src/core/match/syntax.ts', 'export const x = 1\n', 100)
  write('src/core/draft/spec.ts', "import { PACKS } from '../data/generated/packs.js'\n", 100)
  write('src/core/lint.ts', 'export const unrelated = 1\n', 100)
  write('src/core/data/generated/packs.ts', 'export const PACKS = []\n', 50)
  write('src/core/data/generated/templates.ts', 'export const TEMPLATES = {}\n', 40)
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('the generated-files set-up', () => {
  it('does nothing when every generated file is newer than its sources', () => {
    let rebuilt = 0
    expect(staleReason(root)).toBeUndefined()
    expect(rebuildIfStale(root, () => rebuilt++)).toBeUndefined()
    expect(rebuilt).toBe(0)
  })

  it.each([
    ['a rule pack', 'rules/jargon.yml'],
    ['a template partial', 'templates/partials/contact.hbs'],
    ['a build script', 'scripts/build-rules.ts'],
    ['a module a build script imports', 'src/core/match/pattern.ts'],
    ['a module imported through a re-export', 'src/core/match/syntax.ts'],
    ['a module a build script imports dynamically', 'src/core/draft/spec.ts'],
  ])('rebuilds once after %s is touched, and names it', (_what, path) => {
    touch(path)
    let rebuilt = 0
    const report = rebuildIfStale(root, () => rebuilt++)
    expect(rebuilt).toBe(1)
    expect(report).toBe(`generated files rebuilt: ${path} is newer than src/core/data/generated/packs.ts`)
  })

  it('ignores a module that no build script imports', () => {
    touch('src/core/lint.ts')
    expect(staleReason(root)).toBeUndefined()
  })

  it('rebuilds when there are no generated files yet', () => {
    rmSync(join(root, 'src/core/data/generated'), { recursive: true })
    let rebuilt = 0
    expect(rebuildIfStale(root, () => rebuilt++)).toBe('generated files rebuilt: no generated files under src/')
    expect(rebuilt).toBe(1)
  })

  it('finds generated files wherever they sit under src/', () => {
    rmSync(join(root, 'src/core/data/generated'), { recursive: true })
    write('src/core/data/generated/packs.ts', 'export const PACKS = []\n', 50)
    expect(staleReason(root)).toBeUndefined()
    touch('rules/jargon.yml')
    expect(staleReason(root)).toBe('rules/jargon.yml is newer than src/core/data/generated/packs.ts')
  })
})
