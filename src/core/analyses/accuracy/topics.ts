/**
 * What a stated time limit is about: a review, a sentence review, compensation,
 * the defendant's appeal, or how fast the CPS must tell the victim. Read from
 * the words nearest the number in its sentence, else from the sentences before
 * it in its paragraph, else from a short heading just above.
 */
import type { LetterType } from '../../model/types.js'
import type { SentenceText } from './sentences.js'

export type Topic = 'review' | 'sentence-review' | 'compensation' | 'appeal' | 'notice' | 'complaint' | 'contact-scheme' | 'order'

const TOPICS: Array<[Topic, RegExp]> = [
  [
    'sentence-review',
    /\bunduly lenient|\battorney general|\bfar too (?:low|lenient)|\btoo lenient|\bsentence (?:is |was )?(?:too low|reviewed)|\breview (?:of )?(?:the|his|her) sentence/gi,
  ],
  ['compensation', /\bcompensation|\bcriminal injuries|\bCICA\b/gi],
  [
    'review',
    /\bright to review|\bVRR\b|\b(?:ask|request|seek|apply|asking|requesting|seeking)(?: us)?(?: to)? (?:for )?(?:a |an )?review|\b(?:a|the) review\b|\breview (?:of )?(?:this|the|our|my|that) decision|\b(?:reviewed|looked at again|look at (?:it|this|the decision|our decision|my decision) again|reconsider)|\bappeal(?: against)? (?:this|the|our|my|that) decision|\bchallenge (?:this|the|our|my|that) decision|\b(?:unhappy|disagree|dissatisfied|not happy) with (?:this|the|our|my|that) decision/gi,
  ],
  // The CPS telling the victim, not "after you were told of the decision" or "your being notified of it"
  // (which date a review request).
  [
    'notice',
    /\bvictims'? code|\bvictims’ code|(?<!\b(?:were|are|being|been|was|is|get|got)\s)\bnotif(?:y|ied|ication)|\b(?:we|I|the CPS|prosecutors?) (?:must|should|will|have to|need to|are required to|aim to) (?:tell|inform|notify|write to) (?:you )?(?:of|about) (?:this|the|our|my|a|any) decision/gi,
  ],
  ['appeal', /\bappeal(?!(?: against)? (?:this|the|our|my|that) decision)/gi],
  ['complaint', /\bcomplain/gi],
  ['contact-scheme', /\bvictim contact scheme|\bprobation\b/gi],
  ['order', /\b(?:restraining|protection|harm prevention) order|\bregister\b|\bnotification requirements|\blicence\b/gi],
]

interface Hit {
  topic: Topic
  offset: number
}

function hitsIn(sentence: SentenceText): Hit[] {
  const hits: Hit[] = []
  for (const [topic, pattern] of TOPICS) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      // "Court of Appeal" in a sentence review paragraph is not the defendant's appeal.
      if (topic === 'appeal' && /court of $/i.test(sentence.text.slice(Math.max(0, match.index - 9), match.index))) continue
      hits.push({ topic, offset: sentence.start + match.index })
    }
  }
  return hits
}

/** The topic named last in a sentence. */
function last(hits: Hit[]): Topic {
  return hits.reduce((a, b) => (b.offset > a.offset ? b : a)).topic
}

/** Letters about a decision that ends the whole case, where the Victims' Right to Review applies. */
export const ENDS_CASE: readonly LetterType[] = ['no-charge', 'discontinuance', 'withdrawal']

/** Finds topics for positions in a document, caching each sentence's hits. */
export class TopicReader {
  private readonly cache = new Map<number, Hit[]>()
  /** In a letter that ends the case nobody was convicted, so an "appeal" is the review under a wrong name. */
  private readonly appealIsReview: boolean

  constructor(
    private readonly sentences: SentenceText[],
    letterType?: LetterType,
  ) {
    this.appealIsReview = letterType !== undefined && ENDS_CASE.includes(letterType)
  }

  private hits(index: number): Hit[] {
    let hits = this.cache.get(index)
    if (!hits) {
      hits = hitsIn(this.sentences[index]!)
      if (this.appealIsReview) hits = hits.map((hit) => (hit.topic === 'appeal' ? { ...hit, topic: 'review' } : hit))
      this.cache.set(index, hits)
    }
    return hits
  }

  /**
   * The topic at a position.
   *
   * @param index The sentence the position is in.
   * @param offset The position.
   * @returns The topic, or undefined when nothing nearby names one.
   */
  topicAt(index: number, offset: number): Topic | undefined {
    const own = this.hits(index)
    if (own.length > 0) {
      // Nearest wins; words before the number count a little more than words after it.
      let best = own[0]!
      const cost = (hit: Hit) => (hit.offset <= offset ? offset - hit.offset : (hit.offset - offset) * 1.5)
      for (const hit of own) if (cost(hit) < cost(best)) best = hit
      return best.topic
    }
    const paragraph = this.sentences[index]!.paragraph
    for (let i = index - 1; i >= 0 && this.sentences[i]!.paragraph === paragraph; i--) {
      const hits = this.hits(i)
      if (hits.length > 0) return last(hits)
    }
    // A short heading just above ("Compensation", "If you think the sentence is far too low").
    let first = index
    while (first > 0 && this.sentences[first - 1]!.paragraph === paragraph) first--
    const heading = this.sentences[first - 1]
    if (heading && heading.paragraph === paragraph - 1 && heading.text.split(/\s+/).length <= 10) {
      const hits = this.hits(first - 1)
      if (hits.length > 0) return last(hits)
    }
    // The paragraph just above carries its topic on ("… you can ask for it to be looked at again." then
    // "You must ask within ten working days"): its last sentence that names one.
    for (let i = first - 1; i >= 0 && this.sentences[i]!.paragraph === paragraph - 1; i--) {
      const hits = this.hits(i)
      if (hits.length > 0) return last(hits)
    }
    return undefined
  }

  /**
   * Whether a paragraph is about a topic anywhere.
   *
   * @param paragraph The paragraph.
   * @param topic The topic.
   * @returns True when a sentence of it names the topic.
   */
  paragraphHas(paragraph: number, topic: Topic): boolean {
    return this.sentences.some((s) => s.paragraph === paragraph && this.hits(s.index).some((h) => h.topic === topic))
  }
}
