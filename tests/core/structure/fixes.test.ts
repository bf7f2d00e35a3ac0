/**
 * A missing part comes with the paragraph to insert; applying it makes the
 * finding go away and adds no new one.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../../src/index.js'

const letter = `Dear Ms Doe,

I am writing to tell you my decision about what you reported to the police.

I have decided that Mr Lane will not be charged. I made this decision because no one else saw or heard what happened, and his messages do not mention that night.

If you have any questions, please call me on 0118 496 0177 or email me at alex.reed@example.org.

Yours sincerely,

Alex Reed
`

interface Fix { range: [number, number]; text: string }

function apply(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
}

const summary = (messages: Awaited<ReturnType<typeof lint>>['messages']) =>
  messages.map((m) => `${m.ruleId}:${(m as unknown as { actual: string }).actual}`).sort()

describe('missing-part fixes', () => {
  it('reports each missing part once, as a warning with a note and a paragraph', async () => {
    const file = await lint(letter, { kind: 'letter', letterType: 'no-charge' })
    const missing = file.messages.filter((m) => m.ruleId!.startsWith('structure/missing-'))
    expect(missing.map((m) => m.ruleId).sort()).toEqual([
      'structure/missing-acknowledge-impact',
      'structure/missing-future-reporting',
      'structure/missing-meeting',
      'structure/missing-right-to-review',
      'structure/missing-support',
    ])
    for (const message of missing) {
      const fields = message as unknown as { severity: string; expected: string[]; note: string; fix: Fix }
      expect(fields.severity).toBe('warning')
      expect(fields.note.length).toBeGreaterThan(20)
      expect(fields.fix.text.trim()).toBe(fields.expected[0])
      expect(message.line).toBe(3)
    }
  })

  it('sends a review request to the Victim Liaison Unit, even when the letter gives the prosecutor’s own number', async () => {
    const file = await lint(letter, { kind: 'letter', letterType: 'no-charge' })
    // The review paragraph sends the reader to the Victim Liaison Unit, never back to the prosecutor who decided.
    const review = file.messages.find((m) => m.ruleId === 'structure/missing-right-to-review') as unknown as { expected: string[] }
    expect(review.expected[0]).toContain('our Victim Liaison Unit')
    expect(review.expected[0]).not.toContain('0118 496 0177')
  })

  it.each([
    'acknowledge-impact', 'right-to-review', 'support', 'future-reporting', 'meeting',
  ])('applying the %s fix removes that finding and adds none', async (element) => {
    const before = await lint(letter, { kind: 'letter', letterType: 'no-charge' })
    const message = before.messages.find((m) => m.ruleId === `structure/missing-${element}`) as unknown as { fix: Fix }
    const after = await lint(apply(letter, message.fix), { kind: 'letter', letterType: 'no-charge' })
    const expected = summary(before.messages).filter((s) => s !== `structure/missing-${element}:`)
    expect(summary(after.messages)).toEqual(expected)
  })

  it('marks a gap when the letter does not give what the paragraph needs', async () => {
    const bare = 'Dear Ms Doe,\n\nI have decided that Mr Lane will not be charged, because there is not enough evidence.\n\nYours sincerely,\n\nAlex Reed\n'
    const file = await lint(bare, { kind: 'letter', letterType: 'no-charge' })
    const contact = file.messages.find((m) => m.ruleId === 'structure/missing-contact') as unknown as { expected: string[] }
    expect(contact.expected[0]).toContain('[phone number]')
    expect(contact.expected[0]).toContain('me, Alex Reed,')
  })
})
