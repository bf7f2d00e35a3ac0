/**
 * Reference codes in a letterhead ("Our ref: NTP/26/013377") are filing, not
 * words of the letter: no rule or acronym check may read them.
 */
import { describe, expect, it } from 'vitest'
import { indexText } from '../../helpers-doc.js'

const words = (text: string) => indexText(text).tokens.map((token) => token.cased)
/** Numbers stay (dates are written with slashes too); the lettered parts go. */
const lettered = (text: string) => words(text).filter((word) => /[A-Za-z]/.test(word))

describe('reference codes', () => {
  it.each([
    ['Our ref: NTP/26/013377', ['Our', 'ref']],
    ['Complaint COMP/EM/26/0913 is closed.', ['Complaint', 'is', 'closed']],
    ['Reference 10NE0774824/VLU.', ['Reference']],
  ])('leaves out the code in %s', (text, expected) => {
    expect(lettered(text)).toEqual(expected)
  })

  it.each([
    ['The police sent the MG3/MG5 forms.', 'MG3'],
    ['You can call and/or write to me.', 'and'],
    ['The helpline is open 24/7.', 'helpline'],
  ])('keeps the words of %s', (text, word) => {
    expect(words(text)).toContain(word)
  })
})
