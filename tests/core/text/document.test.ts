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

describe('quotation marks and inches', () => {
  const quoted = (text: string) =>
    indexText(text)
      .tokens.filter((t) => t.quoted)
      .map((t) => t.cased)

  it('reads a straight quote after a number as inches, outside a quotation', () => {
    expect(quoted('JP is 6\'2" and plays in the back row. A jury may find it hard to accept.')).toEqual([])
  })

  it('still closes a quotation that ends on a number', () => {
    expect(quoted('KM replied "ok be there at 10" and went.')).toEqual(['ok', 'be', 'there', 'at', '10'])
  })
})
