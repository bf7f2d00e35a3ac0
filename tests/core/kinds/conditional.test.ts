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

  it('still flag when the next sentence comments on what happened rather than saying what the term means', async () => {
    expect(await nfa('The case is NFA. This is a matter for the police, not for us.')).toEqual(['NFA'])
    expect(await nfa('The case is NFA. This is a decision for the officer.')).toEqual(['NFA'])
  })

  it('still flag when the gloss is far away', async () => {
    const text = 'The case is NFA and the officer in charge of it told me so on the telephone yesterday afternoon, which means little.'
    expect(await nfa(text)).toEqual(['NFA'])
  })

  it('do not apply to reviews when the rule is for letters', async () => {
    expect((await findings('The OIC recorded NFA.', 'review')).filter((f) => f.ruleId === 'jargon/nfa')).toEqual([])
  })
  describe('a gloss that leads into another term explains nothing', () => {
    const listing = async (text: string) => (await findings(text, 'letter')).filter((f) => f.ruleId === 'jargon/court-listing-terms').map((f) => f.actual)

    it.each([
      ['The trial has been re-fixed for 4 May. This is a floating fixture.', ['re-fixed']],
      ['The trial has a time estimate of six days. It is a warned list case.', ['time estimate']],
      ['The hearing has been relisted. Please note this is a fixture in the warned list.', ['been relisted']],
      ['The trial has been re-fixed for 9 June. That is the warned period for the court.', ['re-fixed']],
    ])('%s', async (text, expected) => {
      expect(await listing(text)).toEqual(expect.arrayContaining(expected))
    })

    it.each([
      'The trial has been re-fixed for 4 May. This is the new date the court has set.',
      'The trial has a time estimate of six days. That is how long the court thinks it will last.',
      'The trial has been relisted. This means it has been given a new date.',
    ])('stays silent on a plain gloss: %s', async (text) => {
      expect(await listing(text)).toEqual([])
    })

    it('reads a gloss in the next sentence as explaining what ends the sentence before, not terms far back in it', async () => {
      const text =
        'The trial, which was listed in the warned list for the week commencing Monday 11 January, has been moved by the court because no judge was free. This means the trial will not take place in January.'
      expect(await listing(text)).toEqual(['was listed', 'warned list'])
      expect(await listing('The trial has been relisted. This means it has been given a new date.')).toEqual([])
    })

    it('keeps an explanation that a naming phrase follows', async () => {
      const text = 'Your evidence will be recorded before the trial, which is called a section 28 hearing.'
      expect((await findings(text, 'letter')).filter((f) => f.ruleId === 'jargon/cross-examination')).toEqual([])
    })
  })

  it('still flag a count whose colon goes on to name the offences, not to say what a count is', async () => {
    const counts = (await findings('He has been charged with two counts: one of rape and one of sexual assault.', 'letter')).filter(
      (f) => f.ruleId === 'jargon/counts',
    )
    expect(counts.map((f) => f.actual)).toEqual(['two counts'])
  })
})
