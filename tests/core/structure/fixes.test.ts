/**
 * A missing part is reported where its paragraph would go, with the paragraph
 * to insert when heed can write it whole; inserting it makes the finding go
 * and adds none, a placeholder least of all.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint } from '../../../src/index.js'
import type { HeedMessageFields } from '../../../src/index.js'

const letter = `Dear Ms Doe,

I am writing to tell you my decision about what you reported to the police.

I have decided that Mr Lane will not be charged. I made this decision because no one else saw or heard what happened, and his messages do not mention that night.

If you have any questions, please call me on 0118 496 0177 or email me at alex.reed@example.org.

Yours sincerely,

Alex Reed
`

type Fix = NonNullable<HeedMessageFields['fix']>
type Message = Awaited<ReturnType<typeof lint>>['messages'][number] & HeedMessageFields

function apply(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
}

const messages = async (text: string, options: Parameters<typeof lint>[1] = { kind: 'letter', letterType: 'no-charge' }) =>
  (await lint(text, options)).messages as Message[]
const missing = (all: Message[], element: string) => all.find((m) => m.ruleId === `structure/missing-${element}`)
const structureIds = (all: Message[]) =>
  all
    .filter((m) => m.category === 'structure')
    .map((m) => m.ruleId)
    .sort()

describe('missing-part findings', () => {
  it('are reported once each, about the whole letter, with advice and no replacement', async () => {
    const found = (await messages(letter)).filter((m) => m.ruleId.startsWith('structure/missing-'))
    expect(found.map((m) => m.ruleId).sort()).toEqual([
      'structure/missing-acknowledge-impact',
      'structure/missing-future-reporting',
      'structure/missing-meeting',
      'structure/missing-right-to-review',
      'structure/missing-support',
    ])
    for (const message of found) {
      expect(message.severity).toBe('warning')
      expect(message.scope).toBe('document')
      expect(message.advice).toMatch(/^Add a paragraph that [^:]+\.$/)
      expect(message.expected).toEqual([])
      expect(message.note.length).toBeGreaterThan(20)
    }
  })

  it('are anchored where the paragraph would go: the early parts after the opening, the rest before the sign-off', async () => {
    const found = await messages(letter)
    const openingEnd = letter.indexOf('to the police.') + 'to the police.'.length
    const signOff = letter.indexOf('Yours sincerely')
    const acknowledge = missing(found, 'acknowledge-impact')!
    expect([acknowledge.place, acknowledge.fix!.range]).toMatchObject([
      { start: { offset: openingEnd }, end: { offset: openingEnd } },
      [openingEnd, openingEnd],
    ])
    const support = missing(found, 'support')!
    expect(support.place).toMatchObject({ start: { offset: signOff, line: 9, column: 1 }, end: { offset: signOff } })
    expect(support.fix!.range).toEqual([signOff, signOff])
  })

  it('sends a review request to the Victim Liaison Unit, even when the letter gives the prosecutor’s own number', async () => {
    // The review paragraph sends the reader to the Victim Liaison Unit, never back to the prosecutor who decided.
    const review = missing(await messages(letter), 'right-to-review')!
    expect(review.fix!.text).toContain('our Victim Liaison Unit')
    expect(review.fix!.text).not.toContain('0118 496 0177')
  })

  it('address an office that signs the letter as an office, never as "me"', async () => {
    const signed = (name: string) =>
      `Dear Ms Doe,\n\nI have decided that Mr Lane will be charged with rape. You can reach the team on 01632 960 774 or at vlu.wessex@example.org.\n\nYours sincerely,\n\n${name}\n`
    const office = missing(await messages(signed('CPS Wessex'), { kind: 'letter', letterType: 'charge' }), 'contact')!
    expect(office.fix!.text).toBe(
      'If you have any questions, please contact CPS Wessex. You can call us on 01632 960 774 or email us at vlu.wessex@example.org.\n\n',
    )
    const unit = missing(await messages(signed('Victim Liaison Unit'), { kind: 'letter', letterType: 'charge' }), 'contact')!
    expect(unit.fix!.text).toMatch(/^If you have any questions, please contact the Victim Liaison Unit\. You can call us on /)
    const person = missing(await messages(signed('Alex Reed'), { kind: 'letter', letterType: 'charge' }), 'contact')!
    expect(person.fix!.text).toMatch(/^If you have any questions, please contact me, Alex Reed, directly\. You can call me on /)
  })

  it('offer an email-only contact paragraph without a gap for a phone number', async () => {
    const text =
      'Dear Ms Doe,\n\nI have decided that Mr Lane will be charged with rape. The team reads vlu@example.org daily.\n\nYours sincerely,\n\nAlex Reed\n'
    const contact = missing(await messages(text, { kind: 'letter', letterType: 'charge' }), 'contact')!
    expect(contact.fix!.text).toBe('If you have any questions, please contact me, Alex Reed, directly. You can email me at vlu@example.org.\n\n')
  })

  it('offer no paragraph that would leave a gap to fill, only the advice', async () => {
    const bare = 'Dear Ms Doe,\n\nThe police have been told the outcome.\n\nYours sincerely,\n\nAlex Reed\n'
    const found = await messages(bare)
    for (const element of ['contact', 'decision', 'reasons']) {
      const message = missing(found, element)!
      expect(message.fix, element).toBeUndefined()
      expect(message.advice).toMatch(/^Add a paragraph that/)
    }
    expect(missing(found, 'support')!.fix).toBeDefined()
  })
})

/** Every letter the project ships or holds out, with the corpus's ⟦…⟧ marks taken out. */
function letters(): Array<[string, string]> {
  const root = join(import.meta.dirname, '../../..')
  const folders = [join(root, 'examples/letters'), join(root, 'tests/fixtures/held-out')]
  return folders
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => /^(?!README).*\.md$/.test(name))
        .map((name): [string, string] => [name, readFileSync(join(folder, name), 'utf8').replace(/⟦[^:⟧]*:([^⟧]*)⟧/g, '$1')]),
    )
    .filter(([, text]) => /^kind: letter$/m.test(text))
}

describe('every insert fix on every example letter', () => {
  const cases = letters()
  it('has letters with missing parts to try', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
  })

  it.each(cases)('%s: each inserted paragraph removes its finding and raises no structure or placeholder finding', async (_name, text) => {
    const options = { format: 'markdown' } as const
    const before = await messages(text, options)
    const fixes = before.filter((m) => m.fix)
    for (const message of fixes) {
      const after = structureIds(await messages(apply(text, message.fix!), options))
      expect(after, message.ruleId).not.toContain(message.ruleId)
      // Nothing new: no placeholder, no other part reported missing, no layout finding.
      expect(
        after.filter((id) => !structureIds(before).includes(id)),
        message.ruleId,
      ).toEqual([])
      expect(after.filter((id) => id === 'structure/placeholder').length).toBe(structureIds(before).filter((id) => id === 'structure/placeholder').length)
    }
  })

  it('inserts at least ten paragraphs across the letters', async () => {
    let count = 0
    for (const [, text] of cases) count += (await messages(text, { format: 'markdown' })).filter((m) => m.fix).length
    expect(count).toBeGreaterThanOrEqual(10)
  })
})
