/**
 * Time limits as letters state them, found by meaning rather than by one
 * phrasing: a number, a unit, whether the days are working or calendar days,
 * and the event the time runs from ("within five working days of the date of
 * this letter", "28 days from his conviction", "two years of the crime").
 */

const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-one': 21,
  'twenty-eight': 28,
  thirty: 30,
  'thirty-six': 36,
  forty: 40,
}

/**
 * A count written as digits or words.
 *
 * @param word `5`, `five`, `twenty-eight`.
 * @returns The number, or undefined.
 */
export function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word)
  return WORDS[word.toLowerCase()]
}

export type Unit = 'day' | 'week' | 'month' | 'year'

/** The event a period runs from. */
export type Anchor = 'letter' | 'told' | 'decision' | 'sentence' | 'conviction' | 'verdict' | 'trial-end' | 'charge' | 'crime' | 'report' | 'request' | 'other'

export interface Duration {
  /** The number and unit ("5 working days"). */
  start: number
  end: number
  /** Through the anchor, when there is one ("5 working days of the date of this letter"). */
  claimEnd: number
  count: number
  unit: Unit
  working: boolean
  calendar: boolean
  anchor?: Anchor
  /** The words before the number ("within", "up to"). */
  lead: string
  /** The period reads as a limit (within, up to, has … to, runs from). */
  isLimit: boolean
}

const NUM = String.raw`\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-one|-eight)?|thirty(?:-six)?|forty`
const PERIOD = new RegExp(String.raw`\b(${NUM})\s+(?:(working|business|calendar|clear)\s+)?(days?|weeks?|months?|years?)\b`, 'gi')
const LEAD = /(?:within|in|up to|no later than|not later than|no more than|before|after|has|have|had|than|only|just|of|the|a period of|for up to|at least)\s*$/i
const ANCHOR =
  /^\s*(?:\(\s*)?(?:of|from|after|following|since|starting from|counting from)\s+(?:the\s+(?:date|day|time)\s+(?:of|on|that|when)\s+|the\s+day\s+after\s+)?([^.;:!?]{0,70})/i

const ANCHORS: Array<[Anchor, RegExp]> = [
  ['request', /^(?:(?:receiving|receipt of|getting) )?(?:your|the|a) (?:request|application)/i],
  [
    'letter',
    /^(?:(?:receiving|receipt of|getting|reading|the date (?:of|on) )\s*)?(?:this|the|our|my) letter|^the (?:date|day) (?:that )?you (?:receive|received|get|got|read) (?:this|the|our|my) letter|^(?:you )?(?:receiving|receive|receipt) (?:it|this)|^today|^the date above/i,
  ],
  [
    'told',
    /^(?:(?:being|you were|you are|you're|when you were|the day you were|you being) )?(?:told|informed|notified|hearing)\b|^(?:when )?you (?:heard|learned|found out)/i,
  ],
  ['decision', /^(?:the |this |our |my )?decision\b|^(?:when )?(?:we|I) (?:decided|made the decision)/i],
  [
    'sentence',
    /^(?:the |his |her |their )?sentenc\w*|^(?:when )?(?:he|she|they|the defendant|[A-Z]\w+ \w+) (?:was|were|is) sentenced|^(?:the )?(?:date|day) (?:of )?(?:the )?sentence/i,
  ],
  [
    'conviction',
    /^(?:the |his |her |their )?convictions?\b|^(?:when )?(?:he|she|they|the defendant|[A-Z]\w+ \w+) (?:was|were|is) (?:convicted|found guilty)|^(?:the )?guilty verdict/i,
  ],
  ['verdict', /^(?:the |this )?verdict|^(?:the )?jury['’]?s? (?:verdict|decision)/i],
  [
    'trial-end',
    /^(?:the )?end of (?:the )?(?:trial|case|court case|proceedings|prosecution)|^(?:the |his )?trial\b|^(?:the )?(?:trial|case|court case|proceedings) (?:end|ends|ended|finish|finishes|finished|is over|was over|concludes|concluded)/i,
  ],
  ['charge', /^(?:the |his )?charg(?:e|es|ing)\b|^(?:when )?(?:he|she|they|the defendant|[A-Z]\w+ \w+) (?:was|were|is) charged/i],
  [
    'crime',
    /^(?:the |this )?(?:crime|incident|offence|offences|assault|attack|rape|abuse|events?)\b|^(?:when )?(?:it|what|this) happened|^(?:the )?(?:date|day|time) (?:of )?(?:the )?(?:crime|incident|offence|assault|attack)/i,
  ],
  ['report', /^(?:(?:your|the|first) )?report(?:ing|ed)?\b|^(?:when )?you (?:first )?reported/i],
]

/** The event a phrase names, and how many of its characters name it. */
function classify(phrase: string): [Anchor, number] {
  for (const [anchor, pattern] of ANCHORS) {
    const match = pattern.exec(phrase)
    if (match) return [anchor, match[0].length]
  }
  return ['other', 0]
}

/**
 * Find the periods of time stated in a sentence.
 *
 * @param text The document text.
 * @param from Start of the sentence.
 * @param to End of the sentence.
 * @returns Periods with offsets into `text`.
 */
export function findDurations(text: string, from: number, to: number): Duration[] {
  const sentence = text.slice(from, to)
  const found: Duration[] = []
  PERIOD.lastIndex = 0
  for (let match = PERIOD.exec(sentence); match; match = PERIOD.exec(sentence)) {
    const count = countOf(match[1]!)
    if (count === undefined) continue
    const before = sentence.slice(Math.max(0, match.index - 24), match.index)
    const lead = LEAD.exec(before)?.[0].trim().toLowerCase() ?? ''
    const after = sentence.slice(match.index + match[0].length)
    const anchorMatch = ANCHOR.exec(after)
    const [anchor, eventLength] = anchorMatch ? classify(anchorMatch[1]!) : [undefined, 0]
    let claimEnd = match.index + match[0].length
    // The claim runs through the words naming the event ("… of the date of conviction").
    if (anchorMatch && anchor !== 'other') claimEnd += anchorMatch[0].length - anchorMatch[1]!.length + eventLength
    const unit = match[3]!.toLowerCase().replace(/s$/, '') as Unit
    const kind = match[2]?.toLowerCase()
    const isLimit =
      /^(?:within|up to|no later than|not later than|no more than|has|have|had|for up to|before|in|after|of)$/.test(lead) ||
      /^\s+(?:to|in which to)\s+(?:ask|apply|request|claim|appeal|do (?:this|so)|make|lodge|contact)/i.test(after) ||
      (anchor !== undefined && anchor !== 'other')
    found.push({
      start: from + match.index,
      end: from + match.index + match[0].length,
      claimEnd: from + claimEnd,
      count,
      unit,
      working: kind === 'working' || kind === 'business',
      calendar: kind === 'calendar' || kind === 'clear',
      anchor,
      lead,
      isLimit,
    })
  }
  return found
}
