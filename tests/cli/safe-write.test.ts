import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WouldOverwriteError, writeFileSafely } from '../../src/cli/safe-write.js'

describe('writeFileSafely', () => {
  it('writes a new file and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heed-write-'))
    writeFileSafely(join(dir, 'letter.md'), 'Dear Sam,', false)
    expect(readFileSync(join(dir, 'letter.md'), 'utf8')).toBe('Dear Sam,')
    expect(readdirSync(dir)).toEqual(['letter.md'])
  })

  it('refuses to replace an existing file unless told to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heed-write-'))
    const path = join(dir, 'letter.md')
    writeFileSync(path, "the writer's own edits")
    expect(() => writeFileSafely(path, 'new', false)).toThrow(WouldOverwriteError)
    expect(() => writeFileSafely(path, 'new', false)).toThrow(`${path}: already exists (add --force to replace it)`)
    expect(readFileSync(path, 'utf8')).toBe("the writer's own edits")
    writeFileSafely(path, 'new', true)
    expect(readFileSync(path, 'utf8')).toBe('new')
  })

  it('keeps the old file when the write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heed-write-'))
    const path = join(dir, 'letter.md')
    writeFileSync(path, 'kept')
    expect(() => writeFileSafely(path, 42 as never, true)).toThrow()
    expect(readFileSync(path, 'utf8')).toBe('kept')
    expect(readdirSync(dir)).toEqual(['letter.md'])
  })
})
