import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

const prompts = async (text: string) =>
  (await findings(text, 'review')).filter((f) => /consider-ccb|intoxication-without-suspect/.test(f.ruleId)).map((f) => [f.ruleId, f.severity])

describe('review prompts', () => {
  it("asks about coercive control when a partner's control is described but not considered", async () => {
    const text = 'The complainant and the suspect were married for ten years. He checked her phone every night and kept her bank card.'
    expect(await prompts(text)).toEqual([['focus/consider-ccb', 'info']])
    expect(await prompts(`${text} A CCB charge will be added.`)).toEqual([])
  })

  it('reads jealousy as control when it is his, not when a motive is read into hers', async () => {
    expect(await prompts('They lived together for two years. He became jealous whenever she went out.')).toEqual([['focus/consider-ccb', 'info']])
    expect(await prompts('They lived together for two years. Possible jealousy on learning about his new girlfriend.')).toEqual([])
  })

  it('does not ask about coercive control outside a relationship', async () => {
    expect(await prompts('The instructor kept her bank card during the lesson.')).toEqual([])
  })

  it('asks what the suspect knew when only her intoxication is discussed', async () => {
    const text = 'She had been drinking all evening and could not stand.'
    expect(await prompts(text)).toEqual([['focus/intoxication-without-suspect', 'info']])
    expect(await prompts(`${text} He knew how drunk she was and took no steps to check she agreed.`)).toEqual([])
  })
})
