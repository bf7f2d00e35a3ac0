/**
 * heed's messages as the page lists them, from real checks.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'
import { extraAdvice, missingParts, partName, replacementsFor, sectionsOf, summariseFindings, toFindings } from '../../web/src/findings.js'
import type { PageFinding } from '../../web/src/findings.js'

const LETTER =
  'Dear Sam,\n\nIt has been decided that no further action will be taken. Prior to making my decision, I read the NFA file.\n\nYours sincerely,\n\nJo\n'

describe('toFindings', () => {
  it('gives each finding its offsets, words, suggestions and note, in text order', async () => {
    const findings = toFindings(await lint(LETTER, { kind: 'letter', letterType: 'no-charge' }))
    const prior = findings.find((finding) => finding.ruleId === 'jargon/prior-to')!
    expect(LETTER.slice(prior.start, prior.end)).toBe('Prior to')
    expect(prior).toMatchObject({ category: 'jargon', severity: 'info', actual: 'Prior to', expected: ['Before'], scope: 'phrase' })
    expect(prior.note).not.toBe('')
    const starts = findings.map((finding) => finding.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(new Set(findings.map((finding) => finding.key)).size).toBe(findings.length)
  })

  it('carries the paragraph a missing part would insert', async () => {
    const findings = toFindings(await lint(LETTER, { kind: 'letter', letterType: 'no-charge' }))
    const support = findings.find((finding) => finding.ruleId === 'structure/missing-support')!
    expect(support.fix?.text).toContain('Rape Crisis')
    expect(support.fix!.start).toBeLessThanOrEqual(LETTER.length)
    expect(missingParts(findings).map((finding) => finding.ruleId)).toContain('structure/missing-support')
    expect(missingParts(findings).every((finding) => finding.scope === 'document' && finding.start === finding.end)).toBe(true)
  })

  it('lists a missing part heed cannot write whole, with no paragraph', async () => {
    const findings = toFindings(await lint(LETTER, { kind: 'letter', letterType: 'no-charge' }))
    const contact = findings.find((finding) => finding.ruleId === 'structure/missing-contact')!
    expect(contact.fix).toBeUndefined()
    expect(missingParts(findings)).toContain(contact)
  })
})

describe('sectionsOf', () => {
  it('puts what must change first, then what should, then the missing parts, then what is worth a look', async () => {
    const findings = toFindings(await lint(LETTER, { kind: 'letter', letterType: 'no-charge' }))
    const sections = sectionsOf(findings)
    expect(sections.map((section) => section.id)).toEqual(['warning', 'missing', 'info'])
    const all = sections.flatMap((section) => section.cards.flatMap((card) => card.findings))
    expect(all).toHaveLength(findings.length)
    expect(sections.find((s) => s.id === 'missing')!.cards.every((card) => card.findings[0]!.ruleId.startsWith('structure/missing-'))).toBe(true)
    const errors = sectionsOf([finding({ severity: 'info', key: 'a' }), finding({ severity: 'error', key: 'b', actual: 'x' })])
    expect(errors.map((section) => section.id)).toEqual(['error', 'info'])
  })

  it('makes identical findings one card, in text order', () => {
    const same = [finding({ key: 'a', start: 0 }), finding({ key: 'b', start: 40 }), finding({ key: 'c', start: 80, actual: 'VRR' })]
    const [section] = sectionsOf(same)
    expect(section!.cards.map((card) => card.findings.map((f) => f.key))).toEqual([['a', 'b'], ['c']])
  })

  it('keeps readability cards apart when they quote different sentences', async () => {
    const text =
      'Dear Sam,\n\nNotwithstanding the aforementioned considerations, the prosecutorial determination necessitated comprehensive evaluation. Subsequently, the documentation underwent extensive examination concerning evidential sufficiency.\n\nYours sincerely,\n\nJo\n'
    const findings = toFindings(await lint(text, { kind: 'letter', letterType: 'no-charge' })).filter((f) => f.ruleId === 'readability/hard-sentence')
    expect(findings).toHaveLength(2)
    const cards = sectionsOf(findings).flatMap((section) => section.cards)
    expect(cards).toHaveLength(2)
    expect(cards.map((card) => card.findings[0]!.actual)).toEqual([
      'Notwithstanding the aforementioned considerations, the prosecutorial determination necessitated comprehensive evaluation.',
      'Subsequently, the documentation underwent extensive examination concerning evidential sufficiency.',
    ])
  })
})

const finding = (fields: Partial<PageFinding>): PageFinding => ({
  key: 'k',
  ruleId: 'jargon/x',
  category: 'jargon',
  severity: 'warning',
  start: 0,
  end: 3,
  reason: '',
  actual: 'NFA',
  expected: ['no one will be charged'],
  note: '',
  ...fields,
})

describe('replacementsFor', () => {
  it('offers each suggestion for flagged words', () => {
    expect(replacementsFor(finding({ expected: ['about', 'for'], actual: 'in relation to' }))).toEqual(['about', 'for'])
  })

  it('offers none for a finding with no drop-in text, a missing part, or a suggestion that is the same words', () => {
    expect(replacementsFor(finding({ category: 'readability', ruleId: 'readability/too-hard', scope: 'sentence', expected: [] }))).toEqual([])
    expect(replacementsFor(finding({ actual: '', fix: { start: 0, end: 0, text: 'x' } }))).toEqual([])
    expect(replacementsFor(finding({ expected: ['NFA'] }))).toEqual([])
  })
})

describe('extraAdvice', () => {
  it('prints advice only when it adds to the reason and is not the note', () => {
    expect(extraAdvice(finding({ reason: 'Rephrase “NFA”.', advice: 'Say that no one will be charged.', note: 'Shorthand.' }))).toBe(
      'Say that no one will be charged.',
    )
    expect(extraAdvice(finding({ reason: 'Add a paragraph on support: this letter has none.', advice: 'Add a paragraph on support.' }))).toBeUndefined()
    expect(extraAdvice(finding({ advice: 'Shorthand.', note: 'Shorthand.' }))).toBeUndefined()
  })
})

const part = () => finding({ ruleId: 'structure/missing-support', category: 'structure', scope: 'document', actual: '', expected: [] })

describe('wording', () => {
  it('names the parts of a letter plainly', () => {
    expect(partName('structure/missing-right-to-review')).toBe('the right to review')
    expect(partName('structure/missing-something-new')).toBe('something new')
  })

  it('sums up a check', () => {
    expect(summariseFindings([])).toBe('heed found nothing to change.')
    expect(summariseFindings([finding({})])).toBe('1 finding.')
    expect(summariseFindings([part()])).toBe('1 finding: a missing part.')
    expect(summariseFindings([finding({}), part()])).toBe('2 findings, 1 of them a missing part.')
    expect(summariseFindings([finding({}), part(), part()])).toBe('3 findings, 2 of them missing parts.')
  })
})
