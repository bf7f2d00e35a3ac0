/**
 * Rules learned from annotated documents: the features a sentence is read by,
 * how a model's score decides a finding and its span, the voices it leaves
 * alone, and the trained models on sentences a specialist would and would not flag.
 */
import { describe, expect, it } from 'vitest'
import { checkLearned, leansThroughout, leaveUnlikely, readAcross, sentenceFeatures, sentenceScore } from '../../../src/core/analyses/learned.js'
import type { SentenceModel } from '../../../src/core/analyses/learned.js'
import { WEIGHS_HER_CONDUCT } from '../../../src/core/analyses/learned-rules.js'
import type { Finding } from '../../../src/core/engine/finding.js'
import { readReview } from '../../../src/core/analyses/people.js'
import { DWELLS_MODEL, WEIGHS_MODEL } from '../../../src/core/data/models.js'
import { findings } from '../../helpers.js'
import { indexText } from '../../helpers-doc.js'

/** A model that is sure of any sentence with "breakfast" in it, and of nothing else. */
const toy: SentenceModel = { bias: -4, threshold: 0.9, leaningThreshold: 0.8, weights: { 'review:breakfast': 9, 'review:cooked_breakfast': 1 } }

describe('sentence features', () => {
  it('are the kind, each word and each pair of neighbouring words, prefixed with the kind', () => {
    const doc = indexText("She didn't leave.")
    expect(sentenceFeatures(doc, 0, 'review').sort()).toEqual(
      ['kind:review', 'review:she', 'review:did', 'review:not', 'review:leave', 'review:she_did', 'review:did_not', 'review:not_leave', 'review:h:none'].sort(),
    )
  })

  it('carry the words of the heading of their section', () => {
    const doc = indexText('Weaknesses\nShe went back the next day.\n\nChronology\nShe went back the next day.')
    const features = (sentence: number) => sentenceFeatures(doc, sentence, 'review').filter((f) => f.startsWith('review:h:'))
    expect(features(1)).toEqual(['review:h:weaknesses'])
    expect(features(3)).toEqual(['review:h:chronology'])
  })

  it("read a review's names as the people they are, and digits as 0", () => {
    const doc = indexText('EF texted HOLT at 02:14.')
    const names = new Map([
      ['EF', 'victim'],
      ['HOLT', 'suspect'],
    ] as const)
    const features = sentenceFeatures(doc, 0, 'review', names)
    expect(features).toContain('review:she_texted')
    expect(features).toContain('review:texted_he')
    expect(features.some((f) => /0{2}/.test(f))).toBe(true)
    expect(features.some((f) => /ef|holt|14/.test(f))).toBe(false)
  })

  it('score as a probability from the bias and the weights of the features present', () => {
    expect(sentenceScore(toy, ['review:breakfast'])).toBeCloseTo(1 / (1 + Math.exp(-5)))
    expect(sentenceScore(toy, ['review:lunch'])).toBeCloseTo(1 / (1 + Math.exp(4)))
  })
})

describe('checkLearned', () => {
  const text = 'AB says he raped her. The next morning she cooked breakfast for them both. He left at noon.'

  it('reports a sentence the model is sure of, spanning the words that weigh most', () => {
    const found = checkLearned(indexText(text), 'review', [], toy, WEIGHS_HER_CONDUCT)
    expect(found.map((f) => [f.ruleId, f.actual])).toEqual([['misconception/weighs-her-conduct', 'cooked breakfast']])
  })

  it('leaves a sentence that a finding of the same category already covers', () => {
    const other = { category: 'misconception', severity: 'warning', start: text.indexOf('she cooked'), end: text.indexOf('she cooked') + 3 } as Finding
    expect(checkLearned(indexText(text), 'review', [other], toy, WEIGHS_HER_CONDUCT)).toEqual([])
  })

  it("leaves the suspect's reported words and a quotation alone", () => {
    expect(checkLearned(indexText('He says she cooked breakfast for them both.'), 'review', [], toy, WEIGHS_HER_CONDUCT)).toEqual([])
    expect(checkLearned(indexText('Her text read: "I cooked breakfast for us both".'), 'review', [], toy, WEIGHS_HER_CONDUCT)).toEqual([])
  })

  it('reads a review that leans on her throughout with the lower bar', () => {
    // "breakfast" alone gives 0.85: under the usual bar of 0.9, over the leaning bar of 0.8.
    const middling: SentenceModel = { bias: -4, threshold: 0.9, leaningThreshold: 0.8, weights: { 'review:breakfast': 5.73 } }
    expect(checkLearned(indexText(text), 'review', [], middling, WEIGHS_HER_CONDUCT)).toEqual([])
    expect(checkLearned(indexText(text), 'review', [], middling, WEIGHS_HER_CONDUCT, { leaning: true }).map((f) => f.actual)).toEqual(['breakfast'])
  })

  it('leaves a paragraph of a review that answers the point', () => {
    const answered = 'She cooked breakfast for them both. Carrying on as normal is a common response, and we will ask for a direction.'
    expect(checkLearned(indexText(answered), 'review', [], toy, WEIGHS_HER_CONDUCT)).toEqual([])
  })
})

describe('leansThroughout', () => {
  const text = 'She had breakfast at eight. She told no one at work. He left at noon. The file is complete.'
  it('reads a review as leaning on her where the models give at least three in ten of its sentences better than even odds', () => {
    const one: SentenceModel = { bias: -4, threshold: 0.9, leaningThreshold: 0.8, weights: { 'review:breakfast': 5 } }
    const two: SentenceModel = { ...one, weights: { 'review:breakfast': 5, 'review:no_one': 5 } }
    // One sentence of four is 25%; two of four is 50%.
    expect(leansThroughout(indexText(text), [one])).toBe(false)
    expect(leansThroughout(indexText(text), [two])).toBe(true)
    expect(leansThroughout(indexText(text), [one, { ...one, weights: { 'review:no_one': 5 } }])).toBe(true)
  })
})

describe('leaveUnlikely', () => {
  const text = 'She had breakfast at eight. She told no one at work.'
  const at = (words: string, ruleId: string) =>
    ({ ruleId, category: 'misconception', severity: 'warning', start: text.indexOf(words), end: text.indexOf(words) + words.length }) as Finding
  /** Sure the breakfast sentence weighs her, and sure the other does not. */
  const model: SentenceModel = { bias: -8, threshold: 0.9, leaningThreshold: 0.8, weights: { 'review:breakfast': 12 } }

  it("drops an inferring check's finding in a sentence every model reads as plainly not weighing her", () => {
    const kept = leaveUnlikely(
      indexText(text),
      'review',
      [at('told no one', 'misconception/judged-behaviour'), at('breakfast', 'focus/victim-scrutiny')],
      [model],
    )
    expect(kept.map((f) => text.slice(f.start, f.end))).toEqual(['breakfast'])
  })

  it('keeps a scrutiny finding the models doubt where a phrase finding in the same sentence stays', () => {
    const doubtful: SentenceModel = { bias: -2, threshold: 0.9, leaningThreshold: 0.8, weights: { 'review:breakfast': 6 } }
    const phrase = at('told no one', 'misconception/judged-behaviour')
    const scrutiny = { ...at('She told no one at work.', 'focus/victim-scrutiny'), category: 'focus' as const }
    expect(leaveUnlikely(indexText(text), 'review', [phrase, scrutiny], [doubtful])).toEqual([phrase, scrutiny])
    expect(leaveUnlikely(indexText(text), 'review', [scrutiny], [doubtful])).toEqual([])
  })

  it('leaves out every scrutiny finding in a review the models read as barely weighing her at all', () => {
    // Each sentence is a little likely (27%), none more likely than not.
    const lukewarm: SentenceModel = { bias: -1, threshold: 0.9, leaningThreshold: 0.8, weights: {} }
    const scrutiny = { ...at('She told no one at work.', 'focus/victim-scrutiny'), category: 'focus' as const }
    expect(leaveUnlikely(indexText(text), 'review', [scrutiny], [lukewarm])).toEqual([])
    expect(leaveUnlikely(indexText(text), 'review', [scrutiny], [{ ...lukewarm, weights: { 'review:breakfast': 3 } }])).toEqual([scrutiny])
  })

  it("keeps every other rule's findings, and keeps them where any model gives the sentence a chance", () => {
    const fixed = at('told no one', 'misconception/delayed-reporting')
    expect(leaveUnlikely(indexText(text), 'review', [fixed], [model])).toEqual([fixed])
    const unsure: SentenceModel = { bias: 0, threshold: 0.9, leaningThreshold: 0.8, weights: {} }
    const inferred = at('told no one', 'misconception/judged-behaviour')
    expect(leaveUnlikely(indexText(text), 'review', [inferred], [model, unsure])).toEqual([inferred])
  })
})

describe('the trained models, in a full check', () => {
  const review = (middle: string) =>
    `CHARGING REVIEW\n\nR v Aaron WALTERS\n\nThe complainant, RT, shared a flat with WALTERS. RT says she woke to find WALTERS in her bed and that he raped her.\n\n${middle}\n\nWALTERS was interviewed and said it was consensual.\n\nI am not satisfied that a jury would be sure. NFA.\n`
  const learned = async (text: string) =>
    (await findings(text, 'review')).filter((f) => f.ruleId === 'misconception/weighs-her-conduct' || f.ruleId === 'focus/dwells-on-her')

  it('read what she did afterwards, set out in a review that leans on her, as weighed', async () => {
    const leaning = review(
      'At about 10:00 the next morning RT cooked breakfast, and she and WALTERS ate it together in the kitchen. She then went to her Saturday shift at a café. RT remained in the flat for a further five weeks and went with him to a friend’s barbecue. She first contacted police two days after his new girlfriend moved in.',
    )
    const found = await findings(leaning, 'review')
    expect(found.filter((f) => f.ruleId.startsWith('misconception/')).length).toBeGreaterThan(0)
    // Each of her acts afterwards is reported. The models add a finding only where no other check of
    // their category has one, so here they may add nothing; but they must read her acts as weighing her,
    // at least one over the bar for a review that leans on her.
    const { asHers, people } = readReview(indexText(leaning))
    const acts = asHers.sentences
      .map((s, i) => [s, i] as const)
      .filter(([s]) => s.start >= leaning.indexOf('At about') && s.end <= leaning.indexOf('WALTERS was interviewed'))
    expect(acts).toHaveLength(4)
    for (const [s] of acts)
      expect(found.some((f) => (f.ruleId.startsWith('focus/') || f.ruleId.startsWith('misconception/')) && f.start < s.end && s.start < f.end)).toBe(true)
    const overTheBar = acts.filter(([, i]) =>
      [WEIGHS_MODEL, DWELLS_MODEL].some((model) => sentenceScore(model, sentenceFeatures(asHers, i, 'review', people.names)) >= model.leaningThreshold),
    )
    expect(overTheBar.length).toBeGreaterThan(0)
  })

  it('leave a review that tests the suspect', async () => {
    const testing = review(
      'WALTERS had been told by RT a week earlier that she did not want a relationship. His messages that night show he knew she was asleep. He deleted them before his interview. His account has changed twice.',
    )
    expect(await learned(testing)).toEqual([])
  })
})

describe('checkLearned on chosen sentences with a bar of its own', () => {
  const text = 'The next morning she cooked breakfast for them both. Later she cooked breakfast again.'
  /** Sure of nothing by its own bars: "breakfast" alone gives odds of about 0.73. */
  const modest: SentenceModel = { bias: -8, threshold: 0.9, leaningThreshold: 0.9, weights: { 'review:breakfast': 9 } }

  it('reports only the sentences asked for, at the bar given', () => {
    expect(checkLearned(indexText(text), 'review', [], modest, WEIGHS_HER_CONDUCT)).toEqual([])
    const found = checkLearned(indexText(text), 'review', [], modest, WEIGHS_HER_CONDUCT, { only: new Set([1]), bar: 0.5 })
    expect(found.map((f) => f.actual)).toEqual(['breakfast'])
    expect(found[0]!.start).toBeGreaterThan(text.indexOf('Later'))
  })
})

describe('readAcross', () => {
  const text = 'The next morning she cooked breakfast for them both. She walked to the station at noon.'
  const doc = indexText(text)
  const at = (words: string, ruleId: string, category: 'focus' | 'misconception'): Finding =>
    ({ ruleId, category, severity: 'warning', start: text.indexOf(words), end: text.indexOf(words) + words.length }) as Finding
  /** A model that scores nothing high, to stand for the other category's model. */
  const unsure: SentenceModel = { bias: -9, threshold: 0.9, leaningThreshold: 0.8, weights: {} }

  it("adds the misconception model's finding to a sentence of scrutiny it reads as weighing her", () => {
    const scrutiny = at('The next morning she cooked breakfast for them both.', 'focus/victim-scrutiny', 'focus')
    const found = readAcross(doc, [scrutiny], toy, unsure)
    expect(found.map((f) => [f.ruleId, f.actual])).toEqual([['misconception/weighs-her-conduct', 'cooked breakfast']])
  })

  it("adds the focus model's finding to a misconception finding's sentence it reads as dwelling on her", () => {
    const weighed = at('cooked breakfast', 'misconception/judged-behaviour', 'misconception')
    expect(readAcross(doc, [weighed], unsure, toy).map((f) => f.ruleId)).toEqual(['focus/dwells-on-her'])
    // Not where the focus analysis reads the sentence as testing him.
    expect(readAcross(doc, [weighed], unsure, toy, { leave: new Set([0]) })).toEqual([])
  })

  it("adds nothing where the model has no words of its own to point at: the finding would be the first one's twin", () => {
    /** Sure of every sentence, by its bias alone. */
    const sure: SentenceModel = { bias: 9, threshold: 0.9, leaningThreshold: 0.8, weights: {} }
    const scrutiny = at('She walked to the station at noon.', 'focus/victim-scrutiny', 'focus')
    expect(readAcross(doc, [scrutiny], sure, unsure)).toEqual([])
  })

  it('adds nothing where the other model is unsure, or a finding of its category is already there', () => {
    const scrutiny = at('She walked to the station at noon.', 'focus/victim-scrutiny', 'focus')
    expect(readAcross(doc, [scrutiny], toy, toy)).toEqual([])
    const both = [
      at('The next morning she cooked breakfast for them both.', 'focus/victim-scrutiny', 'focus'),
      at('cooked', 'misconception/judged-behaviour', 'misconception'),
    ]
    expect(readAcross(doc, both, toy, toy)).toEqual([])
  })
})
