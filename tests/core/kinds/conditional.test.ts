import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

// Exercised through the built-in jargon/nfa rule, a conditional with an expansion.
const nfa = async (text: string) => (await findings(text, 'letter')).filter((f) => f.ruleId === 'jargon/nfa').map((f) => f.actual)

describe('conditional rules', () => {
  it('flag a term with no explanation', async () => {
    expect(await nfa('The police marked the case NFA last week.')).toEqual(['NFA'])
  })

  it('stay silent when a gloss follows closely in the same sentence', async () => {
    expect(await nfa('The case is NFA, which means no one will be charged.')).toEqual([])
  })

  it('stay silent when the next sentence opens with a gloss', async () => {
    expect(await nfa('The case is NFA. This means no one will be charged.')).toEqual([])
  })

  it('stay silent when brackets explain the term', async () => {
    expect(await nfa('The case is NFA (no one will be charged).')).toEqual([])
  })

  it('stay silent once the long form has been written', async () => {
    expect(await nfa('The police will take no further action. The record says NFA.')).toEqual([])
  })

  it('still flag when the gloss is far away', async () => {
    const text = 'The case is NFA and the officer in charge of it told me so on the telephone yesterday afternoon, which means little.'
    expect(await nfa(text)).toEqual(['NFA'])
  })

  it('do not apply to reviews when the rule is for letters', async () => {
    expect((await findings('The OIC recorded NFA.', 'review')).filter((f) => f.ruleId === 'jargon/nfa')).toEqual([])
  })
})
