import { describe, expect, it } from 'vitest'
import { lint } from '../../../src/index.js'

const letters: Record<string, string> = {
  'no-charge': 'I have decided that he will not be charged, because there is not enough evidence.',
  discontinuance: 'I have decided to stop the case against him. We offered no evidence at court.',
  charge: 'I am writing to tell you that Mr Lane has been charged with rape. The first hearing is next week.',
  alteration: 'Mr Lane offered to plead guilty to a lesser charge. I accepted that plea, and the rape charge will lie on file.',
  acquittal: 'I am very sorry to tell you that the jury found Mr Lane not guilty.',
  conviction: 'The jury found Mr Lane guilty of rape on Friday.',
  delay: 'The trial has been postponed because the court is closed. The new trial date is 3 March.',
}

describe('letter type detection', () => {
  it.each(Object.entries(letters))('recognises a %s letter', async (type, body) => {
    const file = await lint(`Dear Ms Doe,\n\n${body}\n\nYours sincerely,\nAlex Reed\n`, { kind: 'letter' })
    expect(file.data.heed).toMatchObject({ letterType: type, letterTypeSource: 'detected' })
    expect(file.data.heed!.letterTypeConfidence).toBeGreaterThan(0.5)
  })

  it('leaves the type unknown, and reports no missing parts, when nothing points to one', async () => {
    const file = await lint('Dear Ms Doe,\n\nThank you for your call.\n\nYours sincerely,\nAlex Reed\n', { kind: 'letter' })
    expect(file.data.heed!.letterType).toBeUndefined()
    expect(file.messages.filter((m) => m.ruleId!.startsWith('structure/missing-'))).toEqual([])
  })

  it('uses the type it is given over what the text suggests', async () => {
    const file = await lint(`Dear Ms Doe,\n\n${letters.conviction}\n`, { kind: 'letter', letterType: 'delay' })
    expect(file.data.heed).toMatchObject({ letterType: 'delay', letterTypeSource: 'given' })
  })
})
