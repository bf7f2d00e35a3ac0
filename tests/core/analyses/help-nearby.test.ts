import { describe, expect, it } from 'vitest'
import { helpNearby } from '../../../src/core/analyses/help-nearby.js'
import { indexText } from '../../helpers-doc.js'

const clauses = (text: string) => {
  const doc = indexText(text)
  return doc.sentences.flatMap((_, s) => helpNearby(doc, s).map(([a, b]) => doc.text.slice(doc.tokens[a]!.start, doc.tokens[b]!.end)))
}

describe('others close by, set against her in a concession', () => {
  it.each([
    ['She did not call out, although two other lads sleep on the same corridor.', 'although two other lads sleep on the same corridor'],
    ['Even though the neighbours on either side were at home, she made no noise.', 'Even though the neighbours on either side were at home'],
    ['She stayed in the cabin, despite the carriage being busy.', 'despite the carriage being busy'],
    ['Nobody heard anything, although the bar manager was in the cellar directly below.', 'although the bar manager was in the cellar directly below'],
    ['She made no sound, despite the cabin sharing a bulkhead with the galley.', 'despite the cabin sharing a bulkhead with the galley'],
    ['She did not go for help, although the café was only a corridor away.', 'although the café was only a corridor away'],
    ["She told no one, even though the welfare officer's office is in the same building.", "even though the welfare officer's office is in the same building"],
    ['You did not call out, despite the site being busy that afternoon with plot-holders.', 'despite the site being busy that afternoon with plot-holders'],
  ])('reads the clause in: %s', (text, clause) => {
    expect(clauses(text)).toEqual([clause])
  })

  it.each([
    'Although she was frightened, she told her sister the next morning.',
    'He was arrested at home, although his car was parked nearby.',
    'It felt as though the room next door was empty.',
    'Even though he was only a floor away, he says he did not hear her leave.',
  ])('leaves a concession that sets no one close by against her: %s', (text) => {
    expect(clauses(text)).toEqual([])
  })
})
