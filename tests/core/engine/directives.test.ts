import { describe, expect, it } from 'vitest'
import { readDirectives } from '../../../src/core/engine/directives.js'
import { findings } from '../../helpers.js'

describe('readDirectives', () => {
  it('switches rules off and on by id or category', () => {
    const d = readDirectives('a\n<!-- heed-disable jargon -->\nb\n<!-- heed-enable jargon -->\nc')
    expect(d.isDisabled('jargon/nfa', 1)).toBe(false)
    expect(d.isDisabled('jargon/nfa', 3)).toBe(true)
    expect(d.isDisabled('tone/the-matter', 3)).toBe(false)
    expect(d.isDisabled('jargon/nfa', 5)).toBe(false)
  })

  it('covers the next line or its own line only', () => {
    const d = readDirectives('heed-disable-next-line jargon/nfa\nb\nc <!-- heed-disable-line -->\nd')
    expect(d.isDisabled('jargon/nfa', 2)).toBe(true)
    expect(d.isDisabled('jargon/nfa', 3)).toBe(true)
    expect(d.isDisabled('tone/x', 3)).toBe(true)
    expect(d.isDisabled('jargon/nfa', 4)).toBe(false)
  })

  it('reads Handlebars comments and blanks every directive, keeping offsets', () => {
    const text = '{{!-- heed-disable --}}\nx'
    const d = readDirectives(text)
    expect(d.text).toHaveLength(text.length)
    expect(d.text.trim()).toBe('x')
    expect(d.isDisabled('jargon/nfa', 2)).toBe(true)
  })
})

describe('inline switches in lint', () => {
  it('silence a finding on the next line in plain text and in Markdown', async () => {
    const plain = 'heed-disable-next-line jargon/nfa\nThe case is NFA.\nThe case is NFA.'
    expect((await findings(plain)).filter((f) => f.ruleId === 'jargon/nfa')).toHaveLength(1)
    const markdown = '<!-- heed-disable-next-line jargon/nfa -->\nThe case is NFA.\n\nThe case is NFA.'
    expect((await findings(markdown, 'letter', undefined, { format: 'markdown' })).filter((f) => f.ruleId === 'jargon/nfa')).toHaveLength(1)
  })
})
