import { describe, expect, it } from 'vitest'
import { lineAt, lineBefore, onListItemLine } from '../../../src/core/text/split-lines.js'

describe('lines of the document', () => {
  const text = 'Dear Ms Doe,\n- She stayed.\nDATE  Monday'

  it('finds the line that holds an offset, at the first, a middle and the last line', () => {
    expect(text.slice(...lineAt(text, 3))).toBe('Dear Ms Doe,')
    expect(text.slice(...lineAt(text, text.indexOf('stayed')))).toBe('- She stayed.')
    expect(text.slice(...lineAt(text, text.length - 1))).toBe('DATE  Monday')
  })

  it('gives the text of the line before an offset, and reads a list item from its line', () => {
    expect(lineBefore(text, text.indexOf('Monday'))).toBe('DATE  ')
    expect(onListItemLine(text, text.indexOf('She'), text.indexOf('stayed'))).toBe(true)
    expect(onListItemLine(text, text.indexOf('Ms'), text.indexOf('Doe'))).toBe(false)
  })
})
