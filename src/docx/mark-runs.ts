/**
 * Places comment ranges (and tracked replacements) on exact characters of a
 * Word document: a run is split only where a range starts or ends inside it,
 * and every other byte of the part stays as it was.
 */
import type { CharOrigin, DocumentText, RunText } from './document-text.js'
import { escapeText, localName } from './xml.js'

/** A comment on the characters `start`–`end` of the checked text. */
export interface CommentMark {
  start: number
  end: number
  id: number
  /** With tracked changes: the words that replace the range, and the ids of the revisions. */
  replacement?: { text: string; ids: () => number }
}

/** Who and when, for the revision marks. */
export interface Revision {
  author: string
  /** An ISO 8601 time, `2026-12-04T21:00:00Z`; left out when undefined. */
  date?: string
}

interface Insert {
  /** Range ends come before range starts at the same place, so neighbouring ranges do not overlap. */
  order: 0 | 1
  xml: string
}

interface RunEdit {
  at: Map<number, Insert[]>
  /** Run-level character ranges to mark as deleted. */
  deleted: Array<[number, number]>
  /** Where each range's revision ids come from: a range cut by another comment's marker is two revisions. */
  deletedIds: Array<() => number>
}

/**
 * Whether the characters of a range can be replaced as a tracked change:
 * plain text runs side by side in one container, not already a revision.
 *
 * @param doc The document.
 * @param start First character.
 * @param end After the last character.
 */
export function canReplace(doc: DocumentText, start: number, end: number): boolean {
  if (end <= start) return false
  const origins = doc.origins.slice(start, end)
  if (origins.some((origin) => origin === undefined)) return false
  const runs = new Set(origins.map((origin) => origin!.run))
  const parents = new Set([...runs].map((run) => run.element.parent))
  if (parents.size !== 1) return false
  const parent = [...parents][0]!
  if (['ins', 'del', 'moveTo', 'moveFrom'].includes(localName(parent.name))) return false
  // A field's result is Word's to recompute, not the writer's to edit.
  if ([...runs].some((run) => run.field)) return false
  // Only text, tabs and Word's layout hint: a field character or a drawing must not be deleted by accident.
  return [...runs].every((run) => run.pieces.every((piece) => piece.splittable || ['tab', 'lastRenderedPageBreak'].includes(localName(piece.element.name))))
}

/**
 * Mark comments in the document.
 *
 * @param doc The document and its map from characters to runs.
 * @param marks The comments, each on at least one character with an origin at both ends.
 * @param revision Author and date for tracked changes.
 * @returns The new text of the part.
 */
export function markRuns(doc: DocumentText, marks: readonly CommentMark[], revision: Revision): string {
  const w = (name: string) => `${doc.prefix}:${name}`
  const stamp = `${w('author')}="${escapeText(revision.author)}"${revision.date ? ` ${w('date')}="${escapeText(revision.date)}"` : ''}`
  const edits = new Map<RunText, RunEdit>()
  const edit = (run: RunText) => {
    let found = edits.get(run)
    if (!found) edits.set(run, (found = { at: new Map(), deleted: [], deletedIds: [] }))
    return found
  }
  // Marks for words in a field's result go round the whole field.
  const aroundFields = new Map<number, Insert[]>()
  const insertAt = (origin: CharOrigin, offset: 0 | 1, insert: Insert) => {
    const field = origin.run.field
    const outside = field && (offset === 0 ? field.before : field.after)
    if (outside !== undefined) {
      aroundFields.set(outside, [...(aroundFields.get(outside) ?? []), insert])
      return
    }
    const at = edit(origin.run).at
    const index = origin.index + offset
    at.set(index, [...(at.get(index) ?? []), insert])
  }

  for (const mark of marks) {
    const first = doc.origins[mark.start]!
    const last = doc.origins[mark.end - 1]!
    insertAt(first, 0, { order: 1, xml: `<${w('commentRangeStart')} ${w('id')}="${mark.id}"/>` })
    let inserted = ''
    if (mark.replacement) {
      const byRun = new Map<RunText, [number, number]>()
      for (let i = mark.start; i < mark.end; i++) {
        const origin = doc.origins[i]!
        const range = byRun.get(origin.run)
        byRun.set(origin.run, range ? [range[0], origin.index + 1] : [origin.index, origin.index + 1])
      }
      for (const [run, range] of byRun) {
        edit(run).deleted.push(range)
        edit(run).deletedIds.push(mark.replacement.ids)
      }
      const properties = first.run.properties ? doc.xml.slice(first.run.properties.start, first.run.properties.end) : ''
      inserted =
        `<${w('ins')} ${w('id')}="${mark.replacement.ids()}" ${stamp}><${w('r')}>${properties}` +
        `<${w('t')} xml:space="preserve">${escapeText(mark.replacement.text)}</${w('t')}></${w('r')}></${w('ins')}>`
    }
    insertAt(last, 1, {
      order: 0,
      xml: `${inserted}<${w('commentRangeEnd')} ${w('id')}="${mark.id}"/><${w('r')}><${w('commentReference')} ${w('id')}="${mark.id}"/></${w('r')}>`,
    })
  }

  const splices: Splice[] = []
  for (const [run, runEdit] of edits) splices.push(...rewriteRun(doc, run, runEdit, w, stamp))
  for (const [offset, inserts] of aroundFields) splices.push({ from: offset, to: offset, xml: joined(inserts), rank: 1 })
  splices.sort((a, b) => a.from - b.from || a.to - b.to || a.rank - b.rank)
  let out = ''
  let from = 0
  for (const splice of splices) {
    out += doc.xml.slice(from, splice.from) + splice.xml
    from = splice.to
  }
  return out + doc.xml.slice(from)
}

/** New text for `from`–`to`; at one offset, what follows a run goes before what precedes the next. */
interface Splice {
  from: number
  to: number
  xml: string
  rank: number
}

const joined = (inserts: Insert[] | undefined) =>
  (inserts ?? [])
    .sort((a, b) => a.order - b.order)
    .map((insert) => insert.xml)
    .join('')

/** The splices that put one run's markers in place, splitting it only where needed. */
function rewriteRun(doc: DocumentText, run: RunText, runEdit: RunEdit, w: (name: string) => string, stamp: string): Splice[] {
  const { xml } = doc
  const element = run.element
  const cuts = new Set<number>()
  for (const index of runEdit.at.keys()) if (index > 0 && index < run.length) cuts.add(index)
  for (const [a, b] of runEdit.deleted) for (const index of [a, b]) if (index > 0 && index < run.length) cuts.add(index)
  if (cuts.size === 0 && runEdit.deleted.length === 0) {
    // Whole-run ranges: the run itself is left untouched.
    return [
      { from: element.start, to: element.start, xml: joined(runEdit.at.get(0)), rank: 1 },
      { from: element.end, to: element.end, xml: joined(runEdit.at.get(run.length)), rank: 0 },
    ]
  }
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), run.length]
  const open = xml.slice(element.start, element.openEnd)
  const close = xml.slice(element.closeStart, element.end)
  const properties = run.properties ? xml.slice(run.properties.start, run.properties.end) : ''
  let out = joined(runEdit.at.get(0))
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [s, e] = [bounds[i]!, bounds[i + 1]!]
    if (i > 0) out += joined(runEdit.at.get(s))
    const deletedAt = runEdit.deleted.findIndex(([a, b]) => a <= s && e <= b)
    const deleted = deletedAt !== -1
    let body = ''
    for (const piece of run.pieces) {
      const length = piece.text.length
      if (length === 0) {
        // An element with no text goes with the segment it sits in (the last one when at the end).
        if ((s <= piece.at && piece.at < e) || (piece.at === run.length && e === run.length)) body += xml.slice(piece.element.start, piece.element.end)
        continue
      }
      const a = Math.max(piece.at, s)
      const b = Math.min(piece.at + length, e)
      if (a >= b) continue
      const whole = a === piece.at && b === piece.at + length
      if (!piece.splittable) {
        body += xml.slice(piece.element.start, piece.element.end)
      } else if (deleted) {
        body += `<${w('delText')} xml:space="preserve">${escapeText(piece.text.slice(a - piece.at, b - piece.at))}</${w('delText')}>`
      } else if (whole) {
        body += xml.slice(piece.element.start, piece.element.end)
      } else {
        body += `<${w('t')} xml:space="preserve">${escapeText(piece.text.slice(a - piece.at, b - piece.at))}</${w('t')}>`
      }
    }
    const segment = `${open}${properties}${body}${close}`
    out += deleted ? `<${w('del')} ${w('id')}="${runEdit.deletedIds[deletedAt]!()}" ${stamp}>${segment}</${w('del')}>` : segment
  }
  out += joined(runEdit.at.get(run.length))
  return [{ from: element.start, to: element.end, xml: out, rank: 2 }]
}
