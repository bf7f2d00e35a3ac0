/**
 * The report's criteria and totals on entries made by hand: each criterion
 * fails for its own reason, and shares, bands and parts add up.
 */
import { describe, expect, it } from 'vitest'
import { meetsCriteria } from '../../../src/cli/report/criteria.js'
import type { DocumentEntry } from '../../../src/cli/report/entry.js'
import { TotalsBuilder } from '../../../src/cli/report/totals.js'

function letter(overrides: Partial<DocumentEntry> = {}): DocumentEntry {
  const entry: DocumentEntry = {
    path: 'a.md',
    kind: 'letter',
    kindSource: 'detected',
    letterType: 'charge',
    letterTypeSource: 'detected',
    readingAge: 10,
    words: 300,
    messages: 0,
    counts: {},
    severity: { error: 0, warning: 0, info: 0 },
    rules: {},
    missing: [],
    present: ['decision', 'support', 'contact'],
    accuracy: 0,
    ...overrides,
  }
  entry.criteria = meetsCriteria(entry)
  entry.meetsStandard = Object.values(entry.criteria).every(Boolean)
  return entry
}

describe('meetsCriteria', () => {
  it('meets every criterion for a plain, complete letter', () => {
    expect(letter().meetsStandard).toBe(true)
  })

  it('fails each criterion for its own reason only', () => {
    const failing = (entry: DocumentEntry) =>
      Object.entries(entry.criteria!)
        .filter(([, met]) => !met)
        .map(([id]) => id)
    expect(failing(letter({ letterType: null }))).toEqual(['type-known', 'required-parts'])
    expect(failing(letter({ missing: ['support'] }))).toEqual(['required-parts'])
    expect(failing(letter({ readingAge: 11.1 }))).toEqual(['reading-age'])
    expect(failing(letter({ readingAge: 11 }))).toEqual([])
    expect(failing(letter({ readingAge: null }))).toEqual(['reading-age'])
    expect(failing(letter({ counts: { misconception: 1 } }))).toEqual(['no-misconception'])
    expect(failing(letter({ counts: { accuracy: 2 } }))).toEqual(['no-accuracy'])
    expect(failing(letter({ rules: { 'structure/placeholder': 1 } }))).toEqual(['no-placeholder'])
  })
})

describe('TotalsBuilder', () => {
  it('adds up documents, shares, bands and parts', () => {
    const totals = new TotalsBuilder()
    totals.add(letter({ messages: 2, counts: { jargon: 2 }, rules: { 'jargon/nfa': 2 }, severity: { error: 0, warning: 2, info: 0 } }))
    totals.add(letter({ readingAge: 14.2, present: ['decision'], missing: ['support', 'contact'] }))
    totals.add(letter({ letterType: null, readingAge: 8 }))
    totals.add({
      ...letter(),
      kind: 'review',
      letterType: null,
      criteria: undefined,
      meetsStandard: undefined,
      focus: { victimScrutiny: 3, suspectAnalysis: 1, leansOnVictim: true },
    })
    totals.add({
      ...letter(),
      kind: 'review',
      letterType: null,
      criteria: undefined,
      meetsStandard: undefined,
      focus: { victimScrutiny: 0, suspectAnalysis: 4, leansOnVictim: false },
    })
    totals.add({ path: 'x.bin', error: 'looks like a binary file, not text' })
    const t = totals.result()
    expect([t.documents, t.letters, t.reviews, t.unreadable, t.messages]).toEqual([5, 3, 2, 1, 2])
    expect(t.rules).toEqual({ 'jargon/nfa': 2 })
    expect(t.topRules).toEqual([{ ruleId: 'jargon/nfa', count: 2, documents: 1 }])
    expect(t.readingAge).toMatchObject({ measured: 3, plain: 2, plainShare: 0.667 })
    expect(t.readingAge.bands.filter((b) => b.letters > 0)).toEqual([
      { band: '≤9', letters: 1 },
      { band: '10', letters: 1 },
      { band: '15', letters: 1 },
    ])
    expect(t.reviewFocus).toEqual({ reviews: 2, leansOnVictim: 1, leansOnVictimShare: 0.5 })
    expect(t.letterTypes.charge).toEqual({ letters: 2, required: ['decision', 'support', 'contact'], present: { decision: 2, support: 1, contact: 1 } })
    expect(t.letterTypes.unknown).toEqual({ letters: 1, required: [], present: {} })
    expect(t.standard).toMatchObject({ letters: 3, meeting: 1, share: 0.333 })
    expect(t.standard.criteria['type-known']).toEqual({ met: 2, share: 0.667 })
  })

  it('gives no share when there is nothing to divide by', () => {
    const t = new TotalsBuilder().result()
    expect([t.readingAge.plainShare, t.reviewFocus.leansOnVictimShare, t.standard.share]).toEqual([null, null, null])
  })
})

describe('TotalsBuilder.merge', () => {
  it('gives the same totals from batches added up apart as from one run', () => {
    const entries = [
      letter({
        messages: 3,
        counts: { jargon: 2, accuracy: 1 },
        accuracy: 1,
        rules: { 'jargon/nfa': 2, 'accuracy/vrr-deadline': 1 },
        severity: { error: 1, warning: 2, info: 0 },
      }),
      letter({ readingAge: 14.2, present: ['decision'], missing: ['support', 'contact'] }),
      letter({ letterType: 'discontinuance', readingAge: 8 }),
      letter({ letterType: null, readingAge: null }),
      {
        ...letter(),
        kind: 'review' as const,
        letterType: null,
        criteria: undefined,
        meetsStandard: undefined,
        focus: { victimScrutiny: 3, suspectAnalysis: 1, leansOnVictim: true },
      },
      { path: 'x.bin', error: 'looks like a binary file, not text' },
      letter({ messages: 1, counts: { jargon: 1 }, rules: { 'jargon/nfa': 1 }, severity: { error: 0, warning: 1, info: 0 } }),
    ]
    const whole = new TotalsBuilder()
    for (const entry of entries) whole.add(entry)
    const merged = new TotalsBuilder()
    for (const batch of [entries.slice(0, 2), entries.slice(2, 3), [], entries.slice(3)]) {
      const part = new TotalsBuilder()
      for (const entry of batch) part.add(entry)
      // As a worker's totals arrive: copied across the thread boundary.
      merged.merge(structuredClone(part.state()))
    }
    expect(merged.result()).toEqual(whole.result())
    expect(merged.result()).toMatchObject({ documents: 6, unreadable: 1, messages: 4, rules: { 'jargon/nfa': 3 }, rulesByDocument: { 'jargon/nfa': 2 } })
    expect(merged.result().letterTypes.discontinuance!.letters).toBe(1)
  })
})
