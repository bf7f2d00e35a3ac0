import { describe, expect, it } from 'vitest'
import { ParseEnglish } from 'parse-english'
import { compilePattern } from '../../../src/core/match/pattern.js'
import { PhraseMatcher } from '../../../src/core/match/phrase-matcher.js'
import { indexDocument } from '../../../src/core/text/document.js'

function scan(text: string, ...patterns: string[]) {
  const matcher = new PhraseMatcher()
  patterns.forEach((pattern, rule) => {
    for (const keys of compilePattern(pattern)) matcher.add(keys, { rule, role: 'pattern' })
  })
  const doc = indexDocument(new ParseEnglish().parse(text), text)
  return matcher.scan(doc.tokens).map((hit) => text.slice(doc.tokens[hit.first]!.start, doc.tokens[hit.last]!.end))
}

describe('PhraseMatcher', () => {
  it('finds phrases case-insensitively and across a line break', () => {
    expect(scan('They Had\nsex later.', 'had sex')).toEqual(['Had\nsex'])
  })

  it('matches inflections and contractions', () => {
    expect(scan('The case was discontinued.', 'discontinue')).toEqual(['discontinued'])
    expect(scan("She didn't scream.", 'did not scream')).toEqual(["didn't scream"])
  })

  it('does not cross sentences or breaking punctuation', () => {
    expect(scan('They had. Sex is a word.', 'had sex')).toEqual([])
    expect(scan('They had, sex aside, a row.', 'had sex')).toEqual([])
  })

  it('respects word boundaries and acronym case', () => {
    expect(scan('The nfa and NFA and NFAs.', 'NFA')).toEqual(['NFA'])
    expect(scan('A claimant made a claim.', 'claim')).toEqual(['claim'])
  })

  it('ignores words inside email and web addresses', () => {
    expect(scan('Write to vlu.wessex@cps.gov.uk today.', 'VLU')).toEqual([])
  })

  it('finds many rules in one pass', () => {
    expect(scan('The matter was adjourned and then discontinued.', 'the matter', 'adjourn', 'discontinue'))
      .toEqual(['The matter', 'adjourned', 'discontinued'])
  })
})
