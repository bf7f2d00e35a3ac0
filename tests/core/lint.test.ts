import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'
import { findings } from '../helpers.js'

describe('lint', () => {
  it('gives drop-in wording as `expected`, fitted to where it lands', async () => {
    const file = await lint('Dear Sam,\n\nYou can ask for a review under the VRR scheme.\n', { kind: 'letter' })
    const message = file.messages.find((m) => m.ruleId === 'jargon/vrr') as unknown as { actual: string; expected: string[]; advice: string }
    // The head noun the wording already carries is taken in, so “scheme” is not doubled.
    expect(message.actual).toBe('VRR scheme')
    expect(message.expected).toEqual(["Victims' Right to Review scheme"])
    expect(message.advice).toMatch(/^Explain it in plain words beside it, or write “/)
  })

  it('fits drop-in wording to a label under a signature without a determiner', async () => {
    const file = await lint('Dear Sam,\n\nI am sorry for the wait.\n\nYours sincerely,\n\nVLU Caseworker\n', { kind: 'letter' })
    const message = file.messages.find((m) => m.ruleId === 'jargon/vlu') as unknown as { expected: string[] }
    expect(message.expected).toEqual(['Victim Liaison Unit'])
    const inSentence = await lint('Dear Sam,\n\nYou can call VLU on 01632 960 123.\n', { kind: 'letter' })
    expect((inSentence.messages.find((m) => m.ruleId === 'jargon/vlu') as unknown as { expected: string[] }).expected).toEqual(['our Victim Liaison Unit'])
  })

  it('returns messages in the shape DESIGN.md fixes', async () => {
    const file = await lint('Dear Sam,\n\nThe police marked the case NFA.\n', { kind: 'letter' })
    const message = file.messages.find((m) => m.ruleId === 'jargon/nfa')!
    expect({
      ruleId: message.ruleId,
      source: message.source,
      reason: message.reason,
      place: message.place,
      fatal: message.fatal,
      ...(message as unknown as Record<string, unknown>),
    }).toMatchObject({
      ruleId: 'jargon/nfa',
      source: 'heed',
      reason: 'Explain “NFA” in plain words beside it.',
      place: { start: { line: 3, column: 28, offset: 38 }, end: { line: 3, column: 31, offset: 41 } },
      fatal: false,
      category: 'jargon',
      severity: 'warning',
      actual: 'NFA',
      expected: [],
      advice: expect.stringMatching(/^Say plainly that no one will be charged/),
      scope: 'phrase',
      note: expect.stringMatching(/shorthand/),
      url: expect.stringMatching(/^https:\/\/.+#jargonnfa$/),
    })
  })

  it('maps Markdown positions back to the source and skips code', async () => {
    const text = '# Letter\n\n- The case is **NFA** now.\n\n```\nNFA\n```\n'
    const found = (await findings(text, 'letter', undefined, { format: 'markdown' })).filter((f) => f.ruleId === 'jargon/nfa')
    expect(found.map((f) => [f.start, text.slice(f.start, f.end)])).toEqual([[text.indexOf('NFA'), 'NFA']])
  })

  it('keeps positions right with CRLF line endings', async () => {
    const file = await lint('Dear Sam,\r\n\r\nThe case is NFA.\r\n', { kind: 'letter' })
    const message = file.messages.find((m) => m.ruleId === 'jargon/nfa')!
    expect([message.line, message.column]).toEqual([3, 13])
  })

  it('handles empty and whitespace-only text', async () => {
    expect((await lint('')).messages).toEqual([])
    expect((await lint(' \n\t\n')).messages).toEqual([])
  })

  it('detects the kind and says how sure it is', async () => {
    const letter = await lint('Dear Ms Patel,\n\nI am writing to tell you my decision. You can call me.\n\nYours sincerely,\nJo')
    expect(letter.data.heed).toMatchObject({ kind: 'letter', kindSource: 'detected' })
    const review = await lint('CHARGING REVIEW\n\nR v Smith. The complainant says the suspect followed her. The suspect denies it.')
    expect(review.data.heed).toMatchObject({ kind: 'review', kindSource: 'detected' })
    expect(review.data.heed!.kindConfidence).toBeGreaterThan(0.5)
  })

  it('refuses bad options with a clear error', async () => {
    await expect(lint('x', { kind: 'memo' as never })).rejects.toThrow('heed: option `kind` must be one of letter, review (got "memo")')
    await expect(lint('x', { letterType: 'parole' as never })).rejects.toThrow(/option `letterType` must be one of no-charge/)
    await expect(lint(42 as never)).rejects.toThrow('heed: lint() needs the document as a string')
  })

  it('is deterministic', async () => {
    const text = 'It has been decided that the case is NFA. They had sex.'
    const a = JSON.stringify((await lint(text)).messages)
    expect(JSON.stringify((await lint(text)).messages)).toBe(a)
  })
})
