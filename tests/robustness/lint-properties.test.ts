/**
 * Properties that hold for any input: lint never throws, every message points
 * inside the document at the text it names, results are deterministic, and
 * applying every suggestion and linting again never crashes. A fixed seed and
 * a bounded number of runs keep `npm test` repeatable; `npm run test:fuzz`
 * runs many more.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'
import type { DocumentKind, InputFormat } from '../../src/index.js'

const RUNS = Number(process.env.HEED_FUZZ_RUNS ?? 60)
const SEED = Number(process.env.HEED_FUZZ_SEED ?? 20261127)

/** Words and marks that exercise the rules, mixed with arbitrary text. */
const pieces = fc.oneof(
  fc.constantFrom(
    'NFA',
    'It has been decided',
    'they had sex',
    'the complainant',
    'Dear Ms Doe,',
    'Yours sincerely,',
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    ' ',
    '"',
    '“',
    '”',
    "'",
    '(',
    ')',
    '[insert date]',
    '{{name}}',
    '<!-- heed-disable -->',
    'heed-disable-next-line',
    'Weaknesses:',
    '- ',
    'He says',
    '\uFEFF',
    '\u200F',
    'שלום',
    '👩‍⚖️',
    '\u0000',
    '\t',
    '---\nkind: letter\n---\n',
    '0118 496 0123',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constant('a'.repeat(300)),
)
const documents = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''))
const optionsArb = fc.record({
  kind: fc.constantFrom<DocumentKind | undefined>('letter', 'review', undefined),
  format: fc.constantFrom<InputFormat>('text', 'markdown'),
})

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = text.slice(offset).search(/\r\n|\r|\n/)
    if (next === -1) return text.length
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1)
  }
  return offset + column - 1
}

describe('lint on any input', () => {
  it('never throws, and every message names the text at its position', async () => {
    await fc.assert(
      fc.asyncProperty(documents, optionsArb, async (text, options) => {
        const file = await lint(text, options)
        for (const message of file.messages) {
          const place = message.place as { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } }
          const start = place.start.offset ?? offsetOf(text, place.start.line, place.start.column)
          const end = place.end.offset ?? offsetOf(text, place.end.line, place.end.column)
          expect(start).toBeGreaterThanOrEqual(0)
          expect(end).toBeLessThanOrEqual(text.length)
          expect(start).toBeLessThanOrEqual(end)
          expect(offsetOf(text, place.start.line, place.start.column)).toBe(start)
          const actual = (message as unknown as { actual: string }).actual
          if (actual !== '') expect(text.slice(start, end)).toBe(actual)
        }
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(documents, optionsArb, async (text, options) => {
        const first = JSON.stringify((await lint(text, options)).messages)
        expect(JSON.stringify((await lint(text, options)).messages)).toBe(first)
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    )
  })

  it('survives applying every suggestion and linting again', async () => {
    await fc.assert(
      fc.asyncProperty(documents, optionsArb, async (text, options) => {
        const file = await lint(text, options)
        let fixed = text
        // Apply from the end so earlier offsets stay valid; skip overlapping edits.
        let limit = fixed.length
        const edits = file.messages
          .map((m) => {
            const fields = m as unknown as { expected: string[]; fix?: { range: [number, number]; text: string } }
            const place = m.place as { start: { offset: number }; end: { offset: number } }
            if (fields.fix) return { start: fields.fix.range[0], end: fields.fix.range[1], text: fields.fix.text }
            return fields.expected[0] === undefined ? undefined : { start: place.start.offset, end: place.end.offset, text: fields.expected[0] }
          })
          .filter((e): e is { start: number; end: number; text: string } => e !== undefined)
          .sort((a, b) => b.start - a.start)
        for (const edit of edits) {
          if (edit.end > limit) continue
          fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end)
          limit = edit.start
        }
        await lint(fixed, options)
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: SEED },
    )
  })
})
