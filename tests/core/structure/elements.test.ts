/**
 * Each part of a letter is recognised by meaning, in many phrasings, and near
 * misses do not count.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../../src/index.js'

async function elementsIn(body: string): Promise<string[]> {
  const file = await lint(`Dear Ms Doe,\n\n${body}\n\nYours sincerely,\n\nAlex Reed\n`, { kind: 'letter', letterType: 'no-charge' })
  return file.data.heed!.elements!
}

const cases: Record<string, { count: string[]; miss: string[] }> = {
  'acknowledge-impact': {
    count: [
      'I know this news will be upsetting.',
      'I am so sorry that this is not the outcome you wanted.',
      'I understand how hard the last year has been for you.',
      'This may be difficult to read.',
    ],
    miss: [
      'We apologise for any inconvenience caused.',
      'Your statement described how the offence affected you.',
      'It is difficult to prove what happened.',
    ],
  },
  decision: {
    count: [
      'I have decided that he will not be charged.',
      'My decision is that the case cannot go ahead.',
      'The jury found Mr Ward not guilty.',
      'The trial has been moved to a new date.',
      'He has been charged with rape.',
    ],
    miss: ['I looked at the evidence.', 'The police sent me the file in May.'],
  },
  reasons: {
    count: [
      'I made this decision because no one else saw what happened.',
      'There is no other evidence that supports either account.',
      'The main problem is that the messages were deleted.',
    ],
    miss: ['I am satisfied that it was the right decision.', 'I looked at all of the material.'],
  },
  'right-to-review': {
    count: [
      'You can ask for my decision to be looked at again by another prosecutor.',
      "This is called the Victims' Right to Review scheme.",
      'You may request a review of this decision within ten working days.',
    ],
    miss: ['I reviewed the file carefully.', 'The police will review their records.'],
  },
  support: {
    count: [
      'Your ISVA can keep supporting you.',
      'You can call Rape Crisis free at any time.',
      'The Witness Service can help you on the day.',
      'You may find it helpful to speak to a counsellor.',
    ],
    miss: ['The defence asked to see your counselling records.', 'Defence counsel asked about the party.'],
  },
  'future-reporting': {
    count: [
      'Please do not let this put you off reporting anything in the future.',
      'If anything happens in the future, please contact the police.',
      'I hope this will not stop you from going to the police again.',
    ],
    miss: ['In the future the court may change its rules.', 'The police will keep your phone.'],
  },
  meeting: {
    count: [
      'I would be glad to meet you to explain my decision.',
      'If you would like a phone call to talk it through, please let me know.',
      'We can arrange a meeting in person or by video.',
    ],
    miss: ['I met the officer in the case.', 'The meeting point at court is the main entrance.'],
  },
  contact: {
    count: [
      'If you have any questions, please call me on 0118 496 0123.',
      'You can contact the Victim Liaison Unit at vlu.south@example.org.',
      'Please get in touch with me on 01632 960 444 if anything is unclear.',
    ],
    miss: [
      'If you have any questions, please do get in touch.',
      'You can call the Rape Crisis support line on 0808 500 2222 with any questions.',
    ],
  },
}

describe.each(Object.entries(cases))('%s', (element, { count, miss }) => {
  it.each(count)('counts: %s', async (sentence) => {
    expect(await elementsIn(sentence)).toContain(element)
  })
  it.each(miss)('does not count: %s', async (sentence) => {
    expect(await elementsIn(sentence)).not.toContain(element)
  })
})
