/**
 * The backdrop's runs: every character once, the most serious finding on top.
 */
import { describe, expect, it } from 'vitest'
import { highlightSegments } from '../../web/src/highlights.js'

describe('highlightSegments', () => {
  const text = 'Prior to this, the case was NFA.'

  it('covers the whole text, marking only the flagged words', () => {
    const segments = highlightSegments(text, [
      { key: 'a', start: 0, end: 8, severity: 'info' },
      { key: 'b', start: 28, end: 31, severity: 'warning' },
    ])
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
    expect(segments.filter((segment) => segment.severity)).toEqual([
      { text: 'Prior to', severity: 'info', key: 'a' },
      { text: 'NFA', severity: 'warning', key: 'b' },
    ])
  })

  it('paints the more serious of two overlapping findings, and the shorter of two equal ones', () => {
    const segments = highlightSegments(text, [
      { key: 'sentence', start: 0, end: 32, severity: 'warning' },
      { key: 'word', start: 28, end: 31, severity: 'warning' },
      { key: 'myth', start: 15, end: 23, severity: 'error' },
    ])
    expect(segments.map((segment) => [segment.text, segment.key])).toEqual([
      ['Prior to this, ', 'sentence'],
      ['the case', 'myth'],
      [' was ', 'sentence'],
      ['NFA', 'word'],
      ['.', 'sentence'],
    ])
  })

  it('skips empty and out-of-range findings', () => {
    expect(
      highlightSegments('abc', [
        { key: 'x', start: 2, end: 2, severity: 'error' },
        { key: 'y', start: 5, end: 9, severity: 'error' },
      ]),
    ).toEqual([{ text: 'abc' }])
    expect(highlightSegments('', [])).toEqual([])
  })
})
