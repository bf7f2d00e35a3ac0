/**
 * misconception/conduct-listed-as-reason: the reader's own conduct set out as
 * the items of a letter's list of reasons, with the lists a specialist would
 * leave alone.
 */
import { describe, expect, it } from 'vitest'
import { checkReasonsList } from '../../../src/core/analyses/reasons-list.js'
import { findings } from '../../helpers.js'
import { indexText } from '../../helpers-doc.js'

const RULE = 'misconception/conduct-listed-as-reason'
const of = async (text: string) => (await findings(text, 'letter', 'no-charge')).filter((f) => f.ruleId === RULE).map((f) => f.actual)
/** The rule alone, before the other checks: whether another finding already covers an item depends on them and on the models. */
const alone = (text: string) => checkReasonsList(indexText(text), []).map((f) => f.actual)
/** Every misconception finding of the whole check, whichever rule reports it. */
const anyMisconception = async (text: string) =>
  (await findings(text, 'letter', 'no-charge')).filter((f) => f.ruleId.startsWith('misconception/')).map((f) => f.actual)

const letter = (lead: string, items: string[]) =>
  `Dear Ms Price,\n\nThe police sent us the file on 18 September. Mr Hale will not be charged.\n\n${lead}\n\n${items.map((i) => `- ${i}`).join('\n')}\n\nYours sincerely,\n`

describe(RULE, () => {
  it.each([
    ['The reasons are:', 'you walked back to his camper van with him from the beach fire'],
    ['The lawyer took the following into account:', "you told the officer you'd had five or six cans of cider"],
    ['These are the points that mattered most to the decision:', 'you kissed him by the fire about an hour before'],
    ['My reasons are as follows:', 'you chose the hotel and booked the room yourself'],
  ])('flags an item that opens on the reader under "%s": %s', async (lead, item) => {
    expect(alone(letter(lead, [item]))).toEqual([item])
    // In the whole check the item is reported once, by this rule or by another that reads the same words.
    const reported = await anyMisconception(letter(lead, [item]))
    expect(reported.some((actual) => item.includes(actual) || actual.includes(item))).toBe(true)
  })

  it('reports the item without its list marker or the joining "and"', async () => {
    expect(alone(letter('The reasons are:', ['you stayed in the van until the morning; and', 'there is no CCTV of the car park.']))).toEqual([
      'you stayed in the van until the morning',
    ])
  })

  it.each([
    ['The court also made the following orders:', 'a restraining order preventing him from contacting you'],
    ['Support is available from:', 'your Independent Sexual Violence Adviser, who you can call at any time'],
    ['What happens next:', 'you can ask for this decision to be reviewed'],
    ['The reasons are:', 'there is no forensic evidence from the car park'],
    ['The reasons are:', 'Mr Pound denies any offence and says that you agreed'],
    ['Three things mattered most to my decision:', "the depot's cameras do not cover the bay where your van was parked"],
  ])('leaves a list that is not about her conduct: "%s" %s', async (lead, item) => {
    expect(await of(letter(lead, [item]))).toEqual([])
  })

  it('leaves a list once the paragraph after it has moved on', async () => {
    const text = `Dear Ms Price,\n\nThe reasons are:\n\n- there is no CCTV\n\nI know this will be hard to read.\n\n- you can call me on 0118 496 0123\n\nYours sincerely,\n`
    expect(await of(text)).toEqual([])
  })

  it('is silent in a review', async () => {
    const review = `CHARGING REVIEW\n\nThe reasons are:\n\n- you walked back to his van with him\n`
    expect((await findings(review, 'review')).filter((f) => f.ruleId === RULE)).toEqual([])
  })
})
