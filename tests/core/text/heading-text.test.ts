import { describe, expect, it } from 'vitest'
import { headingText } from '../../../src/core/text/heading-text.js'

describe('headingText', () => {
  it.each([
    ['**3. Weaknesses:**', 'Weaknesses'],
    ['(8) For and against:', 'For and against'],
    ['[5] STRENGTHS / WEAKNESSES', 'STRENGTHS / WEAKNESSES'],
    ['4) Difficulties', 'Difficulties'],
    ['## Points against charge', 'Points against charge'],
    ['- __Strengths__', 'Strengths'],
  ])('reads %s as its words', (line, words) => {
    expect(headingText(line)).toBe(words)
  })

  it('keeps a label with its item, and a year that opens a line', () => {
    expect(headingText('Delay: she waited nine days.')).toBe('Delay: she waited nine days')
    expect(headingText('2024 was the first season.')).toBe('2024 was the first season')
  })
})
