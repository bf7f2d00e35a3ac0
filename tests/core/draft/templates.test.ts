/**
 * Every template, drafted from its example data, is a letter heed itself has
 * nothing to say about: no findings of any category, at the reading-age target,
 * recognised as the right type of letter.
 */
import { describe, expect, it } from 'vitest'
import { LETTER_TYPES, draft, lint, listTemplates } from '../../../src/index.js'
import type { LetterType } from '../../../src/index.js'
import { exampleFields } from './helpers.js'

/** Fields that only one kind of case needs, so none can be required: a changed charge needs the old and new charge; a withdrawal after charge needs the charges. */
const CASE_SHAPE_NEEDS: Partial<Record<LetterType, string[]>> = {
  alteration: ['old_charge', 'new_charge'],
  withdrawal: ['charges'],
}

const findings = (file: Awaited<ReturnType<typeof lint>>) =>
  file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${(m as unknown as { actual: string }).actual}`)

describe.each(LETTER_TYPES.map((type) => [type]))('the %s template', (type: LetterType) => {
  it('drafts a letter with no findings, as text and as Markdown', async () => {
    for (const format of ['text', 'markdown'] as const) {
      const result = await draft({ type, fields: exampleFields(type), format })
      expect(findings(result.lint), format).toEqual([])
      expect(result.lint.data.heed?.letterType).toBe(type)
      expect(result.lint.data.heed?.elements?.length).toBeGreaterThan(2)
    }
  })

  it('is recognised as a letter of this type when heed is not told', async () => {
    const { text } = await draft({ type, fields: exampleFields(type) })
    const file = await lint(text)
    expect(file.data.heed?.kind).toBe('letter')
    expect(file.data.heed?.letterType).toBe(type)
    expect(findings(file)).toEqual([])
  })

  it('meets a reading age of 11 in every sentence', async () => {
    const { text } = await draft({ type, fields: exampleFields(type) })
    const file = await lint(text, { kind: 'letter', letterType: type, config: { readingAge: 11 } })
    expect(findings(file)).toEqual([])
  })

  it('drafts cleanly from the required fields alone, plus what its case shape needs', async () => {
    const info = listTemplates().find((t) => t.type === type)!
    const example = exampleFields(type)
    const needed = new Set(CASE_SHAPE_NEEDS[type] ?? [])
    const fields = Object.fromEntries(info.fields.filter((f) => f.required || needed.has(f.name)).map((f) => [f.name, example[f.name] ?? f.example]))
    const result = await draft({ type, fields })
    expect(findings(result.lint)).toEqual([])
    expect(result.text).not.toMatch(/\[|\{\{|undefined|null/)
  })

  it('drafts cleanly from every field’s documented example', async () => {
    const info = listTemplates().find((t) => t.type === type)!
    const result = await draft({ type, fields: Object.fromEntries(info.fields.map((f) => [f.name, f.example])) })
    expect(findings(result.lint)).toEqual([])
  })

  it('apologises when late and still offers a meeting when one was declined', async () => {
    const result = await draft({ type, fields: { ...exampleFields(type), late: true, offer_meeting: false } })
    expect(result.text).toContain('I am sorry that this letter is late.')
    expect(result.text).toContain('If you change your mind, I would still be glad to meet you')
    expect(findings(result.lint)).toEqual([])
  })

  it('is in the prosecutor’s own voice, opens with “Dear” and ends with their name', async () => {
    const fields = exampleFields(type)
    const { text } = await draft({ type, fields })
    expect(text).toContain(`Dear ${String(fields.address_as)},`)
    expect(text).toMatch(/\bI (have|am|will|can|know|want|asked)\b/)
    expect(text.trimEnd().split('\n').slice(-3).join('\n')).toContain(String(fields.prosecutor_name))
  })
})

describe('tailoring', () => {
  it('states the review deadlines as dates and in words', async () => {
    for (const type of ['no-charge', 'discontinuance'] as const) {
      const { text } = await draft({ type, fields: { ...exampleFields(type), decision_date: '2025-12-18', letter_date: '2025-12-19' } })
      expect(text).toContain('within 10 working days of the date of this letter, we can look at it quickly. That means by Wednesday 7 January 2026.')
      expect(text).toContain('Working days do not count weekends or bank holidays.')
      expect(text).toContain('up to 3 months after we told you of the decision. That means by Thursday 19 March 2026.')
      // A request goes to the Victim Liaison Unit, never back to the prosecutor who decided.
      expect(text).toMatch(/To ask, please contact our Victim Liaison Unit on 01632 960 [45]00/)
    }
  })

  it('works out that a letter is late from the decision date, counting working days', async () => {
    const onTime = await draft({ type: 'no-charge', fields: { ...exampleFields('no-charge'), decision_date: '2025-11-07', letter_date: '2025-11-10' } })
    expect(onTime.text).not.toContain('late')
    const late = await draft({ type: 'no-charge', fields: { ...exampleFields('no-charge'), decision_date: '2025-11-05', letter_date: '2025-11-10' } })
    expect(late.text).toContain('I am sorry that this letter is late. You should have heard from me by Thursday 6 November 2025.')
    const overridden = await draft({ type: 'no-charge', fields: { ...exampleFields('no-charge'), decision_date: '2025-11-05', late: false } })
    expect(overridden.text).not.toContain('late')
  })

  it('uses the victim’s own words for what happened, and a neutral default', async () => {
    const own = await draft({ type: 'no-charge', fields: exampleFields('no-charge') })
    expect(own.text).toContain('my decision about what happened to you in May.')
    const { what_happened: _, ...rest } = exampleFields('no-charge')
    const neutral = await draft({ type: 'no-charge', fields: rest })
    expect(neutral.text).toContain('my decision about what happened to you.')
  })

  it('names the ISVA, other support, formats and an interpreter when given', async () => {
    const { text } = await draft({
      type: 'acquittal',
      fields: {
        ...exampleFields('acquittal'),
        accessible_format: 'Braille',
        interpreter_language: 'Welsh',
        other_support: ['Galop, for LGBT+ people, on 0800 999 5428'],
      },
    })
    expect(text).toContain('Beth Wood is your Independent Sexual Violence Adviser (ISVA). Beth Wood can keep supporting you.')
    expect(text).toContain('I have not shared this letter with Beth Wood. If you would like me to, please tell me.')
    expect(text).not.toContain('knows about this letter')
    expect(text).toContain('- Galop, for LGBT+ people, on 0800 999 5428')
    expect(text).toContain('so I have sent you a copy in Braille too.')
    expect(text).toContain('an interpreter who speaks Welsh')
  })

  it('gives the sentence, the date by which to ask for a review of it, and no release date', async () => {
    const sentenced = await draft({ type: 'sentence', fields: exampleFields('sentence') })
    expect(sentenced.text).toContain('the judge at Cardiff Crown Court sentenced Mr Webb to 9 years in prison for rape.')
    // 28 days after Friday 22 May 2026 is Friday 19 June 2026, a working day.
    expect(sentenced.text).toContain('by Friday 19 June 2026 at the latest.')
    expect(sentenced.text).not.toMatch(/\b(half|two-thirds|one-third|40%)\b/)
    expect(sentenced.text).toContain('Victim Contact Scheme')
    expect(sentenced.lint.messages).toEqual([])
    const waiting = await draft({ type: 'conviction', fields: exampleFields('conviction') })
    expect(waiting.text).toContain('The judge is due to decide the sentence on Friday 22 May 2026.')
    expect(waiting.text).toContain('Before the sentence, you can make a Victim Personal Statement.')
    expect(waiting.text).toContain('You can ask to read it out in court yourself')
    expect(waiting.text).toContain('The judge decides how it is used')
    expect(waiting.text).not.toContain('You can read it out')
  })

  it('gives the last working day within the 28 days when the 28th day is a weekend or bank holiday', async () => {
    // 28 days after Saturday 29 November 2025 is Saturday 27 December 2025; the last working day before it is Wednesday 24 December.
    const { text } = await draft({
      type: 'sentence',
      fields: { ...exampleFields('sentence'), sentence_date: '2025-11-29', letter_date: '2025-12-01', decision_date: '2025-12-01' },
    })
    expect(text).toContain('by Wednesday 24 December 2025 at the latest.')
  })

  it('covers each kind of delay', async () => {
    for (const delayed of ['trial', 'hearing', 'decision']) {
      const result = await draft({ type: 'delay', fields: { ...exampleFields('delay'), delayed } })
      expect(result.lint.messages, delayed).toEqual([])
      expect(result.text).toContain(
        delayed === 'decision'
          ? 'I now expect to make my decision by Monday 8 June 2026.'
          : `It will now ${delayed === 'trial' ? 'start' : 'take place'} on Monday 8 June 2026.`,
      )
    }
  })
})

describe('listTemplates', () => {
  it('lists every letter type with described fields, common ones first', () => {
    const templates = listTemplates()
    expect(templates.map((t) => t.type)).toEqual([...LETTER_TYPES])
    for (const template of templates) {
      expect(template.fields[0]!.name).toBe('victim_name')
      for (const field of template.fields) {
        expect(field.description.length).toBeGreaterThan(10)
        expect(field.example).toBeDefined()
      }
    }
  })

  it('hands out copies, so a caller cannot change the definitions', () => {
    listTemplates()[0]!.fields[0]!.required = false
    expect(listTemplates()[0]!.fields[0]!.required).toBe(true)
  })
})
