/**
 * Dates in letters: weekdays against the calendar, deadline dates counted in
 * working days over England and Wales bank holidays and across year ends, and
 * the review-by behaviour of a fact with a fixed clock.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../../../src/index.js'
import type { LetterType } from '../../../../src/index.js'

interface Message {
  ruleId: string
  severity: string
  actual: string
  expected: string[]
  reason: string
  category: string
}

async function accuracy(text: string, letterType: LetterType = 'no-charge', today: string | Date = '2026-12-04'): Promise<Message[]> {
  const file = await lint(text, { kind: 'letter', letterType, today })
  return (file.messages as unknown as Message[]).filter((m) => m.category === 'accuracy')
}

const reviewLetter = (date: string, by: string, from = 'the date of this letter') =>
  `Date: ${date}\n\nDear Ms Hale,\n\nYou can ask for a review of my decision. If you can, please ask within ten working days of ${from}, which is by ${by}. We can usually accept a request up to three months after you were told of the decision.\n`

describe('deadline dates counted in working days', () => {
  it.each([
    ['over Easter', '27 March 2026', 'Tuesday 14 April 2026'],
    ['over Christmas and New Year', '18 December 2025', 'Tuesday 6 January 2026'],
    ['over the 2026 substitute Boxing Day and into 2027', '23 December 2026', 'Monday 11 January 2027'],
    ['over the spring bank holiday', '21 May 2026', 'Friday 5 June 2026'],
    ['with no holiday in the way', '4 November 2025', 'Tuesday 18 November 2025'],
  ])('accepts the right date %s', async (_label, date, by) => {
    expect(await accuracy(reviewLetter(date, by))).toEqual([])
  })

  it.each([
    ['ignoring Easter', '27 March 2026', 'Friday 10 April 2026', 'Tuesday 14 April 2026'],
    ['ignoring Christmas and New Year', '18 December 2025', 'Friday 2 January 2026', 'Tuesday 6 January 2026'],
    ['ignoring the substitute days at the end of 2026', '23 December 2026', 'Thursday 7 January 2027', 'Monday 11 January 2027'],
    ['counted in calendar days', '4 November 2025', 'Friday 14 November 2025', 'Tuesday 18 November 2025'],
  ])('flags a date %s and offers the right one', async (_label, date, by, right) => {
    const found = await accuracy(reviewLetter(date, by))
    expect(found.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([['accuracy/deadline-date', by, [right]]])
  })

  it('allows a later date when the days run from receiving the letter', async () => {
    expect(await accuracy(reviewLetter('27 March 2026', 'Thursday 16 April 2026', 'receiving this letter'))).toEqual([])
    const early = await accuracy(reviewLetter('27 March 2026', 'Thursday 9 April 2026', 'receiving this letter'))
    expect(early.map((m) => m.ruleId)).toEqual(['accuracy/deadline-date'])
  })

  it('refuses to count in a year with no bank holiday list rather than guess', async () => {
    expect(await accuracy(reviewLetter('20 December 2030', 'Friday 3 January 2031'))).toEqual([])
  })
})

describe('deadline dates counted in calendar days from the sentence', () => {
  const sentenceLetter = (sentenced: string, by: string) =>
    `Date: ${sentenced}\n\nDear Mr Lowe,\n\nOn ${sentenced} the judge sentenced him to 9 years in prison for rape.\n\nAnyone can ask the Attorney General's Office to look at a sentence that seems far too low. Requests must reach them within 28 days of the sentence, which is by ${by}.\n`

  it('accepts 28 days across a year end', async () => {
    expect(await accuracy(sentenceLetter('10 December 2026', 'Thursday 7 January 2027'), 'conviction')).toEqual([])
  })

  it('flags a limit counted from the letter, and its date, which falls after the limit from sentence', async () => {
    const text = `Date: 5 December 2025\n\nDear Mr Lowe,\n\nOn Thursday 20 November 2025 the judge sentenced him to 9 years in prison for rape.\n\nAnyone can ask the Attorney General's Office to look at a sentence that seems far too low. Requests must reach them within 28 days of the date of this letter, which is by Friday 2 January 2026.\n`
    const found = await accuracy(text, 'conviction')
    expect(found.map((m) => [m.ruleId, m.actual])).toEqual([
      ['accuracy/sentence-review-time-limit', '28 days of the date of this letter'],
      ['accuracy/deadline-date', 'Friday 2 January 2026'],
    ])
    expect(found[1]!.expected).toEqual(['Thursday 18 December 2025'])
  })

  it('does not take the deadline for the day it runs from when the sentence is dated only as yesterday', async () => {
    const text = `Tuesday 1 December 2026\n\nDear Mrs Lowe,\n\nYesterday the judge sentenced him to 9 years in prison for rape.\n\nAnyone can ask the Attorney General's Office to look at a sentence that seems far too low. The request must reach them within 28 days of the sentence, so by 28 December 2026.\n`
    expect((await accuracy(text, 'conviction')).filter((m) => m.ruleId === 'accuracy/deadline-date')).toEqual([])
  })

  it("reads a date that follows a second limit as that limit's, not the first one's", async () => {
    const text = `Date: 21 April 2026\n\nDear Ms Hale,\n\nIf you ask by Wednesday 6 May 2026 (ten working days from the date of this letter) the review can be done quickly; we can accept a request up to three months from today, until 21 July 2026.\n`
    expect((await accuracy(text)).filter((m) => m.ruleId === 'accuracy/deadline-date')).toEqual([])
    const wrong = text.replace('until 21 July 2026', 'until 21 August 2026')
    expect((await accuracy(wrong)).filter((m) => m.ruleId === 'accuracy/deadline-date').map((m) => m.actual)).toEqual(['21 August 2026'])
  })

  it('does not read a bank holiday named on the way as the deadline', async () => {
    const text = `Date: 20 August 2026\n\nDear Ms Hale,\n\nYou can ask for a review of my decision. If you ask by Friday 4 September 2026, which is ten working days from today (the bank holiday on 31 August is not counted), we can deal with it quickly.\n`
    expect((await accuracy(text)).filter((m) => m.ruleId === 'accuracy/deadline-date')).toEqual([])
  })

  it('reads the date a limit is put beside as its deadline, not a day named after it', async () => {
    const text = `Date: 15 December 2026\n\nDear Ms Hale,\n\nIf you ask by Thursday 31 December 2026, which is ten working days from today (our office is closed on 25 and 28 December), the review can be done quickly.\n`
    expect((await accuracy(text)).filter((m) => m.ruleId === 'accuracy/deadline-date')).toEqual([])
    const wrong = text.replace('Thursday 31 December', 'Tuesday 29 December')
    expect((await accuracy(wrong)).filter((m) => m.ruleId === 'accuracy/deadline-date').map((m) => [m.actual, m.expected])).toEqual([
      ['Tuesday 29 December 2026', ['Thursday 31 December 2026']],
    ])
  })

  it('flags a date past the limit', async () => {
    const found = await accuracy(sentenceLetter('10 December 2026', 'Friday 8 January 2027'), 'conviction')
    expect(found.map((m) => [m.ruleId, m.expected])).toEqual([['accuracy/deadline-date', ['Thursday 7 January 2027']]])
  })
})

describe('weekdays', () => {
  it('flags a weekday that does not match its date', async () => {
    const found = await accuracy('Date: 2 February 2026\n\nDear Ms Hale,\n\nThe trial starts on Tuesday 9 March 2026.\n', 'delay')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([['accuracy/wrong-weekday', 'Tuesday 9 March 2026', ['Monday 9 March 2026']]])
  })

  it('takes a missing year from the letter date, across a year end', async () => {
    const right = 'Date: 30 December 2025\n\nDear Ms Hale,\n\nThe hearing is on Friday 2 January.\n'
    expect(await accuracy(right, 'delay')).toEqual([])
    const wrong = await accuracy(right.replace('Friday 2', 'Thursday 2'), 'delay')
    expect(wrong.map((m) => [m.actual, m.expected])).toEqual([['Thursday 2 January', ['Friday 2 January']]])
  })

  it('reads a past event without its year as last year where the weekday fits it, and a future one as this year', async () => {
    // 9 August 2025 was a Saturday; 9 August 2026 is a Sunday.
    const past = 'Date: 18 May 2026\n\nDear Ms Hale,\n\nYou told the police that it happened on Saturday 9 August.\n'
    expect(await accuracy(past, 'no-charge')).toEqual([])
    const future = 'Date: 18 May 2026\n\nDear Ms Hale,\n\nThe trial will start on Saturday 9 August.\n'
    expect((await accuracy(future, 'delay')).map((m) => m.ruleId)).toEqual(['accuracy/wrong-weekday'])
  })

  it('accepts ordinals and a comma after the weekday', async () => {
    expect(await accuracy('Dear Ms Hale,\n\nThe hearing is on Thursday, 19th March 2026.\n', 'delay')).toEqual([])
    const found = await accuracy('Dear Ms Hale,\n\nThe hearing is on Friday, 19th March 2026.\n', 'delay')
    expect(found.map((m) => m.ruleId)).toEqual(['accuracy/wrong-weekday'])
  })
})

describe('a late decision letter', () => {
  const letter = (extra = '') => `Date: 12 March 2026\n\nDear Ms Hale,\n\n${extra}I have decided on 6 March 2026 that Mr Grey will not be charged.\n`

  it('prompts when the letter is more than 1 working day after the decision', async () => {
    const found = await accuracy(letter())
    expect(found.map((m) => [m.ruleId, m.severity])).toEqual([['accuracy/decision-notice-time', 'info']])
  })

  it('is quiet when the letter says sorry for the delay, or the reader was told by phone', async () => {
    expect(await accuracy(letter('I am sorry this letter has taken longer than it should have. '))).toEqual([])
    expect(await accuracy(letter('As I told you on the phone, '))).toEqual([])
  })
})

describe('review-by, with a fixed clock', () => {
  const wrong = 'Dear Ms Hale,\n\nYou can ask for a review of my decision within 5 working days of this letter.\n'

  it('gives an error while the fact is current', async () => {
    const [finding] = await accuracy(wrong, 'no-charge', '2027-06-04')
    expect(finding!.severity).toBe('error')
    expect(finding!.reason).not.toMatch(/still current/)
  })

  it('says to check the fact, and gives no error, once review-by has passed', async () => {
    for (const today of ['2027-06-05', new Date('2028-01-01T09:00:00Z')]) {
      const [finding] = await accuracy(wrong, 'no-charge', today)
      expect(finding!.severity).toBe('warning')
      expect(finding!.reason).toMatch(/due to be checked again by 4 June 2027: check it is still current/)
    }
  })

  it('refuses a today that is not a date', async () => {
    await expect(lint(wrong, { kind: 'letter', today: '4/6/2027' })).rejects.toThrow(/option `today`/)
  })
})
