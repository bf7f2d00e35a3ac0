import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

const hidden = async (text: string, kind: 'letter' | 'review' = 'letter') =>
  (await findings(text, kind)).filter((f) => f.ruleId === 'readability/hidden-actor').map((f) => [f.actual, f.severity])

describe('readability/hidden-actor', () => {
  it('finds regular participles that retext-passive misses', async () => {
    expect(await hidden('You were referred to the team.')).toEqual([['were referred', 'warning']])
    expect(await hidden('The case has been discontinued.')).toEqual([['been discontinued', 'warning']])
  })

  it('is advice only for actions that are not decisions, and in reviews', async () => {
    expect(await hidden('The phone was seized.')).toEqual([['was seized', 'info']])
    expect(await hidden('The evidence was considered.', 'review')).toEqual([['was considered', 'info']])
  })

  it('stays silent when "by" names who acted, or the word describes a state', async () => {
    expect(await hidden('The case was reviewed by a senior prosecutor.')).toEqual([])
    expect(await hidden('I am concerned and you are entitled to ask.')).toEqual([])
  })
})
