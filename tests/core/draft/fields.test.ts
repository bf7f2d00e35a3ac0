/**
 * A missing, empty, wrongly typed or unknown field stops the draft with an
 * error that names the field and says what it needs; nothing is rendered, and
 * no message repeats a value (values are personal details).
 */
import { describe, expect, it } from 'vitest'
import { DraftError, draft } from '../../../src/index.js'
import type { FieldProblem } from '../../../src/index.js'
import { exampleFields } from './helpers.js'

async function problems(fields: Record<string, unknown>, type: Parameters<typeof draft>[0]['type'] = 'no-charge'): Promise<FieldProblem[]> {
  try {
    await draft({ type, fields })
  } catch (error) {
    expect(error).toBeInstanceOf(DraftError)
    return (error as DraftError).problems
  }
  throw new Error('expected a DraftError')
}

const without = (fields: Record<string, unknown>, name: string) => Object.fromEntries(Object.entries(fields).filter(([key]) => key !== name))

describe('field validation', () => {
  it('names a missing required field and says what to write', async () => {
    expect(await problems(without(exampleFields('no-charge'), 'reasons'))).toEqual([
      { field: 'reasons', message: expect.stringMatching(/^is missing: Why you decided not to charge/) },
    ])
  })

  it('names an empty field, whether blank or only spaces', async () => {
    expect(await problems({ ...exampleFields('no-charge'), suspect_name: '' })).toEqual([
      { field: 'suspect_name', message: expect.stringMatching(/^is empty/) },
    ])
    expect(await problems({ ...exampleFields('no-charge'), reasons: ' \n\n ' })).toEqual([{ field: 'reasons', message: expect.stringMatching(/^is empty/) }])
    expect(await problems({ ...exampleFields('charge'), charges: [] }, 'charge')).toEqual([{ field: 'charges', message: 'is an empty list' }])
  })

  it.each([
    ['offer_meeting', 'yes', 'must be true or false, not text'],
    ['letter_date', '10/11/2025', 'must be a real date written YYYY-MM-DD, such as 2026-03-03'],
    ['letter_date', '2025-02-30', 'must be a real date written YYYY-MM-DD, such as 2026-03-03'],
    ['contact_phone', 1632960448, 'must be a direct UK phone number such as 01632 960 448, not a national helpline, not a number (put it in quotes)'],
    ['contact_phone', '0808 500 2222', 'must be a direct UK phone number such as 01632 960 448, not a national helpline'],
    ['contact_phone', 'call me', 'must be a direct UK phone number such as 01632 960 448, not a national helpline'],
    ['contact_email', 'tomasz at cps', 'must be an email address such as name@cps.gov.uk'],
    ['victim_address', '14 Orchard Row', 'must be a list of lines, not text'],
    ['victim_address', ['14 Orchard Row', 7], 'item 2 must be text, not a number'],
    ['suspect_name', { first: 'Ed' }, 'must be one line of text, not a set of fields'],
    ['reasons', ['a', 'b'], 'must be text in your own words, not a list'],
  ])('names %s when it is the wrong kind of value', async (field, value, message) => {
    expect(await problems({ ...exampleFields('no-charge'), [field]: value })).toEqual([{ field, message }])
  })

  it('checks an enum against its words', async () => {
    expect(await problems({ ...exampleFields('delay'), delayed: 'sentence' }, 'delay')).toEqual([
      { field: 'delayed', message: 'must be one of trial, hearing, decision' },
    ])
  })

  it('names an unknown field and suggests the one meant', async () => {
    expect(await problems({ ...exampleFields('no-charge'), reason: 'x', shoe_size: 9 })).toEqual([
      { field: 'reason', message: expect.stringContaining('(did you mean reasons?)') },
      { field: 'shoe_size', message: 'is not a field of a no-charge letter; heed templates lists the fields' },
    ])
  })

  it('reports every problem at once', async () => {
    const found = await problems({ victim_name: 'Sam Doe', letter_date: 'soon', offer_meeting: 'no' })
    expect(found.map((p) => p.field).sort()).toEqual([
      'address_as',
      'contact_phone',
      'letter_date',
      'offer_meeting',
      'prosecutor_name',
      'reasons',
      'suspect_name',
      'vlu_phone',
    ])
  })

  it('never repeats a value in a message', async () => {
    const secret = 'Very Private Detail'
    const error = await draft({
      type: 'no-charge',
      fields: { ...exampleFields('no-charge'), letter_date: secret, contact_email: secret, offer_meeting: secret },
    }).catch((e: Error) => e)
    expect(error).toBeInstanceOf(DraftError)
    expect((error as Error).message).not.toContain(secret)
    expect((error as Error).message).toMatch(/^heed: cannot draft a no-charge letter: /)
  })

  it('treats a blank optional field as not given', async () => {
    const result = await draft({ type: 'no-charge', fields: { ...exampleFields('no-charge'), isva_name: null, reference: '' } })
    expect(result.text).not.toContain('Our reference')
    expect(result.text).not.toContain('is your Independent Sexual Violence Adviser')
  })

  it('refuses an unknown type or format, and fields that are not a set of fields', async () => {
    await expect(draft({ type: 'parole' as never, fields: {} })).rejects.toMatchObject({ problems: [{ field: 'type' }] })
    await expect(draft({ type: 'charge', fields: exampleFields('charge'), format: 'pdf' as never })).rejects.toMatchObject({ problems: [{ field: 'format' }] })
    await expect(draft({ type: 'charge', fields: ['a'] as never })).rejects.toMatchObject({
      problems: [{ field: 'fields', message: 'must be a set of named fields, not a list' }],
    })
  })

  it('checks dates against each other and against the known bank holidays', async () => {
    expect(await problems({ ...exampleFields('no-charge'), decision_date: '2025-11-12' })).toEqual([
      { field: 'decision_date', message: expect.stringMatching(/^is after letter_date/) },
    ])
    expect(await problems({ ...exampleFields('no-charge'), decision_date: '2031-01-02', letter_date: '2031-01-03' })).toEqual([
      { field: 'decision_date', message: expect.stringContaining('2024 to the end of 2030') },
      { field: 'letter_date', message: expect.stringContaining('2024 to the end of 2030') },
    ])
    // A letter late in 2030 has a review deadline in 2031: refused, not guessed.
    expect(await problems({ ...exampleFields('no-charge'), decision_date: '2030-12-19', letter_date: '2030-12-20' })).toEqual([
      { field: 'letter_date', message: expect.stringContaining('counting working days reached 2031-01-01') },
    ])
  })
})
