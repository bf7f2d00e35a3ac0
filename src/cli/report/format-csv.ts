/**
 * `heed report --format csv`: one row per file, for a spreadsheet. A file
 * that could not be read has a row with only its path and the reason.
 */
import { CATEGORIES } from '../../core/model/types.js'
import { CRITERIA } from './criteria.js'
import type { ReportEntry } from './entry.js'

/** Every category DESIGN.md names, including any the core does not list yet. */
const COLUMNS_BY_CATEGORY = [...new Set<string>([...CATEGORIES, 'accuracy'])]

/** A cell, quoted when it must be; text that a spreadsheet would run as a formula is kept as text. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const HEADER = [
  'path',
  'kind',
  'kind_source',
  'letter_type',
  'letter_type_source',
  'reading_age',
  'words',
  'findings',
  'errors',
  'warnings',
  'infos',
  ...COLUMNS_BY_CATEGORY,
  'other_categories',
  'missing_parts',
  'victim_scrutiny',
  'suspect_analysis',
  'leans_on_victim',
  ...CRITERIA.map((c) => `meets_${c.id.replace(/-/g, '_')}`),
  'meets_standard',
  'unreadable_reason',
]

/**
 * @param entries The entries, in order.
 * @returns The CSV text, in lines.
 */
export async function* renderCsv(entries: AsyncIterable<ReportEntry>): AsyncGenerator<string> {
  yield HEADER.join(',') + '\r\n'
  for await (const entry of entries) {
    if ('error' in entry) {
      yield [cell(entry.path), ...Array(HEADER.length - 2).fill(''), cell(entry.error)].join(',') + '\r\n'
      continue
    }
    const other = Object.entries(entry.counts)
      .filter(([c]) => !COLUMNS_BY_CATEGORY.includes(c))
      .reduce((sum, [, n]) => sum + n, 0)
    const row = [
      entry.path,
      entry.kind,
      entry.kindSource,
      entry.letterType,
      entry.letterTypeSource,
      entry.readingAge,
      entry.words,
      entry.messages,
      entry.severity.error,
      entry.severity.warning,
      entry.severity.info,
      ...COLUMNS_BY_CATEGORY.map((c) => entry.counts[c] ?? 0),
      other,
      entry.missing.join(' '),
      entry.focus?.victimScrutiny,
      entry.focus?.suspectAnalysis,
      entry.focus ? (entry.focus.leansOnVictim ? 'yes' : 'no') : undefined,
      ...CRITERIA.map((c) => (entry.criteria ? (entry.criteria[c.id] ? 'yes' : 'no') : undefined)),
      entry.meetsStandard === undefined ? undefined : entry.meetsStandard ? 'yes' : 'no',
      undefined,
    ]
    yield row.map(cell).join(',') + '\r\n'
  }
}
