/**
 * heed's messages as the page lists them: by category, with the missing parts
 * of a letter apart, because those are fixed by adding a paragraph, not by
 * changing words.
 */
import type { VFile } from 'vfile'
import { CATEGORIES } from '../../src/core/types.js'
import type { Finding } from '../../src/core/engine/finding.js'
import type { Category, HeedMessageFields, Severity } from '../../src/core/types.js'

/** One finding, with offsets into the text that was checked: the core's finding, with a key for the page. */
export interface PageFinding extends Omit<Finding, 'source' | 'generic'> {
  /** Unique within one check. */
  key: string
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
  accuracy: 'Facts and promises',
}

/** How each severity is named on the page. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Must change', warning: 'Should change', info: 'Worth a look' }

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

function categoryOf(ruleId: string): Category {
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
    const fields = message as unknown as HeedMessageFields
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = place?.start.offset ?? 0
    const end = place?.end.offset ?? start
    const ruleId = message.ruleId ?? 'heed'
    const finding: PageFinding = {
      key: `${ruleId}@${start}-${end}#${index}`,
      ruleId,
      category: categoryOf(ruleId),
      severity: fields.severity ?? 'warning',
      start,
      end,
      reason: message.reason,
      actual: fields.actual ?? '',
      expected: fields.expected ?? [],
      note: fields.note ?? '',
    }
    if (fields.fix) finding.fix = { start: fields.fix.range[0], end: fields.fix.range[1], text: fields.fix.text }
    return finding
  })
  return findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

/**
 * The missing parts of a letter: findings that come with a paragraph to insert.
 *
 * @param findings All findings.
 * @returns Those with a fix, in the order the letter would have them.
 */
export function missingParts(findings: readonly PageFinding[]): PageFinding[] {
  return findings.filter((finding) => finding.fix !== undefined)
}

/** One category's findings. */
export interface FindingGroup {
  category: Category
  label: string
  findings: PageFinding[]
}

/**
 * The other findings, grouped by category, the most harmful categories first.
 *
 * @param findings All findings.
 * @returns Groups in CATEGORY_LABELS order; categories with nothing are left out.
 */
export function groupByCategory(findings: readonly PageFinding[]): FindingGroup[] {
  const rest = findings.filter((finding) => finding.fix === undefined)
  return (Object.keys(CATEGORY_LABELS) as Category[])
    .map((category) => ({ category, label: CATEGORY_LABELS[category], findings: rest.filter((finding) => finding.category === category) }))
    .filter((group) => group.findings.length > 0)
}

/**
 * The replacements a writer can make in one click. Readability findings flag a
 * whole sentence, and their advice is not a replacement for it.
 *
 * @param finding A finding.
 * @returns Suggestions to put in place of `actual`; none when there is nothing to replace.
 */
export function replacementsFor(finding: PageFinding): string[] {
  if (finding.fix || finding.actual === '' || finding.category === 'readability') return []
  return finding.expected.filter((suggestion) => suggestion !== '' && suggestion !== finding.actual)
}

/** Plain names for the parts of a letter (`structure/missing-<part>`). */
const PART_NAMES: Record<string, string> = {
  'acknowledge-impact': 'how hard this news may be',
  decision: 'the decision',
  reasons: 'the reasons',
  'right-to-review': 'the right to review',
  support: 'support',
  'future-reporting': 'reporting in the future',
  meeting: 'a meeting',
  contact: 'who to contact',
}

/**
 * What a missing part is about, for its button.
 *
 * @param ruleId `structure/missing-<part>`.
 * @returns Words such as "the right to review".
 */
export function partName(ruleId: string): string {
  const part = ruleId.replace(/^structure\/missing-/, '')
  return PART_NAMES[part] ?? part.replace(/-/g, ' ')
}

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
