import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addIgnorePhrase } from '../../src/server/ignore-list.js'

describe('addIgnorePhrase', () => {
  it('adds to the nearest .heedrc.yml, keeping its comments, and never twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heed-ignore-'))
    mkdirSync(join(dir, 'letters'))
    writeFileSync(join(dir, '.heedrc.yml'), '# our team settings\nrules:\n  jargon: warning\nignore:\n  - ISVA\n')
    expect(addIgnorePhrase(join(dir, 'letters'), 'Witness Care Unit')).toBe(join(dir, '.heedrc.yml'))
    addIgnorePhrase(join(dir, 'letters'), 'Witness Care Unit')
    expect(readFileSync(join(dir, '.heedrc.yml'), 'utf8')).toBe('# our team settings\nrules:\n  jargon: warning\nignore:\n  - ISVA\n  - Witness Care Unit\n')
  })

  it('adds to a .heedrc.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heed-ignore-'))
    writeFileSync(join(dir, '.heedrc.json'), '{ "readingAge": 12 }')
    addIgnorePhrase(dir, 'the matter')
    expect(JSON.parse(readFileSync(join(dir, '.heedrc.json'), 'utf8'))).toEqual({ readingAge: 12, ignore: ['the matter'] })
  })
})
