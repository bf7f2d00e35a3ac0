/**
 * The page's edits land only where the flagged words still are.
 */
import { describe, expect, it } from 'vitest'
import { applyEdit, editFits } from '../../web/src/text-edits.js'

describe('text edits', () => {
  const text = 'Prior to making my decision, I read the file.'

  it('replaces the flagged words and says where the new ones are', () => {
    const edit = { start: 0, end: 8, text: 'Before' }
    expect(editFits(text, edit, 'Prior to')).toBe(true)
    const result = applyEdit(text, edit)
    expect(result.text).toBe('Before making my decision, I read the file.')
    expect(result.text.slice(result.start, result.end)).toBe('Before')
  })

  it('inserts a paragraph at a point', () => {
    const result = applyEdit('Dear Sam,\n\nYours,\n', { start: 11, end: 11, text: 'Support is there.\n\n' })
    expect(result.text).toBe('Dear Sam,\n\nSupport is there.\n\nYours,\n')
    expect(result).toMatchObject({ start: 11, end: 30 })
  })

  it('refuses an edit whose words have moved or gone', () => {
    expect(editFits(`Well, ${text}`, { start: 0, end: 8, text: 'Before' }, 'Prior to')).toBe(false)
    expect(editFits(text, { start: 40, end: 60, text: 'x' }, text.slice(40))).toBe(false)
    expect(editFits(text, { start: 5, end: 2, text: 'x' }, '')).toBe(false)
  })
})
