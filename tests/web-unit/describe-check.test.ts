/**
 * What the page says the document was checked as.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'
import { describeCheck } from '../../web/src/describe-check.js'

describe('describeCheck', () => {
  it('names a given letter type, with the right article', async () => {
    expect(describeCheck((await lint('Dear Sam,\n', { kind: 'letter', letterType: 'acquittal' })).data.heed)).toBe('Checked as an acquittal letter.')
    expect(describeCheck((await lint('Dear Sam,\n', { kind: 'letter', letterType: 'charge' })).data.heed)).toBe('Checked as a charge letter.')
  })

  it('says when the kind was worked out from the text', async () => {
    const review =
      'Charging review. Strengths: the complainant reported promptly. Weaknesses: she had been drinking. The suspect was interviewed and gave a no comment interview. The evidential test is not met.\n'
    const data = (await lint(review)).data.heed
    expect(data?.kind).toBe('review')
    expect(describeCheck(data)).toBe('Checked as a charging review (worked out from the text).')
  })

  it('says nothing without a result', () => {
    expect(describeCheck(undefined)).toBe('')
  })
})
