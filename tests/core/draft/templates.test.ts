/**
 * Every template, drafted from its example data, is a letter heed itself has
 * nothing to say about: no findings of any category, at the reading-age target,
 * recognised as the right type of letter.
 */
import { describe, expect, it } from 'vitest'
import { LETTER_TYPES, draft, lint, listTemplates } from '../../../src/index.js'
import type { LetterType } from '../../../src/index.js'
import { exampleFields } from './helpers.js'

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

  it('drafts cleanly from the required fields alone', async () => {
    const info = listTemplates().find((t) => t.type === type)!
    const example = exampleFields(type)
    const fields = Object.fromEntries(info.fields.filter((f) => f.required).map((f) => [f.name, example[f.name] ?? f.example]))
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
    expect(text).toMatch(/\bI (have decided|am writing)\b/)
    expect(text.trimEnd().split('\n').slice(-3).join('\n')).toContain(String(fields.prosecutor_name))
  })
})

describe('tailoring', () => {
  it('states the review deadlines as dates and in words', async () => {
    for (const type of ['no-charge', 'discontinuance'] as const) {
      const { text } = await draft({ type, fields: { ...exampleFields(type), decision_date: '2025-12-18', letter_date: '2025-12-19' } })
      expect(text).toContain('within 10 working days of this letter. That means by Wednesday 7 January 2026.')
      expect(text).toContain('Working days do not count weekends or bank holidays.')
      expect(text).toContain('up to 3 months after this letter. That means by Thursday 19 March 2026.')
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
      fields: { ...exampleFields('acquittal'), accessible_format: 'Braille', interpreter_language: 'Welsh', other_support: ['Galop, for LGBT+ people, on 0800 999 5428'] },
    })
    expect(text).toContain('Beth Wood is your Independent Sexual Violence Adviser (ISVA).')
    expect(text).toContain('- Galop, for LGBT+ people, on 0800 999 5428')
    expect(text).toContain('so I have sent you a copy in Braille too.')
    expect(text).toContain('an interpreter who speaks Welsh')
  })

  it('gives the sentence and the 28 days to ask for it to be checked, or explains the personal statement', async () => {
    const sentenced = await draft({ type: 'conviction', fields: { ...exampleFields('conviction'), pleaded_guilty: true, sentence_date: '2026-04-14', sentence: '9 years in prison' } })
    expect(sentenced.text).toContain('pleaded guilty to rape and sexual assault')
    expect(sentenced.text).toContain('the judge sentenced Mr Webb to 9 years in prison.')
    expect(sentenced.text).toContain('That means by Tuesday 12 May 2026.')
    expect(sentenced.lint.messages).toEqual([])
    const waiting = await draft({ type: 'conviction', fields: exampleFields('conviction') })
    expect(waiting.text).toContain('The judge will decide the sentence on Friday 22 May 2026.')
    expect(waiting.text).toContain('This is called a Victim Personal Statement.')
  })

  it('covers each kind of delay', async () => {
    for (const delayed of ['trial', 'hearing', 'decision']) {
      const result = await draft({ type: 'delay', fields: { ...exampleFields('delay'), delayed } })
      expect(result.lint.messages, delayed).toEqual([])
      expect(result.text).toContain(delayed === 'decision' ? 'I now expect to make my decision by Monday 8 June 2026.' : `It will now ${delayed === 'trial' ? 'start' : 'take place'} on Monday 8 June 2026.`)
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
