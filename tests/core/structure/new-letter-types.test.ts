/**
 * The parts the new letter types need: a sentence letter without the Victim
 * Contact Scheme or the sentence review is told so, with a paragraph to insert;
 * a review-outcome letter needs a next step; each type is recognised from its words.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../../src/index.js'

const missing = async (text: string, letterType?: 'sentence' | 'review-outcome' | 'withdrawal' | 'pre-trial-meeting') =>
  (await lint(text, { kind: 'letter', letterType })).messages
    .filter((m) => m.ruleId?.startsWith('structure/missing-'))
    // The paragraph to insert is the fix's text; `expected` is only for drop-in wording.
    .map((m) => ({ ruleId: m.ruleId, expected: (m as unknown as { fix?: { text: string } }).fix?.text ?? '' }))

const SENTENCE = `Dear Ms Lane,

On Friday 22 May 2026, the judge sentenced Mr Webb to 9 years in prison for rape.

If you have any questions, please call me on 01632 960 301. Rape Crisis can support you on 0808 500 2222.

Yours sincerely,

Owen Pritchard
`

describe('letters after sentence', () => {
  it('are recognised, and need the Victim Contact Scheme and the sentence review, each with a paragraph to insert', async () => {
    const file = await lint(SENTENCE, { kind: 'letter' })
    expect(file.data.heed?.letterType).toBe('sentence')
    const found = await missing(SENTENCE, 'sentence')
    expect(found.map((f) => f.ruleId).sort()).toEqual(['structure/missing-sentence-review', 'structure/missing-victim-contact-scheme'])
    expect(found.find((f) => f.ruleId === 'structure/missing-victim-contact-scheme')!.expected).toContain('vcsenquiries@justice.gov.uk')
    expect(found.find((f) => f.ruleId === 'structure/missing-sentence-review')!.expected).toContain('Attorney General’s Office')
  })

  it('count both parts when the letter has them', async () => {
    const full = SENTENCE.replace(
      'If you have any questions',
      'You can join the Victim Contact Scheme. Anyone can ask the Attorney General’s Office to look at the sentence if it seems far too low.\n\nIf you have any questions',
    )
    expect(await missing(full, 'sentence')).toEqual([])
  })
})

describe('review outcomes', () => {
  it('need a next step', async () => {
    const text = `Dear Ms Delaney,

You asked us to look again at the decision not to charge Mr Hurst. I know that waiting has been hard.

I have looked at all the evidence again, and I have decided that the original decision was right, because the messages do not show what he knew.

If you have any questions, please call me on 01632 960 455. I would be glad to meet you. Rape Crisis can support you on 0808 500 2222.

Yours sincerely,

Farah Malik
`
    expect((await missing(text, 'review-outcome')).map((f) => f.ruleId)).toEqual(['structure/missing-next-step'])
    const withNext = text.replace(
      'If you have any questions',
      'If you are still not satisfied, you can ask our Appeals and Review Unit to look at it.\n\nIf you have any questions',
    )
    expect(await missing(withNext, 'review-outcome')).toEqual([])
  })
})
