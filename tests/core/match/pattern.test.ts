import { describe, expect, it } from 'vitest'
import { compilePattern, MAX_EXPANSIONS } from '../../../src/core/match/pattern.js'

describe('compilePattern', () => {
  it('stems plain words so inflections match', () => {
    expect(compilePattern('discontinued')).toEqual(compilePattern('discontinuing'))
    expect(compilePattern('discontinue')[0]).toEqual(['discontinu'])
  })

  it('expands choices and optional parts', () => {
    expect(compilePattern('(had|has) [very] sex')).toHaveLength(4)
    expect(compilePattern('(new|next) (trial)? date')).toEqual(compilePattern('(new|next) [trial] date'))
  })

  it('keeps capitals exact for acronyms and `=` words exact', () => {
    expect(compilePattern('NFA')).toEqual([['^NFA']])
    expect(compilePattern('=alleged')).toEqual([['=alleged']])
  })

  it('splits negative contractions like the text tokenizer', () => {
    expect(compilePattern("didn't resist")).toEqual(compilePattern('did not resist'))
  })

  it('matches any word with _', () => {
    expect(compilePattern('did not _ him')[0]).toContain('*')
  })

  it('reads _\'s as any word, since words drop their possessive when read ("RB\'s reliability")', () => {
    expect(compilePattern("_'s reliability")).toEqual(compilePattern('_ reliability'))
    expect(compilePattern('_’s reliability')).toEqual(compilePattern('_ reliability'))
  })

  it('rejects broken syntax with the pattern quoted', () => {
    expect(() => compilePattern('(had|has sex')).toThrow(/pattern "\(had\|has sex": a `\(` has no matching `\)`/)
    expect(() => compilePattern('had ]')).toThrow(/unexpected `]`/)
    expect(() => compilePattern('_')).toThrow(/real word/)
  })

  it('refuses patterns that expand too far', () => {
    const wide = Array.from({ length: 11 }, () => '(a|b)').join(' ')
    expect(2 ** 11).toBeGreaterThan(MAX_EXPANSIONS)
    expect(() => compilePattern(wide)).toThrow(/split it/)
  })
})
