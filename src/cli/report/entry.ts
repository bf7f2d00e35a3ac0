/**
 * One document's line in a scrutiny report: what it was taken for, its reading
 * age, how many findings of each category and severity, the parts it lacks,
 * and, for a review, how its attention divides between the two people. Only
 * counts and names: the letter's words are kept only when quotes are asked for.
 */
import type { Severity } from '../../core/model/types.js'
import type { FileResult } from '../messages.js'
import { meetsCriteria } from './criteria.js'
import type { CriterionId } from './criteria.js'

/** A document that was read and checked. */
export interface DocumentEntry {
  path: string
  kind: 'letter' | 'review'
  /** How the kind was found: `option`, `front-matter` or `detected`. */
  kindSource: string
  /** Letters: the type, or null when it was not given or recognised; null for reviews. */
  letterType: string | null
  /** How the letter type was found: `given` (option or front matter) or `detected`; null when there is none. */
  letterTypeSource: string | null
  /** Reading age (Flesch–Kincaid grade + 5), or null when there is too little prose. */
  readingAge: number | null
  words: number
  /** Findings in all. */
  messages: number
  /** Findings per category, by the first part of each rule id. */
  counts: Record<string, number>
  /** Findings per severity. */
  severity: Record<Severity, number>
  /** Findings per rule id. */
  rules: Record<string, number>
  /** Parts the letter lacks (from `structure/missing-<element>`). */
  missing: string[]
  /** Parts the letter has. */
  present: string[]
  /** Findings of the `accuracy` category: stated facts that are wrong or out of date. */
  accuracy: number
  /** Reviews: sentences weighing the complainant's conduct and sentences testing the suspect's. */
  focus?: { victimScrutiny: number; suspectAnalysis: number; leansOnVictim: boolean }
  /** Letters: each checkable criterion, met or not. */
  criteria?: Record<CriterionId, boolean>
  /** Letters: every checkable criterion met. */
  meetsStandard?: boolean
  /** Only with `--include-quotes`: each finding's rule and flagged words. */
  quotes?: Array<{ ruleId: string; line: number; actual: string }>
}

/** A file that could not be read or checked: listed, not fatal. */
export interface UnreadableEntry {
  path: string
  error: string
}

export type ReportEntry = DocumentEntry | UnreadableEntry

const MISSING = 'structure/missing-'

/**
 * Summarise one checked file.
 *
 * @param result The file's serialised messages and `file.data.heed`, as `heed check` has them.
 * @param includeQuotes Keep each finding's flagged words.
 * @returns The document's entry.
 */
export function toEntry(result: FileResult, includeQuotes = false): DocumentEntry {
  const heed = result.heed!
  const counts: Record<string, number> = {}
  const rules: Record<string, number> = {}
  const severity: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  const missing: string[] = []
  for (const message of result.messages) {
    // Counted by the rule id's first part, so a category added later is counted without a change here.
    const category = message.ruleId.split('/')[0]!
    counts[category] = (counts[category] ?? 0) + 1
    rules[message.ruleId] = (rules[message.ruleId] ?? 0) + 1
    severity[message.severity]++
    if (message.ruleId.startsWith(MISSING)) missing.push(message.ruleId.slice(MISSING.length))
  }
  const entry: DocumentEntry = {
    path: result.path,
    kind: heed.kind,
    kindSource: heed.kindSource,
    // Every key is there for every document, so a spreadsheet or a script meets one shape.
    letterType: heed.kind === 'letter' ? (heed.letterType ?? null) : null,
    letterTypeSource: heed.kind === 'letter' ? (heed.letterTypeSource ?? null) : null,
    readingAge: heed.readability.readingAge ?? null,
    words: heed.words,
    messages: result.messages.length,
    counts,
    severity,
    rules,
    missing,
    present: heed.elements ?? [],
    accuracy: counts.accuracy ?? 0,
  }
  if (heed.focus) entry.focus = { ...heed.focus, leansOnVictim: heed.focus.victimScrutiny > heed.focus.suspectAnalysis }
  if (heed.kind === 'letter') {
    entry.criteria = meetsCriteria(entry)
    entry.meetsStandard = Object.values(entry.criteria).every(Boolean)
  }
  if (includeQuotes) entry.quotes = result.messages.filter((m) => m.actual !== '').map((m) => ({ ruleId: m.ruleId, line: m.line, actual: m.actual }))
  return entry
}
