/**
 * Every fact in rules/facts.yml, through `lint`: each `flag` example gives a
 * finding of the fact's rule over the marked words, and each `pass` example
 * gives no accuracy finding at all.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../../../src/index.js'
import type { LetterType } from '../../../../src/index.js'
import { FACTS } from '../../../../src/core/data/on-demand.js'

const TODAY = '2026-12-04'

interface Message {
  ruleId: string
  category: string
  severity: string
  actual: string
  place: { start: { offset: number }; end: { offset: number } }
}

async function accuracy(text: string, letterType?: LetterType): Promise<Message[]> {
  const file = await lint(text, { kind: 'letter', letterType, today: TODAY })
  return (file.messages as unknown as Message[]).filter((m) => m.category === 'accuracy')
}

function unmark(example: string): { text: string; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = []
  let text = ''
  let last = 0
  for (const match of example.matchAll(/⟦([^⟧]*)⟧/g)) {
    text += example.slice(last, match.index)
    spans.push([text.length, text.length + match[1]!.length])
    text += match[1]
    last = match.index! + match[0].length
  }
  return { text: text + example.slice(last), spans }
}

describe.each(FACTS.map((fact) => [fact.id, fact] as const))('fact %s', (_id, fact) => {
  const letterType = fact['letter-types']?.[0]
  const ruleId = `accuracy/${fact.rule}`

  it.each(fact.examples.flag.map((e) => [e]))('flags: %s', async (example) => {
    const { text, spans } = unmark(example)
    const found = await accuracy(text, letterType)
    for (const [start, end] of spans) {
      const hit = found.find((m) => m.ruleId === ruleId && m.place.start.offset < end && start < m.place.end.offset)
      expect(hit, `${ruleId} over "${text.slice(start, end)}"; found ${JSON.stringify(found.map((m) => [m.ruleId, m.actual]))}`).toBeDefined()
      expect(hit!.severity).toBe(fact.confidence === 'high' ? 'error' : 'warning')
    }
  })

  it.each(fact.examples.pass.map((e) => [e]))('passes: %s', async (example) => {
    const found = await accuracy(example, letterType)
    expect(found.map((m) => [m.ruleId, m.actual])).toEqual([])
  })
})

describe('the claim models', () => {
  it('each names a fact that exists and has cue words', async () => {
    const { STATEMENT_MODELS } = await import('../../../../src/core/analyses/accuracy/statements.js')
    const ids = new Set(FACTS.map((fact) => fact.id))
    for (const model of STATEMENT_MODELS) {
      expect(ids.has(model.fact), model.fact).toBe(true)
      expect(model.cue.length, model.fact).toBeGreaterThan(0)
      for (const word of model.cue) expect(word, model.fact).toBe(word.toLowerCase())
    }
  })
})

describe('the facts file is checked when the packs are built', () => {
  it('names the fact and the field of each problem', async () => {
    const { validateFacts } = await import('../../../../src/core/analyses/accuracy/fact-data.js')
    const good = structuredClone(FACTS[0]!)
    expect(validateFacts([good])).toEqual([])
    expect(validateFacts([{ ...good, confidence: 'sure' }])).toEqual([`${good.id}: confidence: must be one of high, medium, unverified`])
    expect(validateFacts([{ ...good, 'review-by': '2026-02-30' }])).toEqual([`${good.id}: review-by: must be a real date written YYYY-MM-DD`])
    expect(validateFacts([{ ...good, 'review-by': good.checked }])).toEqual([`${good.id}: review-by: must come after \`checked\``])
    expect(validateFacts([good, { ...good }])).toEqual([`${good.id}: id: is used twice`, `${good.id}: rule: is used by another fact`])
    expect(validateFacts([{ ...good, examples: { flag: ['no marks here'], pass: ['fine'] } }])).toEqual([
      `${good.id}: examples.flag: mark the flagged words with ⟦ ⟧ in "no marks here"`,
    ])
    expect(validateFacts({})).toEqual(['(file): must be a YAML list of facts'])
  })
})
