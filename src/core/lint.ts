/**
 * `lint`: the one entry point that checks a letter or review. Pure: no I/O,
 * no Node APIs, so it runs in a browser and inside other applications.
 */
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { checkAccuracy } from './analyses/accuracy/index.js'
import { checkAcronyms } from './analyses/acronyms.js'
import { analysisAdvice } from './analyses/catalogue.js'
import { checkEquality } from './analyses/equality.js'
import { checkJudgedBehaviour } from './analyses/judged-behaviour.js'
import { checkFocus } from './analyses/focus.js'
import { checkFocusPrompts } from './analyses/focus-prompts.js'
import { summarise } from './analyses/summary.js'
import type { ReadabilitySummary } from './analyses/summary.js'
import { checkPassive } from './analyses/passive.js'
import { checkReadability } from './analyses/readability.js'
import { applyConfig, validateConfig } from './config.js'
import { detectKind } from './detect-kind.js'
import { readDirectives } from './engine/directives.js'
import { ruleUrl } from './engine/finding.js'
import type { Finding } from './engine/finding.js'
import { runRules } from './engine/run-rules.js'
import { scopeOf } from './engine/scope.js'
import { ruleIds } from './rules/list.js'
import { builtinRuleSet } from './rules/registry.js'
import { checkStructure } from './structure/check-structure.js'
import type { StructureResult } from './structure/check-structure.js'
import { findPlaceholders } from './structure/placeholders.js'
import { indexDocument } from './text/document.js'
import { readFrontMatter } from './text/front-matter.js'
import { parseDocument } from './text/parse.js'
import { DOCUMENT_KINDS, LETTER_TYPES } from './types.js'
import type { Category, DocumentKind, HeedMessageFields, LetterType, LintOptions, Severity } from './types.js'

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
export async function lint(text: string, options: LintOptions = {}): Promise<VFile> {
  if (typeof text !== 'string') throw new TypeError('heed: lint() needs the document as a string')
  const config = validateConfig(options.config, knownRuleIds())
  const format = pick(options.format, ['markdown', 'text'] as const, 'option `format`') ?? 'text'
  const givenToday = options.today === undefined ? undefined : todayOf(options.today)
  const file = new VFile({ value: text, path: options.path })

  const front = await readFrontMatter(text)
  const directives = readDirectives(front.body)
  const tree = await parseDocument(directives.text, format, file)
  const doc = indexDocument(tree, directives.text)

  const frontKind = pick(front.data?.kind, DOCUMENT_KINDS, 'front matter `kind`')
  const givenKind = pick(options.kind, DOCUMENT_KINDS, 'option `kind`')
  const guess = givenKind ?? frontKind ? undefined : detectKind(doc)
  const kind = givenKind ?? frontKind ?? guess!.kind
  const letterType = pick(options.letterType, LETTER_TYPES, 'option `letterType`') ??
    pick(front.data?.['letter-type'], LETTER_TYPES, 'front matter `letter-type`')
  const structure: StructureResult = kind === 'letter'
    ? checkStructure(doc, letterType)
    : { findings: findPlaceholders(doc.text), present: [] }
  file.data.heed = {
    kind,
    kindSource: givenKind ? 'option' : frontKind ? 'front-matter' : 'detected',
    kindConfidence: guess?.confidence ?? 1,
    letterType: structure.letterType,
    letterTypeSource: structure.letterTypeSource,
    letterTypeConfidence: structure.letterTypeConfidence,
    elements: kind === 'letter' ? structure.present : undefined,
    words: doc.tokens.length,
    readability: summarise(doc),
  }

  const findings: Finding[] = [
    ...structure.findings,
    ...(kind === 'review' ? [...checkFocus(doc), ...checkFocusPrompts(doc)] : checkAcronyms(doc)),
    ...checkJudgedBehaviour(doc, kind),
    ...runRules(doc, builtinRuleSet(), { kind, letterType }),
    ...checkPassive(doc, kind),
    ...checkReadability(tree, doc, { kind, readingAge: kind === 'letter' ? config.readingAge : undefined }),
    ...(await checkEquality(tree, doc)),
    ...(kind === 'letter' ? checkAccuracy(doc, { letterType: structure.letterType, today: givenToday ?? todayOf(undefined) }) : []),
  ]

  const place = location(file)
  const sorted = applyConfig(dropDuplicates(dropCovered(findings)), config).sort((a, b) => a.start - b.start || a.end - b.end)
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

/** Today as an ISO date: the given day, else the clock, read only when a letter is checked. */
function todayOf(today: string | Date | undefined): string {
  if (today instanceof Date && !Number.isNaN(today.getTime())) return today.toISOString().slice(0, 10)
  if (typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today
  if (today !== undefined) throw new TypeError(`heed: option \`today\` must be a date written YYYY-MM-DD or a Date (got ${JSON.stringify(today)})`)
  return new Date().toISOString().slice(0, 10)
}

/** Drop catch-all findings where a specific finding of the same category covers the same words. */
function dropCovered(findings: Finding[]): Finding[] {
  const specific = findings.filter((f) => !f.generic)
  return findings.filter((f) => !f.generic || !specific.some((s) => s.category === f.category && s.start < f.end && f.start < s.end))
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 }
/** Between equally serious findings on the same words, the one a reader most needs: a wrong fact first. */
const CATEGORY_RANK: Record<Category, number> = { accuracy: 6, misconception: 5, focus: 4, tone: 3, jargon: 2, structure: 1, readability: 0, inclusive: 0 }

function outranks(a: Finding, b: Finding): boolean {
  return RANK[a.severity] !== RANK[b.severity]
    ? RANK[a.severity] > RANK[b.severity]
    : CATEGORY_RANK[a.category] > CATEGORY_RANK[b.category]
}

/**
 * One finding per problem: a hidden actor inside a tone or misconception
 * finding is the same problem told twice ("It has been decided"), and two
 * findings over exactly the same words keep only the more serious.
 */
function dropDuplicates(findings: Finding[]): Finding[] {
  const wording = findings.filter((f) => f.category === 'tone' || f.category === 'misconception')
  const kept = findings.filter((f) => f.ruleId !== 'readability/hidden-actor' ||
    !wording.some((w) => w.start < f.end && f.start < w.end))
  const best = new Map<string, Finding>()
  const whole = (f: Finding) => f.start === f.end || scopeOf(f) === 'document'
  for (const finding of kept) {
    if (whole(finding)) continue
    const key = `${finding.start}:${finding.end}`
    const other = best.get(key)
    if (!other || outranks(finding, other)) best.set(key, finding)
  }
  return kept.filter((f) => whole(f) || best.get(`${f.start}:${f.end}`) === f).map((f) => withoutNestedWording(f, wording))
}

/**
 * Drop-in wording for words inside a longer tone or misconception finding
 * would leave that finding standing ("Any queries in relation to the above
 * should be directed to"): the advice of both still applies, but only the
 * outer phrase's rewording fixes the sentence.
 */
function withoutNestedWording(finding: Finding, wording: readonly Finding[]): Finding {
  if (finding.expected.length === 0) return finding
  const outer = wording.some((w) => w !== finding && w.ruleId !== finding.ruleId && w.start <= finding.start && finding.end <= w.end &&
    w.end - w.start > finding.end - finding.start && w.severity !== 'info')
  return outer ? { ...finding, expected: [] } : finding
}

/** vfile's own severity flag: true for errors, false for warnings, undefined for infos. */
function fatalFor(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}
