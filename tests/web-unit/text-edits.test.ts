/**
 * The page's edits land only where the flagged words still are.
 */
import { describe, expect, it } from 'vitest'
import { editFits } from '../../web/src/text-edits.js'

describe('text edits', () => {
  const text = 'Prior to making my decision, I read the file.'

  it('accepts an edit whose words are still where they were flagged', () => {
    expect(editFits(text, { start: 0, end: 8, text: 'Before' }, 'Prior to')).toBe(true)
    expect(editFits(text, { start: text.length, end: text.length, text: '\n\nA new paragraph.' }, '')).toBe(true)
  })

  it('refuses an edit whose words have moved or gone', () => {
    expect(editFits(`Well, ${text}`, { start: 0, end: 8, text: 'Before' }, 'Prior to')).toBe(false)
    expect(editFits(text, { start: 40, end: 60, text: 'x' }, text.slice(40))).toBe(false)
    expect(editFits(text, { start: 5, end: 2, text: 'x' }, '')).toBe(false)
  })
})
