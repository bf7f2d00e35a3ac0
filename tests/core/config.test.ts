import { describe, expect, it } from 'vitest'
import { HeedConfigError, lint } from '../../src/index.js'
import { findings } from '../helpers.js'

const text = 'The police marked the case NFA.'

describe('configuration', () => {
  it('turns a rule or a whole category off', async () => {
    expect((await findings(text, 'letter', undefined, { config: { rules: { 'jargon/nfa': 'off' } } })).some((f) => f.ruleId === 'jargon/nfa')).toBe(false)
    expect((await findings(text, 'letter', undefined, { config: { rules: { jargon: 'off' } } })).some((f) => f.ruleId === 'jargon/nfa')).toBe(false)
  })

  it('changes severity, the rule id winning over its category', async () => {
    const found = await findings(text, 'letter', undefined, { config: { rules: { jargon: 'info', 'jargon/nfa': 'error' } } })
    expect(found.find((f) => f.ruleId === 'jargon/nfa')?.severity).toBe('error')
  })

  it('ignores listed phrases', async () => {
    expect((await findings(text, 'letter', undefined, { config: { ignore: ['nfa'] } })).some((f) => f.ruleId === 'jargon/nfa')).toBe(false)
  })

  it('refuses bad settings with an error naming the field', async () => {
    await expect(lint(text, { config: { rules: { 'jargon/nfx': 'off' } } })).rejects.toThrow(HeedConfigError)
    await expect(lint(text, { config: { rules: { 'jargon/nfx': 'off' } } })).rejects.toThrow('rules.jargon/nfx: unknown rule or category')
    await expect(lint(text, { config: { rules: { 'jargon/nfa': 'loud' } } as never })).rejects.toThrow(
      'rules.jargon/nfa: must be one of off, error, warning, info',
    )
    await expect(lint(text, { config: { readingAge: 'ten' } as never })).rejects.toThrow('readingAge: must be a number from 5 to 25')
    await expect(lint(text, { config: { colour: true } as never })).rejects.toThrow('colour: unknown setting')
  })
})
