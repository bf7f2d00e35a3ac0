import { describe, expect, it } from 'vitest'
import { firstTokenFrom } from '../../../src/core/text/document.js'
import { indexText } from '../../helpers-doc.js'

describe('firstTokenFrom', () => {
  const doc = indexText('She left. He stayed.')
  it('finds the token that starts at an offset, or the next one after it', () => {
    expect(doc.tokens[firstTokenFrom(doc, 0)]!.cased).toBe('She')
    expect(doc.tokens[firstTokenFrom(doc, 2)]!.cased).toBe('left')
    expect(doc.tokens[firstTokenFrom(doc, doc.text.indexOf('He'))]!.cased).toBe('He')
  })
  it('gives the number of tokens past the last one', () => {
    expect(firstTokenFrom(doc, doc.text.length)).toBe(doc.tokens.length)
  })
})
