import { describe, expect, it } from 'vitest'
import { SpanIndex } from '../../../src/core/engine/span-index.js'

/** A small deterministic generator, so a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

describe('SpanIndex', () => {
  it('answers as a scan of every span does', () => {
    const next = random(7)
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: Math.floor(next() * 40) }, (_, id) => {
        const start = Math.floor(next() * 100)
        return { id, start, end: start + Math.floor(next() * (next() < 0.1 ? 100 : 8)) }
      })
      const index = new SpanIndex(spans)
      for (let query = 0; query < 30; query++) {
        const start = Math.floor(next() * 110)
        const end = start + Math.floor(next() * 10)
        const odd = (s: { id: number }) => s.id % 2 === 1
        // Holding the query: starts at or before it and ends at or after it.
        expect(index.some(index.countStarting(start, true), end, odd)).toBe(spans.some((s) => s.start <= start && end <= s.end && odd(s)))
        // Overlapping it.
        expect(index.some(index.countStarting(end, false), start, (s) => start < s.end)).toBe(spans.some((s) => s.start < end && start < s.end))
      }
    }
  })

  it('has nothing to say when empty', () => {
    const index = new SpanIndex<{ start: number; end: number }>([])
    expect(index.countStarting(5, true)).toBe(0)
    expect(index.some(0, 0, () => true)).toBe(false)
  })

  it('tries only spans that reach the end asked for', () => {
    const spans = [{ start: 0, end: 1000 }, ...Array.from({ length: 500 }, (_, i) => ({ start: i, end: i + 1 }))]
    const index = new SpanIndex(spans)
    let tried = 0
    index.some(index.countStarting(400, true), 402, () => (tried++, false))
    expect(tried).toBe(1)
  })
})
