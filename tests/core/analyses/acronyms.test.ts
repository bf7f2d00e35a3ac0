import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

const acronyms = async (text: string, kind: 'letter' | 'review' = 'letter') =>
  (await findings(text, kind)).filter((f) => f.ruleId === 'jargon/unexplained-acronym').map((f) => f.actual)

describe('jargon/unexplained-acronym', () => {
  it('flags acronyms no list knows, at each use', async () => {
    expect(await acronyms('The WCU will call you. The WCU is open late. A SHPO was made.')).toEqual(['WCU', 'WCU', 'SHPO'])
  })

  it('accepts an acronym defined in brackets, or explained beside it', async () => {
    expect(await acronyms('The Witness Care Unit (WCU) will call you. The WCU is open late.')).toEqual([])
    expect(await acronyms('The judge made a SHPO (an order that limits what he can do).')).toEqual([])
  })

  it('leaves everyday acronyms, surnames in capitals and postcodes alone', async () => {
    expect(await acronyms('The CCTV and DNA evidence went to your GP and your ISVA.')).toEqual([])
    expect(await acronyms('Re: Lewis GRANT, Fairfax House, Reading RG1 1PB')).toEqual([])
  })

  it('is for letters only; reviews are read by lawyers', async () => {
    expect(await acronyms('The WCU will call the complainant.', 'review')).toEqual([])
  })

  it('gives way to a specific jargon rule on the same words', async () => {
    const found = (await findings('The case was recorded as NFA.', 'letter')).filter((f) => f.ruleId.startsWith('jargon/'))
    expect(found.map((f) => f.ruleId)).toEqual(['jargon/nfa'])
  })
})
