/**
 * Totals and rates over a whole set of documents, added up one entry at a
 * time so that a folder of any size is summarised in constant memory.
 */
import { STRUCTURE } from '../../core/data/index.js'
import type { Severity } from '../../core/model/types.js'
import { CRITERIA, PLAIN_READING_AGE } from './criteria.js'
import type { CriterionId } from './criteria.js'
import type { ReportEntry } from './entry.js'

/** Reading-age bands for the spread chart: up to 9, then one year at a time, then over 16. */
export const AGE_BANDS = ['≤9', '10', '11', '12', '13', '14', '15', '16', '>16'] as const

export interface LetterTypeTotals {
  letters: number
  /** The parts this letter type requires. */
  required: string[]
  /** Letters that have each required part. */
  present: Record<string, number>
}

export interface Totals {
  /** Documents checked (unreadable files not included). */
  documents: number
  letters: number
  reviews: number
  unreadable: number
  /** Findings in all: equal to the messages of `heed check --format json` over the same files. */
  messages: number
  severity: Record<Severity, number>
  /** Findings per category. */
  categories: Record<string, number>
  /** Findings per rule id. */
  rules: Record<string, number>
  /** The ten rules that fire most, most first. */
  topRules: Array<{ ruleId: string; count: number; documents: number }>
  /** Documents in which each rule fires at least once. */
  rulesByDocument: Record<string, number>
  accuracy: number
  letterTypes: Record<string, LetterTypeTotals>
  readingAge: { measured: number; plain: number; plainShare: number | null; threshold: number; bands: Array<{ band: string; letters: number }> }
  reviewFocus: { reviews: number; leansOnVictim: number; leansOnVictimShare: number | null }
  standard: { letters: number; meeting: number; share: number | null; criteria: Record<CriterionId, { met: number; share: number | null }> }
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000)

function band(age: number): string {
  if (age <= 9) return '≤9'
  if (age > 16) return '>16'
  return String(Math.ceil(age))
}

/** Totals as they are added up: counts only, before rates and the top rules are worked out. */
export type TotalsState = Omit<Totals, 'topRules'>

const addCounts = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n
}

/** Adds entries up, one at a time, or the totals of other builders. */
export class TotalsBuilder {
  private readonly t: TotalsState = {
    documents: 0,
    letters: 0,
    reviews: 0,
    unreadable: 0,
    messages: 0,
    severity: { error: 0, warning: 0, info: 0 },
    categories: {},
    rules: {},
    rulesByDocument: {},
    accuracy: 0,
    letterTypes: {},
    readingAge: { measured: 0, plain: 0, plainShare: null, threshold: PLAIN_READING_AGE, bands: AGE_BANDS.map((band) => ({ band, letters: 0 })) },
    reviewFocus: { reviews: 0, leansOnVictim: 0, leansOnVictimShare: null },
    standard: {
      letters: 0,
      meeting: 0,
      share: null,
      criteria: Object.fromEntries(CRITERIA.map((c) => [c.id, { met: 0, share: null }])) as Totals['standard']['criteria'],
    },
  }

  /** @param entry One document's entry, or an unreadable file. */
  add(entry: ReportEntry): void {
    const t = this.t
    if ('error' in entry) {
      t.unreadable++
      return
    }
    t.documents++
    t.messages += entry.messages
    for (const s of ['error', 'warning', 'info'] as const) t.severity[s] += entry.severity[s]
    for (const [category, n] of Object.entries(entry.counts)) t.categories[category] = (t.categories[category] ?? 0) + n
    for (const [ruleId, n] of Object.entries(entry.rules)) {
      t.rules[ruleId] = (t.rules[ruleId] ?? 0) + n
      t.rulesByDocument[ruleId] = (t.rulesByDocument[ruleId] ?? 0) + 1
    }
    t.accuracy += entry.accuracy
    if (entry.kind === 'review') {
      t.reviews++
      if (entry.focus) {
        t.reviewFocus.reviews++
        if (entry.focus.leansOnVictim) t.reviewFocus.leansOnVictim++
      }
      return
    }
    t.letters++
    if (entry.readingAge !== null) {
      t.readingAge.measured++
      if (entry.readingAge <= PLAIN_READING_AGE) t.readingAge.plain++
      t.readingAge.bands[AGE_BANDS.indexOf(band(entry.readingAge) as (typeof AGE_BANDS)[number])]!.letters++
    }
    const type = entry.letterType ?? 'unknown'
    const required: string[] = entry.letterType ? [...(STRUCTURE.required[entry.letterType as keyof typeof STRUCTURE.required] ?? [])] : []
    const byType = (t.letterTypes[type] ??= { letters: 0, required, present: Object.fromEntries(required.map((e) => [e, 0])) })
    byType.letters++
    for (const element of required) if (entry.present.includes(element)) byType.present[element]!++
    t.standard.letters++
    if (entry.meetsStandard) t.standard.meeting++
    for (const [id, met] of Object.entries(entry.criteria ?? {})) if (met) t.standard.criteria[id as CriterionId].met++
  }

  /** @returns The counts so far, to be merged into another builder (they may cross to another thread). */
  state(): TotalsState {
    return this.t
  }

  /** @param other Another builder's counts, added to these. */
  merge(other: TotalsState): void {
    const t = this.t
    t.documents += other.documents
    t.letters += other.letters
    t.reviews += other.reviews
    t.unreadable += other.unreadable
    t.messages += other.messages
    t.accuracy += other.accuracy
    addCounts(t.severity, other.severity)
    addCounts(t.categories, other.categories)
    addCounts(t.rules, other.rules)
    addCounts(t.rulesByDocument, other.rulesByDocument)
    for (const [type, theirs] of Object.entries(other.letterTypes)) {
      const ours = (t.letterTypes[type] ??= { letters: 0, required: theirs.required, present: Object.fromEntries(theirs.required.map((e) => [e, 0])) })
      ours.letters += theirs.letters
      addCounts(ours.present, theirs.present)
    }
    t.readingAge.measured += other.readingAge.measured
    t.readingAge.plain += other.readingAge.plain
    other.readingAge.bands.forEach((b, i) => (t.readingAge.bands[i]!.letters += b.letters))
    t.reviewFocus.reviews += other.reviewFocus.reviews
    t.reviewFocus.leansOnVictim += other.reviewFocus.leansOnVictim
    t.standard.letters += other.standard.letters
    t.standard.meeting += other.standard.meeting
    for (const [id, c] of Object.entries(other.standard.criteria)) t.standard.criteria[id as CriterionId].met += c.met
  }

  /** @returns The totals, with rates worked out. */
  result(): Totals {
    const t = structuredClone(this.t)
    t.readingAge.plainShare = share(t.readingAge.plain, t.readingAge.measured)
    t.reviewFocus.leansOnVictimShare = share(t.reviewFocus.leansOnVictim, t.reviewFocus.reviews)
    t.standard.share = share(t.standard.meeting, t.standard.letters)
    for (const c of Object.values(t.standard.criteria)) c.share = share(c.met, t.standard.letters)
    const topRules = Object.entries(t.rules)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([ruleId, count]) => ({ ruleId, count, documents: t.rulesByDocument[ruleId]! }))
    return { ...t, topRules }
  }
}
