/**
 * Test helpers: strip ⟦…⟧ markers from an example and lint it.
 */
import { lint } from '../src/index.js'
import type { DocumentKind, LetterType } from '../src/index.js'

export interface Marked {
  text: string
  spans: Array<{ start: number; end: number; text: string }>
}

/** Remove ⟦ ⟧ markers, keeping the offsets of what they enclosed. */
export function unmark(marked: string): Marked {
  const spans: Marked['spans'] = []
  let text = ''
  let last = 0
  for (const match of marked.matchAll(/⟦([^⟦⟧]*)⟧/g)) {
    text += marked.slice(last, match.index)
    spans.push({ start: text.length, end: text.length + match[1]!.length, text: match[1]! })
    text += match[1]
    last = match.index! + match[0].length
  }
  return { text: text + marked.slice(last), spans }
}

/** An example may start with `[letter]` or `[review]` to say which kind to check it as. */
export function exampleKind(example: string, fallback: DocumentKind): { kind: DocumentKind; body: string } {
  const match = /^\[(letter|review)\]\s*/.exec(example)
  return match ? { kind: match[1] as DocumentKind, body: example.slice(match[0].length) } : { kind: fallback, body: example }
}

export interface Found {
  ruleId: string
  start: number
  end: number
  actual: string
  severity: string
  expected: string[]
  advice: string
  reason: string
}

/** Lint and return findings with offsets. */
export async function findings(text: string, kind: DocumentKind = 'letter', letterType?: LetterType, extra: Record<string, unknown> = {}): Promise<Found[]> {
  const file = await lint(text, { kind, letterType, ...extra })
  return file.messages.map((message) => {
    const place = message.place as { start: { offset: number }; end: { offset: number } }
    const fields = message as unknown as { actual: string; severity: string; expected: string[]; advice: string }
    return {
      ruleId: message.ruleId!,
      start: place.start.offset,
      end: place.end.offset,
      actual: fields.actual,
      severity: fields.severity,
      expected: fields.expected,
      advice: fields.advice,
      reason: message.reason,
    }
  })
}
