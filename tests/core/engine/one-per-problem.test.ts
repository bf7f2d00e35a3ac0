import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

describe('one finding per problem', () => {
  it('anchors a prompt about the whole review at a point where another finding covers the same words', async () => {
    const review =
      'The case depends on whether KB is regarded as reliable. Her level of intoxication is likely to affect how much weight a jury gives her account.\n'
    const found = await findings(review, 'review')
    const prompt = found.find((f) => f.ruleId === 'focus/intoxication-without-suspect')
    expect(prompt).toBeDefined()
    const twins = found.filter((f) => f !== prompt && f.start === prompt!.start && f.end === prompt!.end)
    expect(twins).toEqual([])
    // The words it is about are still named.
    expect(prompt!.actual).toMatch(/intoxication/i)
  })
})
