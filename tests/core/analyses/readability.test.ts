import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

const long =
  'In arriving at this determination, consideration was afforded to the totality of the material submitted, including the statements of the witnesses, the forensic report and the account provided in interview.'

describe('readability', () => {
  it('flags a long, hard sentence in a letter once, as a warning, with its reading age and where to split', async () => {
    const found = (await findings(long, 'letter')).filter((f) => f.ruleId.startsWith('readability/') && f.ruleId !== 'readability/hidden-actor')
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['readability/long-sentence', 'warning']])
    expect(found[0]!.reason).toMatch(/^This sentence has \d+ words and needs a reading age of about \d+: split it after “[^”]+”, and use everyday words\.$/)
    expect(found[0]!.advice).toMatch(/^Split it into sentences of about 15 to 20 words, starting after “[^”]+”\.$/)
  })

  it('names the split at a clause break that is really in the sentence', async () => {
    const [finding] = (await findings(long, 'letter')).filter((f) => f.ruleId === 'readability/long-sentence')
    const quoted = /after “([^”]+)”/.exec(finding!.reason)![1]!
    expect(long).toContain(quoted)
  })

  it('gives a very long sentence only advice in a review', async () => {
    const longer = long.replace(
      'interview.',
      'interview, together with the telephone records, the messages recovered from both phones and the notes made by the officers who attended the address that night.',
    )
    const found = (await findings(longer, 'review')).filter((f) => f.ruleId.startsWith('readability/') && f.ruleId !== 'readability/hidden-actor')
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(found.map((f) => f.severity))).toEqual(new Set(['info']))
  })

  it('leaves short, plain sentences and letterhead lines alone', async () => {
    const text = 'CPS Wessex Rape and Serious Sexual Offences Unit\nDear Ms Khan,\n\nI am sorry. I have decided not to charge him. I will tell you why.'
    expect((await findings(text, 'letter')).filter((f) => f.ruleId.startsWith('readability/'))).toEqual([])
  })

  it('uses the configured reading age', async () => {
    const text = 'Your statement and the medical evidence were carefully considered together.'
    const strict = await findings(text, 'letter', undefined, { config: { readingAge: 6 } })
    const loose = await findings(text, 'letter', undefined, { config: { readingAge: 20 } })
    expect(strict.some((f) => f.ruleId === 'readability/hard-sentence')).toBe(true)
    expect(loose.some((f) => f.ruleId === 'readability/hard-sentence')).toBe(false)
  })
})
