import { describe, expect, it } from 'vitest'
import { ParseEnglish } from 'parse-english'
import { CUES, RULES, STRUCTURE } from '../../../src/core/data/index.js'
import { FOCUS, JUDGED } from '../../../src/core/data/on-demand.js'
import { buildJointTrieData } from '../../../src/core/match/joint-trie.js'
import { jointTrieData, sharedScanner } from '../../../src/core/match/phrase-matcher.js'
import { freezeData, TrieBuilder } from '../../../src/core/match/trie-builder.js'
import { decodeTrie, encodeTrie } from '../../../src/core/match/trie-codec.js'
import { FrozenTrie } from '../../../src/core/match/trie-walker.js'
import { addRulePhrases } from '../../../src/core/match/vocabularies.js'
import { indexDocument } from '../../../src/core/text/document.js'

function scan(text: string, ...patterns: string[]) {
  const builder = new TrieBuilder()
  patterns.forEach((pattern, rule) => builder.addPattern(pattern, { owner: 0, rule, role: 'pattern' }))
  const trie = new FrozenTrie(freezeData(builder))
  const doc = indexDocument(new ParseEnglish().parse(text), text)
  const found: string[] = []
  trie.walk(doc.tokens, (_tag, first, last) => found.push(text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end)))
  return found
}

describe('phrase matching', () => {
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
    expect(scan('The matter was adjourned and then discontinued.', 'the matter', 'adjourn', 'discontinue')).toEqual(['The matter', 'adjourned', 'discontinued'])
  })
})

describe('the shared trie', () => {
  it('is frozen from these packs, and is exactly what the vocabularies build', () => {
    expect(jointTrieData()).toEqual(buildJointTrieData({ rules: RULES, cues: CUES, structure: STRUCTURE, focus: FOCUS, judged: JUDGED }))
  })

  it('comes back from its encoded form unchanged, and an encoded form that is damaged is refused', () => {
    const data = jointTrieData()
    expect(decodeTrie(encodeTrie(data))).toEqual(data)
    const damaged = JSON.parse(encodeTrie(data)) as { digits: string }
    damaged.digits = damaged.digits.slice(0, 20) + '!' + damaged.digits.slice(21)
    expect(() => decodeTrie(JSON.stringify(damaged))).toThrow(/damaged; run `npm run build:rules`/)
  })

  it('finds for each vocabulary what a trie of its own would find', () => {
    const text = 'You did not scream and you carried on working with him. The suspect was not charged. NFA was decided.'
    const doc = indexDocument(new ParseEnglish().parse(text), text)
    const builder = new TrieBuilder()
    addRulePhrases((pattern, tag, caseSensitive) => builder.addPattern(pattern, { ...tag, owner: 0 }, caseSensitive), RULES, CUES)
    const own = new FrozenTrie(freezeData(builder))
    const expected: Array<[number, string, number, number]> = []
    own.walk(doc.tokens, (tag, first, last) => expected.push([own.tagRule[tag]!, own.tagRole[tag]!, first, last]))
    expect(expected.length).toBeGreaterThan(3)
    expect(
      sharedScanner('rules')
        .scan(doc.tokens)
        .map((hit) => [hit.rule, hit.role, hit.first, hit.last]),
    ).toEqual(expected)
  })
})

describe('the minimised trie', () => {
  it('finds what the unminimised trie finds, in the same order', () => {
    const builder = new TrieBuilder()
    addRulePhrases((pattern, tag, caseSensitive) => builder.addPattern(pattern, { ...tag, owner: 0 }, caseSensitive), RULES, CUES)
    const frozen = new FrozenTrie(freezeData(builder))
    const examples = RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]).map((text) =>
      text.replace(/^\[(letter|review)\]\s*/, '').replace(/[⟦⟧]/g, ''),
    )
    const text = examples.join(' ')
    const doc = indexDocument(new ParseEnglish().parse(text), text)
    // The plain walk over the builder's nested maps: stem, exact, cased, then any word at each step.
    type Node = (typeof builder)['root']
    const expected: string[] = []
    const walk = (node: Node, first: number, at: number) => {
      const token = doc.tokens[at]
      if (!token || (at > first && (token.breakBefore || token.sentence !== doc.tokens[at - 1]!.sentence))) return
      for (const key of [token.stem, '=' + token.norm, '^' + token.cased, '*']) {
        const next = node.next.get(key)
        if (!next) continue
        for (const tag of next.tags) expected.push(`${tag.rule}/${tag.role}@${first}-${at}`)
        if (next.next.size > 0) walk(next, first, at + 1)
      }
    }
    for (let i = 0; i < doc.tokens.length; i++) walk(builder.root, i, i)
    const found: string[] = []
    frozen.walk(doc.tokens, (tag, first, last) => found.push(`${frozen.tagRule[tag]}/${frozen.tagRole[tag]}@${first}-${last}`))
    expect(expected.length).toBeGreaterThan(500)
    expect(found).toEqual(expected)
  })
})
