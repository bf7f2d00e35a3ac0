/**
 * heed's messages as the page lists them: what must change first, then what
 * should, then the missing parts of a letter (fixed by adding a paragraph,
 * not by changing words), then what is worth a look. The same finding about
 * the same words is one card, however often it comes.
 */
import type { VFile } from 'vfile'
import { CATEGORIES } from 'heed/lint'
import type { Category, HeedMessageFields, Severity } from 'heed/lint'

/** One finding, with offsets into the text that was checked: a message's fields, with a key for the page. */
export interface PageFinding
  extends Pick<HeedMessageFields, 'ruleId' | 'category' | 'severity' | 'actual' | 'expected' | 'note'>, Partial<Pick<HeedMessageFields, 'advice' | 'scope'>> {
  /** Unique within one check. */
  key: string
  /** Offsets into the text that was checked. */
  start: number
  end: number
  reason: string
  /** An edit that fixes it: replace `start`–`end` with `text`. */
  fix?: { start: number; end: number; text: string }
}

/** A heading for each category, in the writer's words. */
export const CATEGORY_LABELS: Record<Category, string> = {
  misconception: 'Misconceptions about rape',
  tone: 'Tone',
  jargon: 'Jargon',
  readability: 'Readability',
  focus: 'Focus on the suspect',
  inclusive: 'Inclusive language',
  structure: 'Structure',
  accuracy: 'Facts and deadlines',
}

/** How each severity is named on the page. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Must change', warning: 'Should change', info: 'Worth a look' }

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** A message from before messages carried their category: the first part of its rule id. */
function categoryOf(fields: Partial<HeedMessageFields>, ruleId: string): Category {
  if (fields.category && (CATEGORIES as readonly string[]).includes(fields.category)) return fields.category
  const first = ruleId.split('/')[0] as Category
  return (CATEGORIES as readonly string[]).includes(first) ? first : 'structure'
}

/**
 * The findings of a check, in the order they come in the text.
 *
 * @param file What `lint` returned.
 * @returns Findings with offsets; a message without a position starts at 0.
 */
export function toFindings(file: VFile): PageFinding[] {
  const findings = file.messages.map((message, index): PageFinding => {
    const fields = message as unknown as Partial<HeedMessageFields>
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = place?.start.offset ?? 0
    const end = place?.end.offset ?? start
    const ruleId = message.ruleId ?? 'heed'
    const finding: PageFinding = {
      key: `${ruleId}@${start}-${end}#${index}`,
      ruleId,
      category: categoryOf(fields, ruleId),
      severity: fields.severity ?? 'warning',
      start,
      end,
      reason: message.reason,
      actual: fields.actual ?? '',
      expected: fields.expected ?? [],
      advice: fields.advice,
      scope: fields.scope,
      note: fields.note ?? '',
    }
    if (fields.fix) finding.fix = { start: fields.fix.range[0], end: fields.fix.range[1], text: fields.fix.text }
    return finding
  })
  return findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

/**
 * Whether a finding is a missing part of a letter: about the whole letter, and fixed by adding a paragraph.
 *
 * @param finding A finding.
 */
export function isMissingPart(finding: PageFinding): boolean {
  return finding.category === 'structure' && finding.scope === 'document'
}

/**
 * The missing parts of a letter.
 *
 * @param findings All findings.
 * @returns Those about a part the letter lacks, with or without a paragraph heed can insert.
 */
export function missingParts(findings: readonly PageFinding[]): PageFinding[] {
  return findings.filter(isMissingPart)
}

/** One card: a finding, and any others with the same rule, reason and words. */
export interface FindingCard {
  /** In text order; the first is the one the card's buttons act on. */
  findings: PageFinding[]
}

/** One section of the list. */
export interface FindingSection {
  id: 'error' | 'warning' | 'missing' | 'info'
  label: string
  cards: FindingCard[]
}

const SECTION_LABELS: Record<FindingSection['id'], string> = {
  error: SEVERITY_LABELS.error,
  warning: SEVERITY_LABELS.warning,
  missing: 'Missing parts',
  info: SEVERITY_LABELS.info,
}

/** Cards for findings, identical ones (same rule, reason, words and replacements) made one. */
function toCards(findings: readonly PageFinding[]): FindingCard[] {
  const cards = new Map<string, FindingCard>()
  for (const finding of findings) {
    const same = [finding.ruleId, finding.reason, finding.actual, ...finding.expected].join('\u0000')
    const card = cards.get(same)
    if (card) card.findings.push(finding)
    else cards.set(same, { findings: [finding] })
  }
  return [...cards.values()]
}

/**
 * The list's sections: must change, should change, missing parts, worth a look; empty ones left out.
 *
 * @param findings All findings, in text order.
 * @returns Sections of cards, each in text order.
 */
export function sectionsOf(findings: readonly PageFinding[]): FindingSection[] {
  const sectionOf = (finding: PageFinding): FindingSection['id'] => (isMissingPart(finding) ? 'missing' : finding.severity)
  return (Object.keys(SECTION_LABELS) as FindingSection['id'][])
    .map((id) => ({ id, label: SECTION_LABELS[id], cards: toCards(findings.filter((finding) => sectionOf(finding) === id)) }))
    .filter((section) => section.cards.length > 0)
}

/**
 * The replacements a writer can make in one click.
 *
 * @param finding A finding.
 * @returns Suggestions to put in place of `actual`; none when there is nothing to replace.
 */
export function replacementsFor(finding: PageFinding): string[] {
  // `expected` holds drop-in text only; advice is never offered as words to put in the letter.
  if (finding.fix || finding.actual === '') return []
  return finding.expected.filter((suggestion) => suggestion !== '' && suggestion !== finding.actual)
}

/** What a missing part is about, for its button ("the right to review"). */
export { partName } from '../../src/core/structure/part-names.js'

/**
 * One line that sums up a check, for the status message.
 *
 * @param findings The findings.
 * @returns Words such as "5 findings, 2 of them missing parts."
 */
export function summariseFindings(findings: readonly PageFinding[]): string {
  const missing = missingParts(findings).length
  const total = findings.length
  if (total === 0) return 'heed found nothing to change.'
  const counted = `${total} ${total === 1 ? 'finding' : 'findings'}`
  if (missing === 0) return `${counted}.`
  if (total === 1) return `${counted}: a missing part.`
  return `${counted}, ${missing} of them ${missing === 1 ? 'a missing part' : 'missing parts'}.`
}

/**
 * The advice to print under a finding's reason, when it adds something: not
 * when the reason already says it, nor when it is the note (a rule with no
 * advice of its own).
 *
 * @param finding A finding.
 * @returns The advice, or undefined.
 */
export function extraAdvice(finding: PageFinding): string | undefined {
  const advice = finding.advice?.trim()
  if (!advice || advice === finding.note.trim()) return undefined
  const plain = (text: string) => text.replace(/[.\s]+$/, '').toLowerCase()
  return plain(finding.reason).includes(plain(advice)) ? undefined : advice
}
