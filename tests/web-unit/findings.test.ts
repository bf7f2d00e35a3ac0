/**
 * heed's messages as the page lists them, from real checks.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'
import { CATEGORY_LABELS, groupByCategory, missingParts, partName, replacementsFor, summariseFindings, toFindings } from '../../web/src/findings.js'
import type { PageFinding } from '../../web/src/findings.js'

const LETTER = 'Dear Sam,\n\nIt has been decided that no further action will be taken. Prior to making my decision, I read the NFA file.\n\nYours sincerely,\n\nJo\n'

describe('toFindings', () => {
  it('gives each finding its offsets, words, suggestions and note, in text order', async () => {
    const findings = toFindings(await lint(LETTER, { kind: 'letter', letterType: 'no-charge' }))
    const prior = findings.find((finding) => finding.ruleId === 'jargon/prior-to')!
    expect(LETTER.slice(prior.start, prior.end)).toBe('Prior to')
    expect(prior).toMatchObject({ category: 'jargon', severity: 'info', actual: 'Prior to', expected: ['Before'] })
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
    expect(missingParts(findings).every((finding) => finding.fix)).toBe(true)
  })
})

describe('groupByCategory', () => {
  it('groups the findings that are not missing parts, misconceptions first and empty categories left out', async () => {
    const findings = toFindings(await lint(LETTER, { kind: 'letter', letterType: 'no-charge' }))
    const groups = groupByCategory(findings)
    const order = Object.keys(CATEGORY_LABELS)
    expect(groups.map((group) => order.indexOf(group.category))).toEqual(groups.map((group) => order.indexOf(group.category)).sort((a, b) => a - b))
    expect(groups.every((group) => group.findings.length > 0 && group.findings.every((finding) => finding.category === group.category && !finding.fix))).toBe(true)
    expect(groups.flatMap((group) => group.findings).length + missingParts(findings).length).toBe(findings.length)
    expect(groups.map((group) => group.category)).toEqual(expect.arrayContaining(['jargon', 'tone']))
  })
})

const finding = (fields: Partial<PageFinding>): PageFinding => ({
  key: 'k', ruleId: 'jargon/x', category: 'jargon', severity: 'warning', start: 0, end: 3, reason: '', actual: 'NFA', expected: ['no one will be charged'], note: '', ...fields,
})

describe('replacementsFor', () => {
  it('offers each suggestion for flagged words', () => {
    expect(replacementsFor(finding({ expected: ['about', 'for'] , actual: 'in relation to' }))).toEqual(['about', 'for'])
  })

  it('offers none for a whole sentence, a missing part, or a suggestion that is the same words', () => {
    expect(replacementsFor(finding({ category: 'readability', ruleId: 'readability/too-hard' }))).toEqual([])
    expect(replacementsFor(finding({ actual: '', fix: { start: 0, end: 0, text: 'x' } }))).toEqual([])
    expect(replacementsFor(finding({ expected: ['NFA'] }))).toEqual([])
  })
})

describe('wording', () => {
  it('names the parts of a letter plainly', () => {
    expect(partName('structure/missing-right-to-review')).toBe('the right to review')
    expect(partName('structure/missing-something-new')).toBe('something new')
  })

  it('sums up a check', () => {
    expect(summariseFindings([])).toBe('heed found nothing to change.')
    expect(summariseFindings([finding({})])).toBe('1 finding.')
    expect(summariseFindings([finding({ fix: { start: 0, end: 0, text: '' } })])).toBe('1 finding: a missing part.')
    expect(summariseFindings([finding({}), finding({ fix: { start: 0, end: 0, text: '' } })])).toBe('2 findings, 1 of them a missing part.')
    expect(summariseFindings([finding({}), finding({ fix: { start: 0, end: 0, text: '' } }), finding({ fix: { start: 0, end: 0, text: '' } })])).toBe('3 findings, 2 of them missing parts.')
  })
})
