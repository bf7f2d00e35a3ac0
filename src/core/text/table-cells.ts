/**
 * The cells of one column of a Markdown table, found by its header: an evidence
 * table's "Undermines" or "Weaknesses" column sorts each row's item against the
 * case, as a heading does for a list.
 */
import { lineAt } from './split-lines.js'

/** A cell's text as offsets into the document: `start` to `end`, trimmed. */
export type CellRange = [start: number, end: number]

const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/

/** Each cell of a row, with its offsets: the text between pipes, trimmed. */
function cellsOf(line: string, offset: number): CellRange[] {
  const cells: CellRange[] = []
  const body = line.replace(/^\s*\|/, (m) => ' '.repeat(m.length)).replace(/\|\s*$/, (m) => ' '.repeat(m.length))
  let start = 0
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body[i] !== '|') continue
    const raw = body.slice(start, i)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    cells.push([offset + start + lead, offset + start + lead + text.length])
    start = i + 1
  }
  return cells
}

/**
 * The body cells, in every table of the text, of the columns whose header matches.
 *
 * @param text The document.
 * @param header Which header names a wanted column (tested on the header's text, Markdown marks removed).
 * @returns Each non-empty body cell of those columns.
 */
export function columnCells(text: string, header: RegExp): CellRange[] {
  const out: CellRange[] = []
  const lines = text.split('\n')
  let offset = 0
  let columns: number[] | undefined
  let previous: { line: string; offset: number } | undefined
  for (const line of lines) {
    const isRow = /^\s*\|/.test(line)
    if (!isRow) columns = undefined
    else if (SEPARATOR.test(line) && previous && /^\s*\|/.test(previous.line)) {
      // The row above the separator is the header.
      columns = cellsOf(previous.line, previous.offset).flatMap(([s, e], i) => (header.test(text.slice(s, e).replace(/[*_]/g, '').trim()) ? [i] : []))
    } else if (columns && columns.length > 0) {
      const cells = cellsOf(line, offset)
      for (const i of columns) {
        const cell = cells[i]
        if (cell && cell[1] > cell[0] && !/^[–—-]$/.test(text.slice(cell[0], cell[1]))) out.push(cell)
      }
    }
    previous = { line, offset }
    offset += line.length + 1
  }
  return out
}

/**
 * The cells of the table row that holds an offset.
 *
 * @param text The document.
 * @param at An offset inside the row.
 * @returns The row's cells, or undefined when the line is not a table row.
 */
export function rowCellsAt(text: string, at: number): CellRange[] | undefined {
  const [start, end] = lineAt(text, at)
  const line = text.slice(start, end)
  return /^\s*\|/.test(line) ? cellsOf(line, start) : undefined
}
