/**
 * Every rule's own examples (ESLint's RuleTester, driven by the packs): each
 * `flag` example gives exactly that rule on exactly the marked words, and each
 * `pass` example gives nothing from that rule.
 */
import { describe, expect, it } from 'vitest'
import { RULES } from '../src/core/data/index.js'
import { exampleKind, findings, unmark } from './helpers.js'

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const defaultKind = rule['applies-to']?.kind?.[0] ?? 'letter'
  const letterType = rule['applies-to']?.['letter-types']?.[0]

  it.each(rule.examples.flag)('flags: %s', async (example) => {
    const { kind, body } = exampleKind(example, defaultKind)
    const { text, spans } = unmark(body)
    const found = (await findings(text, kind, letterType)).filter((f) => f.ruleId === rule.id)
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(spans.map((s) => s.text))
    expect(found.map((f) => [f.start, f.end])).toEqual(spans.map((s) => [s.start, s.end]))
  })

  it.each(rule.examples.pass)('passes: %s', async (example) => {
    const { kind, body } = exampleKind(example, defaultKind)
    const found = (await findings(body, kind, letterType)).filter((f) => f.ruleId === rule.id)
    expect(found.map((f) => f.actual)).toEqual([])
  })
})

describe('rule packs', () => {
  it('hold at least 40 rules across jargon, misconception and tone, using every kind', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(40)
    expect(new Set(RULES.map((r) => r.category))).toEqual(new Set(['jargon', 'misconception', 'tone', 'focus']))
    expect(new Set(RULES.map((r) => r.kind))).toEqual(new Set(['existence', 'substitution', 'conditional']))
  })
})
