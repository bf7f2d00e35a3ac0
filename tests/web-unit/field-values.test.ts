/**
 * The template's fields as a form: entries become the values `draft` takes,
 * and every example fills in a letter that drafts.
 */
import { describe, expect, it } from 'vitest'
import { DraftError, draft, listTemplates } from '../../src/index.js'
import type { FieldSpec } from '../../src/index.js'
import { choicesFor, controlFor, exampleEntry, fieldLabel, problemsByField, toFieldValues } from '../../web/src/field-values.js'

const spec = (fields: Partial<FieldSpec>): FieldSpec => ({
  name: 'x',
  type: 'string',
  required: false,
  description: 'What to write here.',
  example: 'x',
  ...fields,
})

describe('toFieldValues', () => {
  it('splits lists into lines, reads yes and no, and leaves blank entries out', () => {
    const specs = [
      spec({ name: 'charges', type: 'list' }),
      spec({ name: 'in_custody', type: 'boolean' }),
      spec({ name: 'offer_meeting', type: 'boolean' }),
      spec({ name: 'court' }),
      spec({ name: 'isva_name' }),
    ]
    expect(
      toFieldValues(specs, { charges: 'rape\n\n  sexual assault \n', in_custody: 'no', offer_meeting: '', court: 'Reading Crown Court', isva_name: '   ' }),
    ).toEqual({ charges: ['rape', 'sexual assault'], in_custody: false, court: 'Reading Crown Court' })
  })

  it('ignores entries for fields the letter type does not have', () => {
    expect(toFieldValues([spec({ name: 'court' })], { court: 'Reading', charges: 'rape' })).toEqual({ court: 'Reading' })
  })
})

describe.each(listTemplates().map((template) => [template.type, template] as const))('the %s form', (_type, template) => {
  it('drafts a letter from its examples', async () => {
    const entries = Object.fromEntries(template.fields.map((field) => [field.name, exampleEntry(field)]))
    const result = await draft({ type: template.type, fields: toFieldValues(template.fields, entries) })
    expect(result.text).toContain('Dear ')
  })

  it('names every missing required field, by its label', async () => {
    const error = await draft({ type: template.type, fields: toFieldValues(template.fields, {}) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DraftError)
    const problems = problemsByField((error as DraftError).problems, template.fields)
    expect([...problems.keys()]).toEqual(template.fields.filter((field) => field.required).map((field) => field.name))
    // What to write is beside each field already, so the message only says what is wrong.
    for (const [name, message] of problems) expect(message).toBe(`${fieldLabel(name)} is missing.`)
  })
})

describe('form wording', () => {
  it('labels fields in words', () => {
    expect(fieldLabel('victim_name')).toBe('Victim name')
    expect(fieldLabel('isva_phone')).toBe('ISVA phone')
  })

  it('keeps what to write when it is not the field’s own description', () => {
    const specs = [spec({ name: 'reasons', description: 'Why you decided.' })]
    expect(problemsByField([{ field: 'reasons', message: 'is empty: Why you decided.' }], specs).get('reasons')).toBe('Reasons is empty.')
    expect(problemsByField([{ field: 'reasons', message: 'is empty: something else' }], specs).get('reasons')).toBe('Reasons is empty: something else')
  })

  it('puts field names in a problem into words, and keeps problems of the whole letter apart', () => {
    const specs = [spec({ name: 'letter_date', type: 'date' }), spec({ name: 'decision_date', type: 'date' })]
    const problems = problemsByField(
      [
        { field: 'decision_date', message: 'is after letter_date: a letter cannot come before the decision it tells of' },
        { field: 'type', message: 'must be one of no-charge' },
      ],
      specs,
    )
    expect([...problems]).toEqual([
      ['', 'The letter must be one of no-charge'],
      ['decision_date', 'Decision date is after Letter date: a letter cannot come before the decision it tells of'],
    ])
  })

  it('gives each field type its control, and a yes-or-no question an unset choice saying what happens', () => {
    expect(controlFor(spec({ type: 'list' }))).toBe('textarea')
    expect(controlFor(spec({ type: 'date' }))).toBe('date')
    expect(choicesFor(spec({ type: 'boolean', default: true })).map((choice) => choice.label)).toEqual(['Leave as the usual (yes)', 'Yes', 'No'])
    expect(choicesFor(spec({ type: 'enum', required: true, values: ['trial', 'hearing'] })).map((choice) => choice.value)).toEqual(['', 'trial', 'hearing'])
  })
})
