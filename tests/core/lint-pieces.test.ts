/**
 * A document too long to check in one go is checked in pieces; findings keep
 * their places in the whole, and the questions only the whole can answer (a
 * missing part, a review's balance) are answered for the whole.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'
import { checkPieceBatch } from '../../src/core/check-piece.js'
import type { PieceBatch, PieceChecker } from '../../src/core/check-piece.js'
import { splitIntoPieces, WHOLE_CHARS } from '../../src/core/text/pieces.js'

const root = join(import.meta.dirname, '../..')
const poor = readFileSync(join(root, 'examples/letters/no-charge-poor.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '')
const review = readFileSync(join(root, 'examples/reviews/review-victim-focused.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '')

function repeat(text: string, chars: number): string {
  const copies = Math.ceil(chars / (text.length + 2))
  return Array(copies).fill(text.trimEnd()).join('\n\n') + '\n'
}

describe('lint in pieces', () => {
  it('finds in every piece what it finds in one copy, at the right line', async () => {
    const one = await lint(poor, { kind: 'letter', letterType: 'no-charge' })
    const long = repeat(poor, WHOLE_CHARS * 1.3)
    const file = await lint(long, { kind: 'letter', letterType: 'no-charge' })
    const copies = long.split(poor.trimEnd()).length - 1
    const nfa = (f: typeof file) => f.messages.filter((m) => m.ruleId === 'jargon/nfa')
    expect(nfa(file)).toHaveLength(nfa(one).length * copies)
    const lines = long.split('\n')
    for (const message of nfa(file)) expect(lines[message.line! - 1]!.slice(message.column! - 1, message.column! + 2)).toBe('NFA')
    expect(file.data.heed!.words).toBeGreaterThan(one.data.heed!.words * (copies - 1))
    expect(file.data.heed!.readability.readingAge).toBeCloseTo(one.data.heed!.readability.readingAge!, 0)
  })

  it('counts a part found in a later piece as present', async () => {
    const withoutSupport = 'Dear Sam,\n\nI am writing to tell you that we have decided not to charge anyone.\n\n'
    const filler = repeat('The weather was mild that week and the streets were quiet in the evening.', WHOLE_CHARS * 1.1)
    const support = '\n\nYou can get free, confidential support from Victim Support on 0808 168 9111 at any time.\n'
    const alone = await lint(withoutSupport + filler, { kind: 'letter', letterType: 'no-charge' })
    const file = await lint(withoutSupport + filler + support, { kind: 'letter', letterType: 'no-charge' })
    expect(alone.messages.some((m) => m.ruleId === 'structure/missing-support')).toBe(true)
    expect(file.messages.some((m) => m.ruleId === 'structure/missing-support')).toBe(false)
    expect(file.data.heed!.elements).toContain('support')
    // Asked once for the whole letter, not once per piece.
    expect(file.messages.filter((m) => m.ruleId === 'structure/missing-meeting')).toHaveLength(1)
  })

  it("sums a long review's balance over its pieces", async () => {
    const one = await lint(review, { kind: 'review' })
    const long = repeat(review, WHOLE_CHARS * 1.2)
    const copies = long.split(review.trimEnd()).length - 1
    const file = await lint(long, { kind: 'review' })
    expect(file.data.heed!.focus!.victimScrutiny).toBe(one.data.heed!.focus!.victimScrutiny * copies)
    expect(file.data.heed!.focus!.suspectAnalysis).toBe(one.data.heed!.focus!.suspectAnalysis * copies)
    const balance = file.messages.filter((m) => m.ruleId === 'focus/balance')
    expect(balance).toHaveLength(1)
    expect(balance[0]!.reason).toContain(`${file.data.heed!.focus!.victimScrutiny} sentences`)
  })
})

describe('lint with a host that checks the later pieces', () => {
  const long = repeat(poor, WHOLE_CHARS * 2.5)
  const fields = (file: Awaited<ReturnType<typeof lint>>) => ({
    messages: file.messages.map((m) => [m.ruleId, m.line, m.column, m.reason, m.actual, (m as { fix?: unknown }).fix]),
    heed: file.data.heed,
  })

  it('gives the same file as checking them in its own thread, whatever order the host works in', async () => {
    const batches: number[] = []
    // Checks the pieces last to first, one at a time, as a pool of threads might finish them.
    const backwards: PieceChecker = async (batch) => {
      batches.push(batch.texts.length)
      const results = []
      for (const text of [...batch.texts].reverse()) results.unshift(...(await checkPieceBatch({ ...batch, texts: [text] })))
      return results
    }
    const inThread = await lint(long, { kind: 'letter', letterType: 'no-charge', today: '2026-12-05' })
    const hosted = await lint(long, { kind: 'letter', letterType: 'no-charge', today: '2026-12-05', checkPieces: backwards })
    expect(batches).toEqual([splitIntoPieces(long).length - 1])
    expect(fields(hosted)).toEqual(fields(inThread))
  })

  it('tells the host the kind and letter type the first piece settled, and one day for every piece', async () => {
    const seen: PieceBatch[] = []
    const file = await lint(long, {
      checkPieces: async (batch) => {
        seen.push(batch)
        return checkPieceBatch(batch)
      },
    })
    expect(seen).toHaveLength(1)
    expect(file.data.heed).toMatchObject({ kind: 'letter', kindSource: 'detected', letterTypeSource: 'detected' })
    expect(seen[0]).toMatchObject({ kind: 'letter', format: 'text', structureLetterType: file.data.heed!.letterType })
    expect(seen[0]!.today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('refuses a host that loses a piece', async () => {
    const losing: PieceChecker = async (batch) => (await checkPieceBatch(batch)).slice(1)
    await expect(lint(long, { checkPieces: losing })).rejects.toThrow(/checkPieces gave \d+ results for \d+ pieces/)
  })
})
