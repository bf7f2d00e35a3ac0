import { describe, expect, it } from 'vitest'
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
})
