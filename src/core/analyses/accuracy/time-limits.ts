/**
 * Stated time limits judged against the fact for their topic: the review
 * (VRR-03), a sentence review (ULS-02), compensation (CICS-01), the
 * defendant's appeal (APP-01) and how fast a victim must be told (CODE-02).
 */
import type { DocumentIndex } from '../../text/document.js'
import type { Claim } from './fact-findings.js'
import { findDurations } from './durations.js'
import type { Duration } from './durations.js'
import type { SentenceText } from './sentences.js'
import type { TopicReader } from './topics.js'

/** A time limit found in the letter, with its topic: the date checks use these too. */
export interface StatedLimit {
  duration: Duration
  sentence: SentenceText
  topic: string
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`
const describe = (d: Duration) => plural(d.count, `${d.working ? 'working ' : d.calendar ? 'calendar ' : ''}${d.unit}`)
const span = (d: Duration) => ({ start: d.start, end: Math.max(d.end, d.claimEnd) })

const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'])

/** The review's own turnaround ("we will reply within 20 working days"), not the victim's limit. */
const TURNAROUND =
  /\b(?:we|I|they|the prosecutor|the review(?:er)?)\s+(?:will|should|aim to|try to|would)\s+(?:aim to |try to )?(?:complete|reply|respond|decide|finish|write|acknowledge|let you know|give you|carry out|send)|\backnowledge/i
/** The letter says elsewhere that a request can be accepted up to three months on. */
const THREE_MONTHS = /\b(?:3|three) months\b/i

function reviewClaims(d: Duration, s: SentenceText, facts: { hasThreeMonths: boolean }): Claim[] {
  if (d.anchor === 'request' || TURNAROUND.test(s.text)) return []
  const isTenWorking = d.count === 10 && d.unit === 'day' && d.working
  const isThreeMonths = (d.count === 3 && d.unit === 'month') || (d.count === 12 && d.unit === 'week')
  if (isThreeMonths) {
    if (d.anchor === 'decision') {
      return [
        {
          fact: 'VRR-03',
          ...span(d),
          verdict: 'wrong',
          expected: [`${s.text.slice(d.start - s.start, d.end - s.start)} of being told of the decision`],
          reason: 'The three months run from when the victim was told of the decision, not from the decision itself.',
        },
      ]
    }
    return []
  }
  // A limit stated as a cut-off ("must be made within …"), in a letter that never gives the three months.
  const cutOff =
    !facts.hasThreeMonths &&
    (/\b(?:must|have to|has to|need to|needs to)\b[^.]{0,60}$/i.test(s.text.slice(0, d.start - s.start)) || /\bdeadline is\b/i.test(s.text))
  if (isTenWorking) {
    if (cutOff) {
      return [
        {
          fact: 'VRR-03',
          ...span(d),
          verdict: 'wrong',
          reason: 'Ten working days is the time for a quick review, not a cut-off: requests can usually be accepted up to 3 months after the victim was told.',
        },
      ]
    }
    return []
  }
  if (d.count === 10 && d.unit === 'day' && !d.calendar) {
    return [
      {
        fact: 'VRR-03',
        start: d.start,
        end: d.end,
        verdict: 'wrong',
        cap: 'warning',
        expected: ['10 working days'],
        reason: 'The time for a quick review is 10 working days, not 10 days.',
      },
    ]
  }
  // Swapping the number and unit alone leaves the rest of the sentence right, unless the sentence makes it a cut-off.
  return [
    {
      fact: 'VRR-03',
      start: d.start,
      end: d.end,
      verdict: 'wrong',
      expected: d.lead === 'within' && !cutOff ? ['10 working days'] : [],
      reason: `${describe(d)} is not the time limit for asking for a review: ask within 10 working days for a quick review; requests can usually be accepted up to 3 months after being told.`,
    },
  ]
}

function sentenceReviewClaims(d: Duration): Claim[] {
  if (d.working) {
    return [
      {
        fact: 'ULS-02',
        ...span(d),
        verdict: 'wrong',
        expected: d.anchor && !['sentence', undefined].includes(d.anchor) ? [] : [plural(d.count, d.unit)],
        reason: `The time limit for a sentence review is counted in calendar days from the sentence, not in working days${d.anchor && d.anchor !== 'sentence' ? `, and not from the ${d.anchor === 'trial-end' ? 'end of the trial' : d.anchor}` : ''}.`,
      },
    ]
  }
  if (d.anchor && ['conviction', 'verdict', 'trial-end', 'letter', 'told', 'decision'].includes(d.anchor)) {
    return [
      {
        fact: 'ULS-02',
        ...span(d),
        verdict: 'wrong',
        reason: `The time limit for a sentence review runs from the date of sentence, not from the ${d.anchor === 'trial-end' ? 'end of the trial' : d.anchor === 'told' ? 'day the victim was told' : d.anchor}.`,
      },
    ]
  }
  // 28 days from sentence agrees with the fact as checked; the pending change is the fact's `verify` note, shown in its docs.
  if (d.count === 28 && d.unit === 'day') return []
  return [{ fact: 'ULS-02', ...span(d), verdict: 'verify', reason: `${describe(d)} is not the long-standing 28-day limit for a sentence review.` }]
}

function compensationClaims(d: Duration, text: string): Claim[] {
  if (d.unit === 'year' && d.count === 2) {
    if (d.anchor === undefined || d.anchor === 'crime' || d.anchor === 'other') return []
    if (d.anchor === 'report') {
      return [
        {
          fact: 'CICS-01',
          ...span(d),
          verdict: 'verify',
          reason: 'For an adult, the 2 years run from the crime; the date of reporting matters only for some claims about childhood abuse.',
        },
      ]
    }
    const what =
      { 'trial-end': 'the end of the trial', letter: 'this letter', told: 'being told', request: 'the request' }[d.anchor as string] ?? `the ${d.anchor}`
    return [
      {
        fact: 'CICS-01',
        ...span(d),
        verdict: 'wrong', // The number and unit as written ("two years"), so the replacement reads like the letter.
        expected: [`${text.slice(d.start, d.end)} of the crime`],
        reason: `Compensation claims should usually be made within 2 years of the crime, not of ${what}.`,
      },
    ]
  }
  if (d.unit === 'year' || d.unit === 'month') {
    return [
      {
        fact: 'CICS-01',
        ...span(d),
        verdict: 'wrong',
        reason: `${describe(d)} is not the time limit for compensation: claims should usually be made within 2 years of the crime.`,
      },
    ]
  }
  return []
}

function appealClaims(d: Duration, magistrates: boolean): Claim[] {
  // An appeal from the magistrates' court has its own limit (15 business days).
  if (magistrates || d.unit !== 'day' || (d.count === 28 && !d.working)) return []
  return [
    {
      fact: 'APP-01',
      start: d.start,
      end: d.end,
      verdict: 'wrong',
      expected: d.lead === 'within' || d.lead === 'has' || d.lead === 'have' ? ['28 days'] : [],
      reason: `The defendant normally has 28 days to ask for permission to appeal, not ${describe(d)}.`,
    },
  ]
}

function noticeClaims(d: Duration): Claim[] {
  // heed's letters go to victims of sexual offences, who all have enhanced rights.
  if (!d.working || d.unit !== 'day' || d.count === 1) return []
  return [
    {
      fact: 'CODE-02',
      start: d.start,
      end: d.end,
      verdict: 'wrong',
      expected: d.lead === 'within' ? ['1 working day'] : [],
      reason: `A victim of a sexual offence must be told of the decision within 1 working day, not ${describe(d)}.`,
    },
  ]
}

/**
 * Check every stated time limit.
 *
 * @param doc The indexed letter.
 * @param sentences The letter's sentences.
 * @param topics Topic reader over the same sentences.
 * @returns Claims that disagree with a fact, and every limit found with its topic.
 */
export function checkTimeLimits(doc: DocumentIndex, sentences: SentenceText[], topics: TopicReader): { claims: Claim[]; limits: StatedLimit[] } {
  const text = doc.text
  const claims: Claim[] = []
  const limits: StatedLimit[] = []
  const hasThreeMonths = THREE_MONTHS.test(text)
  const magistrates = /\bmagistrates['’]? court\b/i.test(text)
  // Only sentences with a unit of time can state a time limit.
  const withUnits = new Set<number>()
  for (const token of doc.tokens) if (UNITS.has(token.norm)) withUnits.add(token.sentence)
  for (const index of withUnits) {
    const sentence = sentences[index]!
    for (const d of findDurations(text, sentence.start, sentence.end)) {
      if (!d.isLimit) continue
      const topic = topics.topicAt(sentence.index, d.start)
      if (!topic) continue
      limits.push({ duration: d, sentence, topic })
      if (topic === 'review') claims.push(...reviewClaims(d, sentence, { hasThreeMonths }))
      else if (topic === 'sentence-review') claims.push(...sentenceReviewClaims(d))
      else if (topic === 'compensation') claims.push(...compensationClaims(d, text))
      else if (topic === 'appeal') claims.push(...appealClaims(d, magistrates))
      else if (topic === 'notice') claims.push(...noticeClaims(d))
    }
  }
  return { claims, limits }
}
