/**
 * Long documents in bounded pieces: every character in exactly one piece, no
 * piece over the limit, and cuts at paragraph breaks, then lines, then spaces.
 */
import { describe, expect, it } from 'vitest'
import { splitIntoPieces } from '../../../src/core/text/pieces.js'

function check(text: string, limit: number) {
  const pieces = splitIntoPieces(text, limit, limit)
  expect(pieces[0]!.start).toBe(0)
  expect(pieces.at(-1)!.end).toBe(text.length)
  for (let i = 0; i < pieces.length; i++) {
    expect(pieces[i]!.end - pieces[i]!.start).toBeLessThanOrEqual(limit)
    expect(pieces[i]!.end).toBeGreaterThan(pieces[i]!.start)
    if (i > 0) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end)
  }
  return pieces.map((p) => text.slice(p.start, p.end))
}

describe('splitIntoPieces', () => {
  it('keeps a short document whole', () => {
    expect(splitIntoPieces('Dear Sam,\n\nHello.', 100)).toEqual([{ start: 0, end: 17 }])
    expect(splitIntoPieces('x'.repeat(300), 100, 300)).toHaveLength(1)
    expect(splitIntoPieces('x'.repeat(301), 100, 300)).toHaveLength(4)
  })

  it('cuts after a paragraph break', () => {
    const paragraph = 'One two three four five six seven eight.\nNine ten.'
    const parts = check(Array(20).fill(paragraph).join('\n\n'), 200)
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/\n\n$/)
  })

  it('falls back to a line break, then a space, then the limit', () => {
    for (const part of check('word\n'.repeat(200), 64).slice(0, -1)) expect(part).toMatch(/\n$/)
    for (const part of check('a '.repeat(200), 64).slice(0, -1)) expect(part).toMatch(/ $/)
    expect(check('x'.repeat(200), 64)).toHaveLength(4)
  })

  it('never cuts a surrogate pair in two', () => {
    const parts = check('😀'.repeat(100), 63)
    for (const part of parts) expect(part.length % 2).toBe(0)
  })
})
