import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { lint } from '../../../src/index.js'
import { readFrontMatter } from '../../../src/core/text/front-matter.js'

describe('readFrontMatter', () => {
  it('parses the mapping and blanks it, keeping every offset', async () => {
    const text = '---\nkind: review\n---\nBody.'
    const front = await readFrontMatter(text)
    expect(front.data).toEqual({ kind: 'review' })
    expect(front.body).toHaveLength(text.length)
    expect(front.body.indexOf('Body.')).toBe(text.indexOf('Body.'))
  })

  it('reports broken YAML in one line', async () => {
    expect((await readFrontMatter('---\nkind: [review\n---\nx')).error).toMatch(/^front matter is not valid YAML/)
  })

  it('sets the kind and letter type for lint, which the options override', async () => {
    const text = '---\nkind: letter\nletter-type: delay\n---\nDear Sam,\n'
    expect((await lint(text)).data.heed).toMatchObject({ kind: 'letter', letterType: 'delay', kindSource: 'front-matter' })
    expect((await lint(text, { kind: 'review' })).data.heed).toMatchObject({ kind: 'review', kindSource: 'option' })
  })

  it('refuses an unknown kind in front matter, naming the field', async () => {
    await expect(lint('---\nkind: memo\n---\nx')).rejects.toThrow(/front matter `kind` must be one of letter, review/)
  })

  it('reads quoted values, comments and nested values as YAML does', async () => {
    const text = "---\n# a comment\nkind: \"review\"   # quoted\n'letter-type': 'no-charge'\nparties:\n  - name: Sam\n    role: victim\nempty:\n---\nx"
    const front = await readFrontMatter(text)
    expect(front.error).toBeUndefined()
    expect(front.data).toMatchObject({ kind: 'review', 'letter-type': 'no-charge', empty: null })
  })

  it('reports a key given twice, an unclosed quote and a line that is no key, and refuses a list', async () => {
    expect((await readFrontMatter('---\nkind: letter\nkind: review\n---\nx')).error).toMatch(
      /^front matter is not valid YAML: line 2: the key "kind" is given twice/,
    )
    expect((await readFrontMatter('---\nkind: "letter\n---\nx')).error).toMatch(/^front matter is not valid YAML: line 1: the " quote is not closed/)
    expect((await readFrontMatter('---\nkind letter\n---\nx')).error).toMatch(/^front matter is not valid YAML: line 1/)
    expect((await readFrontMatter('---\n- letter\n---\nx')).error).toBe('front matter is not a mapping of keys to values')
  })

  it('agrees with the yaml package on the kind and letter type of every fixture and example', async () => {
    const files = ['tests/fixtures', 'tests/fixtures/held-out', 'examples/letters', 'examples/reviews'].flatMap((dir) => {
      try {
        return readdirSync(dir)
          .filter((name) => name.endsWith('.md'))
          .map((name) => join(dir, name))
      } catch {
        return []
      }
    })
    let compared = 0
    for (const path of files) {
      const text = readFileSync(path, 'utf8')
      const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)
      if (!block) continue
      let expected: Record<string, unknown>
      try {
        expected = parse(block[1]!) as Record<string, unknown>
      } catch {
        // A note with ": " in it is not valid YAML; this reader, needing only the top-level keys, still reads it.
        continue
      }
      const front = await readFrontMatter(text)
      expect(front.error, path).toBeUndefined()
      expect({ kind: front.data?.kind, type: front.data?.['letter-type'] }, path).toEqual({ kind: expected.kind, type: expected['letter-type'] })
      compared++
    }
    expect(compared).toBeGreaterThan(40)
  })
})
