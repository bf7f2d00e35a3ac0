import { describe, expect, it } from 'vitest'
import { columnCells, rowCellsAt } from '../../../src/core/text/table-cells.js'

const cells = (text: string, header: RegExp) => columnCells(text, header).map(([start, end]) => text.slice(start, end))

describe('columnCells', () => {
  const table = [
    'Evidence table:',
    '',
    '| Evidence | Supports | **Undermines** |',
    '|---|:---:|---|',
    '| ABE | Detailed account | Unsure of the time |',
    '| Messages | – | – |',
    '| CCTV | Shows him following her |  |',
    '',
    'After the table, | a pipe in prose | is not a row.',
  ].join('\n')

  it('reads each body cell of the columns whose header matches, Markdown marks and all', () => {
    expect(cells(table, /^undermines$/i)).toEqual(['Unsure of the time'])
    expect(cells(table, /^supports$/i)).toEqual(['Detailed account', 'Shows him following her'])
  })

  it('skips empty cells and dashes, and reads nothing outside a table or under no matching header', () => {
    expect(cells(table, /^weaknesses$/i)).toEqual([])
    expect(cells('No table here | at all.', /./)).toEqual([])
  })

  it('reads a table without outer pipes on its separator row and a second table on its own header', () => {
    const two = '| A | Against |\n|---|---|\n| x | one |\n\n| Against | B |\n| --- | --- |\n| two | y |'
    expect(cells(two, /^against$/i)).toEqual(['one', 'two'])
  })
})

describe('rowCellsAt', () => {
  it('gives the cells of the row that holds an offset, and nothing outside a table', () => {
    const text = 'Notes\n\n| Prior relationship | Together until 2024 |\n'
    const at = text.indexOf('Prior')
    expect(rowCellsAt(text, at)?.map(([s, e]) => text.slice(s, e))).toEqual(['Prior relationship', 'Together until 2024'])
    expect(rowCellsAt(text, 0)).toBeUndefined()
  })
})
