import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

describe('inclusive (retext-equality, tuned)', () => {
  it('does not flag the known people of a case by pronoun or relationship', async () => {
    const text = 'She told her sister that her husband had hurt her. He denies it.'
    expect((await findings(text, 'review')).filter((f) => f.ruleId.startsWith('inclusive/'))).toEqual([])
  })

  it('still reports inconsiderate wording, as advice', async () => {
    const found = (await findings('The witness is confined to a wheelchair.', 'review')).filter((f) => f.ruleId.startsWith('inclusive/'))
    expect(found.map((f) => [f.actual, f.severity])).toEqual([['confined to a wheelchair', 'info']])
  })

  it('never calls rape or sex profane', async () => {
    const found = await findings('He is charged with rape and a sexual assault.', 'review')
    expect(found.filter((f) => f.ruleId.startsWith('inclusive/'))).toEqual([])
  })
})
