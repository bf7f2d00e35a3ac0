/**
 * `lint`: the one entry point that checks a letter or review. Pure: no I/O,
 * no Node APIs, so it runs in a browser and inside other applications.
 */
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { analysisAdvice } from './analyses/analysis-advice.js'
import { balanceReason } from './analyses/focus-balance.js'
import type { FocusBalance } from './analyses/focus-balance.js'
import { addReadabilityCounts, summaryFrom } from './analyses/summary.js'
import type { ReadabilityCounts, ReadabilitySummary } from './analyses/summary.js'
import { todayIso } from './calendar/today.js'
import { checkPiece, checkPieceBatch } from './check-piece.js'
import type { PieceChecker, PieceResult } from './check-piece.js'
import { applyConfig, validateConfig } from './config.js'
import { readDirectives } from './engine/directives.js'
import { ruleUrl } from './engine/finding.js'
import type { Finding } from './engine/finding.js'
import { dropDuplicates } from './engine/one-per-problem.js'
import { scopeOf } from './engine/scope.js'
import { ruleIds } from './rule-ids.js'
import { readFrontMatter } from './text/front-matter.js'
import { splitIntoPieces } from './text/pieces.js'
import { DOCUMENT_KINDS, LETTER_TYPES } from './model/types.js'
import type { DocumentKind, HeedMessageFields, LetterType, LintOptions, Severity } from './model/types.js'

export type { FocusBalance } from './analyses/focus-balance.js'

/** `lint`'s options, and how a host checks the later pieces of a long document. */
export interface LintRunOptions extends LintOptions {
  /**
   * Checks the pieces after the first of a document longer than 100,000 characters (see
   * `text/pieces.ts`), for example in worker threads. By default they are checked in this
   * thread, one after another; any other way must give the same results, in order.
   */
  checkPieces?: PieceChecker
}

/** What heed records on `file.data.heed`. */
export interface HeedFileData {
  kind: DocumentKind
  /** Where the kind came from. */
  kindSource: 'option' | 'front-matter' | 'detected'
  /** How sure the detection was (1 when given). */
  kindConfidence: number
  letterType?: LetterType
  /** Where the letter type came from: given (option or front matter) or detected from the text. */
  letterTypeSource?: 'given' | 'detected'
  /** How sure the letter type detection was (1 when given). */
  letterTypeConfidence?: number
  /** For letters: the parts found (`decision`, `support`, …). */
  elements?: string[]
  /** Words checked. */
  words: number
  /** Reading age, average sentence length and the longest sentences. */
  readability: ReadabilitySummary
  /** For reviews: sentences weighing the complainant's conduct, and sentences testing the suspect's. */
  focus?: FocusBalance
}

declare module 'vfile' {
  interface DataMap {
    heed: HeedFileData
  }
}

function pick<T extends string>(value: unknown, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new TypeError(`heed: ${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`)
  }
  return value as T
}

let knownIds: Set<string> | undefined
function knownRuleIds(): Set<string> {
  knownIds ??= new Set(ruleIds())
  return knownIds
}

/**
 * Check a letter to a victim, or a charging review.
 *
 * @param text The document, as plain text or Markdown.
 * @param options Kind, letter type, input format and configuration.
 * @returns A VFile whose `messages` are the findings, each with `ruleId`, `severity`,
 *   `actual`, `expected`, `note` and `url`; `data.heed` says what kind of document it was taken for.
 */
export async function lint(text: string, options: LintRunOptions = {}): Promise<VFile> {
  if (typeof text !== 'string') throw new TypeError('heed: lint() needs the document as a string')
  const config = validateConfig(options.config, knownRuleIds())
  const format = pick(options.format, ['markdown', 'text'] as const, 'option `format`') ?? 'text'
  const givenToday = options.today === undefined ? undefined : todayOf(options.today)
  const file = new VFile({ value: text, path: options.path })

  const front = await readFrontMatter(text)
  const directives = readDirectives(front.body)
  const frontKind = pick(front.data?.kind, DOCUMENT_KINDS, 'front matter `kind`')
  const givenKind = pick(options.kind, DOCUMENT_KINDS, 'option `kind`')
  const givenType =
    pick(options.letterType, LETTER_TYPES, 'option `letterType`') ?? pick(front.data?.['letter-type'], LETTER_TYPES, 'front matter `letter-type`')

  const merged = await checkInPieces(directives.text, {
    format,
    kind: givenKind ?? frontKind,
    letterType: givenType,
    readingAge: config.readingAge,
    today: () => givenToday ?? todayOf(undefined),
    file,
    checkPieces: options.checkPieces ?? checkPieceBatch,
  })
  const { first } = merged
  file.data.heed = {
    kind: first.kind,
    kindSource: givenKind ? 'option' : frontKind ? 'front-matter' : 'detected',
    kindConfidence: first.kindConfidence,
    letterType: first.structure.letterType,
    letterTypeSource: first.structure.letterTypeSource,
    letterTypeConfidence: first.structure.letterTypeConfidence,
    elements: first.kind === 'letter' ? merged.present : undefined,
    words: merged.words,
    readability: summaryFrom(merged.readability),
    ...(merged.focus ? { focus: merged.focus } : {}),
  }
  const findings = merged.findings

  const place = location(file)
  const sorted = applyConfig(dropDuplicates(findings), config).sort((a, b) => a.start - b.start || a.end - b.end)
  // A vfile message is an Error, and V8 records a stack trace for each one made, which
  // vfile-message then throws away: with hundreds of findings that was a tenth of the time.
  const stackLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const finding of sorted) {
      const start = place.toPoint(finding.start)
      const end = place.toPoint(finding.end)
      if (!start || !end || directives.isDisabled(finding.ruleId, start.line)) continue
      const message = file.message(finding.reason, { place: { start, end }, ruleId: finding.ruleId, source: 'heed' })
      const fields: Omit<HeedMessageFields, 'ruleId' | 'source'> = {
        category: finding.category,
        severity: finding.severity,
        actual: finding.actual,
        expected: finding.expected,
        advice: finding.advice ?? analysisAdvice(finding.ruleId) ?? finding.note,
        scope: scopeOf(finding),
        note: finding.note,
        url: ruleUrl(finding.ruleId),
      }
      Object.assign(message, fields, { fatal: fatalFor(finding.severity) })
      if (finding.fix) Object.assign(message, { fix: { range: [finding.fix.start, finding.fix.end], text: finding.fix.text } })
    }
  } finally {
    Error.stackTraceLimit = stackLimit
  }
  return file
}

/** Findings whose question is the whole document's: a later piece cannot answer it alone. */
function wholeDocumentQuestion(ruleId: string): boolean {
  return ruleId.startsWith('structure/missing-') || ruleId === 'readability/long-letter' || ruleId === 'readability/late-decision' || ruleId === 'focus/balance'
}

interface Merged {
  first: PieceResult
  findings: Finding[]
  present: string[]
  words: number
  readability: ReadabilityCounts
  focus?: FocusBalance
}

/**
 * Check a document whole, or in pieces when it is long (see `text/pieces.ts`).
 * Phrase, sentence and paragraph checks run on each piece and their offsets are
 * shifted back. The kind and letter type come from the first piece, where the
 * greeting and decision are, and later pieces are checked as that kind and
 * type. Parts found in any piece count as present; questions only the whole
 * can answer (a missing part, a late decision, a long letter, the review's
 * balance) are asked of the first piece, and the balance's counts are summed.
 */
async function checkInPieces(
  body: string,
  options: {
    format: 'markdown' | 'text'
    kind?: DocumentKind
    letterType?: LetterType
    readingAge?: number
    today: () => string
    file: VFile
    checkPieces: PieceChecker
  },
): Promise<Merged> {
  const pieces = splitIntoPieces(body)
  const whole = pieces.length === 1
  const firstText = whole ? body : body.slice(0, pieces[0]!.end)
  const first = await checkPiece(firstText, whole ? options : { ...options, file: new VFile({ value: firstText }) })
  if (whole) {
    return { first, findings: first.findings, present: first.structure.present, words: first.words, readability: first.readability, focus: first.focus }
  }
  // The first piece settles the kind and the letter type; the rest can then be checked in any order.
  const rest = pieces.slice(1)
  const later = await options.checkPieces({
    texts: rest.map((piece) => body.slice(piece.start, piece.end)),
    format: options.format,
    kind: options.kind ?? first.kind,
    letterType: options.letterType,
    structureLetterType: first.structure.letterType,
    readingAge: options.readingAge,
    // Read only for letters, and once, so that every piece has the same day.
    today: first.kind === 'letter' ? options.today() : undefined,
  })
  if (later.length !== rest.length) throw new Error(`heed: checkPieces gave ${later.length} results for ${rest.length} pieces`)
  const findings: Finding[] = [...first.findings]
  const present = new Set<string>(first.structure.present)
  const counts: Array<{ counts: ReadabilityCounts; offset: number }> = [{ counts: first.readability, offset: 0 }]
  let words = first.words
  let focus: FocusBalance | undefined = first.focus
  for (const [i, result] of later.entries()) {
    const start = rest[i]!.start
    for (const finding of result.findings) if (!wholeDocumentQuestion(finding.ruleId)) findings.push(shift(finding, start))
    for (const element of result.structure.present) present.add(element)
    counts.push({ counts: result.readability, offset: start })
    words += result.words
    if (result.focus) {
      focus = {
        victimScrutiny: (focus?.victimScrutiny ?? 0) + result.focus.victimScrutiny,
        suspectAnalysis: (focus?.suspectAnalysis ?? 0) + result.focus.suspectAnalysis,
      }
    }
  }
  const kept = findings.filter((f) => !f.ruleId.startsWith('structure/missing-') || !present.has(f.ruleId.slice('structure/missing-'.length)))
  if (focus) for (const finding of kept) if (finding.ruleId === 'focus/balance') finding.reason = balanceReason(focus)
  return { first, findings: kept, present: [...present], words, readability: addReadabilityCounts(counts), focus }
}

function shift(finding: Finding, by: number): Finding {
  if (by === 0) return finding
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    ...(finding.fix ? { fix: { ...finding.fix, start: finding.fix.start + by, end: finding.fix.end + by } } : {}),
  }
}

/** Today as an ISO date: the given day, else the clock, read only when a letter is checked. */
function todayOf(today: string | Date | undefined): string {
  if (today instanceof Date && !Number.isNaN(today.getTime())) return today.toISOString().slice(0, 10)
  if (typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today
  if (today !== undefined) throw new TypeError(`heed: option \`today\` must be a date written YYYY-MM-DD or a Date (got ${JSON.stringify(today)})`)
  return todayIso()
}

/** vfile's own severity flag: true for errors, false for warnings, undefined for infos. */
function fatalFor(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}
