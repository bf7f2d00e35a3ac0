/**
 * The core runs in a browser and inside other applications: no Node imports,
 * no file system, no network, no console (DESIGN.md principles 4 and 5).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const coreDir = join(import.meta.dirname, '../../src/core')
// The Word code the drafting page shares: bytes in, bytes out, no Node either.
const docxDir = join(import.meta.dirname, '../../src/docx')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [])
}

describe('the core', () => {
  const files = sources(coreDir)

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it.each([...files, ...sources(docxDir)].map((f) => [f.slice(coreDir.length - 4), f]))('%s has no I/O', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    expect(text).not.toMatch(/from ['"]node:/)
    expect(text).not.toMatch(/from ['"](fs|path|os|http|https|net|child_process|dns)['"]/)
    expect(text).not.toMatch(/\b(console\.|fetch\(|XMLHttpRequest|process\.)/)
  })
})
