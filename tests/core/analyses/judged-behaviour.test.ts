import { describe, expect, it } from 'vitest'
import { checkJudgedBehaviour } from '../../../src/core/analyses/judged-behaviour.js'
import { findings } from '../../helpers.js'
import { indexText } from '../../helpers-doc.js'

// The analysis on its own: in a full lint a more specific pack rule on the same words takes precedence.
const judged = async (text: string, kind: 'letter' | 'review' = 'review') =>
  checkJudgedBehaviour(indexText(text), kind).map((f) => f.actual)

describe('misconception/judged-behaviour', () => {
  it('flags a victim behaviour set beside a judgement of it', async () => {
    expect(await judged('She carried on working with him for a year, which is difficult to reconcile with her account.'))
      .toEqual(['carried on working with him for a year, which is difficult to reconcile'])
    expect(await judged('You stayed in contact with him afterwards, which undermines your account.', 'letter'))
      .toEqual(['stayed in contact with him afterwards, which undermines'])
  })

  it('reads a judgement in the next sentence when it looks back', async () => {
    expect(await judged('She sent him friendly messages the next day. This sits uneasily with her account.'))
      .toEqual(['friendly messages'])
  })

  it('leaves a neutral fact alone', async () => {
    expect(await judged('She stayed at the house until the morning and then went home.')).toEqual([])
  })

  it('leaves the suspect\'s reported words and a plan to counter the myth alone', async () => {
    expect(await judged('He says she stayed in contact, which he claims undermines her account.')).toEqual([])
    expect(await judged('The defence may say that her delay in reporting undermines her; delay is common and we will ask for a jury direction.')).toEqual([])
  })

  it('needs the sentence to be about the victim', async () => {
    expect(await judged('The suspect carried on working at the bar, which is difficult to reconcile with his account.')).toEqual([])
  })
})

describe('behaviours listed under a heading that frames them as points against her', () => {
  const review = (heading: string) => `AB reported the rape to the police.\n\n${heading}\n\n- Nine-day delay in reporting.\n- No injuries.\n- Went to work as usual the next day.\n\nPlan\n\nWe will ask for the judge's direction on delay.\n`
  const found = async (text: string) => (await findings(text, 'review')).filter((f) => f.ruleId.startsWith('misconception/')).map((f) => f.actual)

  it.each(['Weaknesses', '**Weaknesses of the case**', 'Difficulties:', '3. Evidential difficulties'])('reads the items under “%s” as judged', async (heading) => {
    expect((await found(review(heading))).length).toBe(3)
  })

  it('leaves the same items alone under a neutral heading', async () => {
    expect(await found(review('Chronology'))).toEqual([])
  })

  it('leaves an item about the suspect alone', async () => {
    expect(await found('Weaknesses\n\n- He has no previous convictions and no injuries were found on him.\n')).toEqual([])
  })
})
