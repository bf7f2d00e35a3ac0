/**
 * Statements of right, consequence and promise, each judged against its fact
 * in the context of the letter: a review offered for a decision that does not
 * qualify, a case said to restart after no evidence was offered, a release
 * point that does not fit the sentence, a promise of what a court or the police
 * will do. Each model names the meaning (who, what, which modal) rather than
 * one phrasing, and gives way where the letter says the opposite or says who
 * decides.
 */
import type { LetterType } from '../../model/types.js'
import type { CaseFacts } from './case-facts.js'
import type { Claim, Verdict } from './fact-findings.js'
import type { DocumentIndex } from '../../text/document.js'
import type { SentenceText } from './sentences.js'
import { countOf } from './durations.js'
import { ENDS_CASE } from './topics.js'
import type { TopicReader } from './topics.js'

export interface StatementContext {
  facts: CaseFacts
  letterType?: LetterType
  topics: TopicReader
}

interface StatementModel {
  fact: string
  pattern: RegExp
  /** The model applies only when this holds for the letter and the sentence. */
  when?: (ctx: StatementContext, sentence: SentenceText) => boolean
  /** Words (normalised, lower case) of which every match contains at least one: only sentences with one are searched. */
  cue: string[]
  /** Report the whole sentence rather than the words matched. */
  span?: 'sentence'
  /** A further test of the match itself. */
  check?: (match: RegExpExecArray, ctx: StatementContext) => boolean
  /** Skip a sentence that says this (the opposite, or who decides). */
  unless?: RegExp
  /** Skip when a negative comes before the match in its clause (default true). */
  negatable?: boolean
  reason: string
  /** Drop-in replacements for the words matched, when there are any. */
  expected?: (actual: string) => string[]
  verdict?: Verdict
}

/** Every model's cue words, gathered on first use. */
let cueWords: Set<string> | undefined

const NEGATIVE = /\b(?:not|never|cannot|can't|can’t|won't|won’t|no longer|nobody|no one|nothing|without)\b|n['’]t\b/i
/** A court direction, or a promise to ask for one, in the same paragraph: what follows is not a bare promise. */
const COURT_DECIDES =
  /\b(?:judge|court|magistrates?)\b[^.]{0,40}\b(?:has|have|had)?\s*(?:agreed|allowed|granted|directed|decided|approved|ruled|ordered|said (?:that )?you (?:can|may))\b|\bif the (?:judge|court) (?:agrees|allows|decides|says)|\b(?:judge|court) (?:will )?(?:makes?|make) the (?:final )?decision|\b(?:judge|court) decides\b|\bwe (?:will|have|'ll|would) (?:ask|asked|apply|applied)\b/i

/** The letter is of one of these types, or its type is not known. */
const letterIs =
  (...types: string[]) =>
  (ctx: StatementContext) =>
    ctx.letterType === undefined || types.includes(ctx.letterType)
const endsCase = (ctx: StatementContext) => ctx.letterType !== undefined && ENDS_CASE.includes(ctx.letterType)
/** The paragraph is about the review (the topic reader takes an "appeal" for it in a letter that ends the case). */
const aboutReview = (ctx: StatementContext, s: SentenceText) => ctx.topics.paragraphHas(s.paragraph, 'review')
/** A sentence about the reader's safety: who to call if he makes contact or she is in danger. */
const SAFETY = /\b999\b|\bunsafe\b|\bin danger\b|\bemergency\b|\b(?:contacts|approaches|threatens) you\b/i
/** A paragraph that carries on from one about the review ("You must ask within ten working days …"). */
const carriesOnReview = (ctx: StatementContext, s: SentenceText) => ctx.topics.topicAt(s.index, s.start) === 'review'
const paragraphOf = (ctx: StatementContext, s: SentenceText) => ctx.facts.paragraphText(s.paragraph)
const inParagraph = (pattern: RegExp) => (ctx: StatementContext, s: SentenceText) => pattern.test(paragraphOf(ctx, s))
const noCourtDirection = (ctx: StatementContext, s: SentenceText) => !COURT_DECIDES.test(paragraphOf(ctx, s))

/** An offer of a review of a decision, in the writer's words: "you can ask for it to be reviewed under …". */
const REVIEW_OFFER =
  /\b(?:you (?:can|may|could|will be able to|are able to|have the right to|are entitled to)(?!['’]t|\s+not\b|\s+never\b)|(?:if )?you (?:would like|want|wish) to|please (?:contact|call|let|ask|write))\b[^.]{0,80}?(?:victims['’]? right to review(?: scheme)?|\bVRR\b|\b(?:a |an )?review (?:of|under) (?:this|that|the|our|my)\b(?:[^.]{0,40}?\b(?:scheme|decision|verdict|charges?|pleas?)\b)?|\bto be (?:reviewed|looked at again)(?: under the victims['’]? right to review(?: scheme)?)?|\blook at (?:it|this|the decision|our decision) again|\b(?:ask|asking) us to (?:review|look at|reconsider) (?:it|this|that|the decision|our decision|the verdict)\b)|\b(?:decision|it|this|that)\s+(?:can|may|could)\s+be\s+(?:reviewed|looked at again)\b(?:[^.]{0,40}?\bright to review(?: scheme)?)?/gi
const NOT_AVAILABLE =
  /\b(?:does not|doesn't|doesn’t|do not|don't|will not|won't|cannot|can't|is not|isn't)\b[^.]{0,30}\b(?:apply|available|cover|qualify|possible|able)|\bno right to (?:a )?review|\boutside the (?:victims['’]? right to review )?scheme|\b(?:not|never)\b[^.,;]{0,30}\byou (?:can|may|could) ask\b/i

export const STATEMENT_MODELS: StatementModel[] = [
  // VRR-01: the review is not an appeal.
  {
    fact: 'VRR-01',
    cue: ['appeal'],
    pattern: /\b(?:lodge |make |submit |bring )?(?:an )?appeal(?: against)? (?:this|the|our|my|that) decision\b/gi,
    when: (ctx, s) => letterIs(...ENDS_CASE)(ctx) && !/\b(?:he|she|they|the defendant|the defence)\b[^.]{0,30}\bappeal/i.test(s.text),
    reason: "The Victims' Right to Review is a review by another prosecutor, not an appeal.",
    expected: (actual) => (/^appeal (?:this|that|the|our|my) decision$/i.test(actual) ? ['ask us to review this decision'] : []),
  },
  {
    fact: 'VRR-01',
    cue: ['appeal'],
    pattern:
      /\byou (?:can|may|could|have the right to|are entitled to|are able to|will be able to)\s+(?:lodge an |make an )?appeal\b(?!\s+against\s+(?:his|the|her|their)\s+(?:conviction|sentence))/gi,
    when: (ctx, s) => endsCase(ctx) && aboutReview(ctx, s),
    reason: "The Victims' Right to Review is a review by another prosecutor, not an appeal.",
  },
  // VRR-02: a review offered where the scheme does not apply.
  {
    fact: 'VRR-02',
    cue: ['review', 'reviewed', 'vrr', 'again'],
    pattern: REVIEW_OFFER,
    // A sentence review (the unduly lenient sentence scheme) is another scheme, rightly offered after sentence.
    when: (ctx, s) =>
      (/\bright to review|\bVRR\b/i.test(s.text) || !/\bsentenc|\battorney general|\bunduly lenient|\btoo low|\bcourt of appeal/i.test(s.text)) &&
      (['alteration', 'acquittal', 'charge', 'conviction', 'delay', 'sentence', 'pre-trial-meeting'].includes(ctx.letterType ?? '') ||
        /\b(?:this|that|the other|the second|one) (?:part|allegation|charge|incident)\b/i.test(s.text) ||
        (endsCase(ctx) && ctx.facts.continuing)),
    unless: NOT_AVAILABLE,
    negatable: false,
    reason:
      "The Victims' Right to Review covers only decisions that end the whole case: not a changed charge, an accepted plea, one allegation left uncharged while another goes ahead, or a jury's verdict.",
  },
  {
    fact: 'VRR-02',
    cue: ['verdict'],
    pattern: /\b(?:ask|request|apply)(?: for)? (?:a |an )?review of the (?:jury['’]s )?verdict\b/gi,
    reason: "A jury's verdict cannot be reviewed under the Victims' Right to Review.",
  },
  // VRR-03: late requests refused.
  {
    fact: 'VRR-03',
    cue: ['late', 'later', 'after', 'once', 'outside', 'failing', 'refused', 'rejected'],
    pattern:
      /\b(?:late|later)\s+(?:requests?|applications?)\s+(?:cannot|can ?not|can't|will not|won't|are not|is not|may not)\s+(?:be\s+)?(?:considered|accepted|dealt with|looked at)|\b(?:after|once)\s+(?:that|this|then|this date|that date|the deadline|it has passed|10 working days|ten working days)\b,?\s+(?:we|you|it)\s+(?:cannot|can't|will not|won't|can no longer|will no longer|will be unable to|are unable to)\b[^.]{0,30}|\bfailing which (?:it|the request|your request|the application) (?:will|can|may) not be (?:considered|accepted)\b|\b(?:requests?|applications?|appeals?) (?:made |received |sent )?(?:after|outside) (?:that|this|then|10 working days|ten working days|(?:that|this|the) (?:period|time|time limit|deadline))[^.]{0,20}\b(?:cannot|will not|won't|can ?not) be (?:considered|accepted)|\b(?:requests?|applications?)\b[^.]{0,60}\b(?:will be|are|is)\s+(?:refused|rejected|turned down)\b|\b(?:we|I|the CPS)\s+(?:cannot|can ?not|can['’]t|will not|won['’]t|are unable to|is unable to|am unable to)\s+(?:consider|accept|look at|deal with)\s+(?:a |any )?(?:requests?|applications?)\s+(?:made |received |sent )?(?:after|outside)\b[^.,;]{0,30}/gi,
    when: (ctx, s) => (aboutReview(ctx, s) || carriesOnReview(ctx, s)) && !/\b(?:3|three) months\b|\bexceptional/i.test(s.text),
    negatable: false,
    reason: 'A request can usually be accepted up to 3 months after the victim was told of the decision, and later in exceptional circumstances.',
  },
  // VRR-04: who reviews.
  {
    fact: 'VRR-04',
    cue: ['independent', 'police'],
    pattern:
      /\b(?:an? )?independent (?:body|organisation|organization|panel|tribunal)\b[^.]{0,20}\b(?:will|would|can|could) (?:review|look at|consider)\b|\bthe police will (?:review|look at|reconsider) (?:our|the CPS['’]?s?|this|my) decision\b/gi,
    reason: 'A review is carried out by another CPS prosecutor and then the CPS Appeals and Review Unit, not by an outside body or the police.',
  },
  // VRR-05 / DISC-02: no restart after offering no evidence.
  {
    fact: 'VRR-05',
    cue: [
      'started',
      'start',
      'restarted',
      'restart',
      'reinstated',
      'reinstate',
      'reopened',
      'reopen',
      'brought',
      'bring',
      'back',
      'continue',
      'take',
      'resumed',
      'again',
    ],
    pattern:
      /\b(?:(?:the |this )?(?:case|prosecution|charges?)|it)\s+(?:against\s+(?:him|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]\w+|[A-Z]\w+\s+[A-Z]\w+)\s+)?(?:can|could|may|might|will|would)\s+(?:then\s+|still\s+)?(?:be\s+)?(?:started again|restarted|reinstated|reopened|re-opened|brought back|go back to court|start again|continue|(?:put|brought|sent|taken) back (?:before|to|in front of) (?:the )?court|go back (?:before|to|in front of) (?:the )?court)\b|\b(?:we|the CPS)\s+(?:can|could|may|might|will|would)\s+(?:then\s+)?(?:be able to\s+)?(?:restart|reinstate|reopen|re-open|start)\s+(?:the\s+)?(?:case|prosecution|charges?)(?:\s+again)?\b|\b(?:we|the CPS)\s+(?:can|could|may|might|will|would)\s+(?:then\s+)?(?:be able to\s+)?(?:bring|take)\s+(?:the\s+)?(?:case|charges?|prosecution|him)\s+back\b|\b(?:the |this )?(?:case|prosecution)\s+(?:can|could|may|might|will|would)\s+(?:then\s+)?be\s+resumed\b|\b(?:he|she|they|[A-Z]\w+ \w+)\s+(?:can|could|may|might|will|would)\s+(?:then\s+|still\s+)?be\s+(?:charged|prosecuted|tried)\s+again\b|\b(?:we|the CPS)\s+(?:can|could|may|might|will|would)\s+(?:then\s+|still\s+)?(?:charge|prosecute|try)\s+(?:him|her|them)\s+again\b/gi,
    when: (ctx) => ctx.facts.noEvidence,
    reason:
      'After the prosecution offers no evidence a not guilty verdict is recorded, and the case cannot be started again, even if a review finds the decision was wrong.',
  },
  {
    fact: 'VRR-05',
    cue: ['cleared', 'innocent'],
    pattern: /\b(?:cleared|proved innocent|found innocent|declared innocent)\b/gi,
    when: (ctx) => ctx.facts.noEvidence || ctx.letterType === 'acquittal',
    reason: 'A not guilty verdict is not a finding that he is innocent.',
    expected: () => ['found not guilty'],
  },
  // DISC-01: discontinued is not acquitted, and not final.
  {
    fact: 'DISC-01',
    cue: ['acquitted', 'guilty', 'cleared'],
    pattern:
      /\b(?:has|have|had)\s+(?:therefore\s+|now\s+)?been\s+(?:formally\s+|effectively\s+|in effect\s+|technically\s+)?(?:acquitted|found not guilty|cleared)\b|\b(?:is|was|stands)\s+(?:therefore\s+|now\s+)?(?:formally\s+|effectively\s+|in effect\s+|technically\s+)?(?:acquitted|found not guilty|cleared(?: of)?)\b/gi,
    when: (ctx) => ctx.facts.discontinued && letterIs(...ENDS_CASE)(ctx),
    reason: 'A discontinued case has been stopped; that is not a not guilty verdict.',
  },
  {
    fact: 'DISC-01',
    cue: ['final', 'reopened', 'restarted', 'started', 'reinstated', 'revived', 'changed', 'reconsidered', 'revisited', 'good', 'permanently', 'forever'],
    pattern:
      /\b(?:the |this )?(?:case|prosecution|decision|matter|charges?|it)\s+(?:against (?:him|the defendant|the suspect|Mr \w+)\s+)?(?:cannot|can ?not|can't|can never|will never|will not)\s+(?:ever\s+)?be\s+(?:reopened|re-opened|restarted|started again|reinstated|revived|brought again|changed|reconsidered|revisited)\b|\b(?:this|the|our|my) decision is final\b|\b(?:closed|ended|over|finished) (?:for good|permanently|forever)\b/gi,
    when: (ctx) => ctx.facts.discontinued,
    negatable: false,
    reason: 'A discontinued case can be started again in limited situations, such as important new evidence or a review finding the decision was wrong.',
  },
  // DISC-03: a charge left on file.
  {
    fact: 'DISC-03',
    cue: ['file'],
    pattern:
      /\b(?:which |this |that )?means? (?:that )?(?:he|she|they|the defendant|[A-Z]\w+ \w+) (?:has|have|is|are|was|were) (?:been )?(?:found (?:not )?guilty|acquitted|convicted|cleared)\b[^.,;]{0,20}|\b(?:is|are|was|were|has been|have been) (?:in effect |effectively |therefore |now )?(?:dismissed|dropped for good|dropped permanently|ended for good|at an end)\b(?:(?: and| so)? (?:will|can|could) (?:never|not) be (?:revived|reopened|re-opened|restarted|brought back))?|\b(?:will|can|could) (?:never|not) be (?:revived|reopened|re-opened|restarted|brought back)\b|\bcan be (?:reopened|re-opened|revived|restarted) at any time\b/gi,
    when: (_ctx, s) => /\bon (?:the )?file\b/i.test(s.text),
    negatable: false,
    reason: "A charge left on file is not a verdict, and it can be restarted only with the court's permission.",
  },
  // VRR-07: how to ask.
  {
    fact: 'VRR-07',
    cue: ['writing', 'letter'],
    pattern:
      /\b(?:requests?|applications?|appeals?|it|this|you|they)\s+(?:must|has to|have to|need to|needs to|should only|should)\s+(?:be\s+)?(?:made\s+|put\s+|sent\s+|submitted\s+|lodged\s+|received\s+|ask\s+|apply\s+|do so\s+|set out (?:your|the) (?:grounds|reasons|request)\s+)?(?:in writing|by letter)\b|\b(?:by submitting|submitting|submit|put|make|send) (?:your|the|a|any) (?:request|appeal|application) in writing\b|\bmust be (?:made|sent|submitted|lodged|received)\b[^.]{0,60}?,\s*in writing\b/gi,
    when: (ctx, s) => aboutReview(ctx, s),
    // "By phone, email or in writing" offers writing as one way among others.
    unless: /\b(?:phone|telephone|online|website)\b/i,
    reason: 'A review can be asked for online, or by email, phone or letter to the Victim Liaison Unit: it need not be in writing.',
  },
  {
    fact: 'VRR-07',
    cue: ['police', 'officer', 'oic'],
    pattern:
      /\b(?:please\s+|you (?:should|must|can|will need to|need to)\s+)(?:contact|call|speak to|speak with|tell|write to|ask|go to|visit)\s+(?:the\s+|your\s+)?(?:local\s+)?(?:officer in (?:the|your) case|investigating officer|police officer|police(?: station)?|OIC)\b/gi,
    // Calling the police when he makes contact, or when the reader feels unsafe, is not how to ask for a review.
    when: (ctx, s) => aboutReview(ctx, s) && letterIs(...ENDS_CASE)(ctx) && !SAFETY.test(s.text),
    reason: 'A review of a CPS decision is asked for from the CPS (its website or Victim Liaison Unit), not through the police.',
  },
  {
    fact: 'VRR-07',
    cue: ['officer', 'oic', 'station', 'police'],
    pattern:
      /\b(?:send|sent|give|contact|contacting|call|ring|email|emailing|write to|writing to|written to|addressed to|directed to|lodged with|speak to|speak with|tell|go to|visit|through|via|in writing to|do so to|submitted to|made to)\b[^.]{0,40}?\b(?:the |your )?(?:local )?(?:officer in (?:the|your) case|officer in charge(?: of (?:the|your) (?:case|investigation))?|investigating officer|police officer|police station|OIC)\b|\b(?:contact|contacting|write to|writing to|email|emailing|ring|call|send it to|sent to)\s+(?:DC|DS|PC|Detective (?:Constable|Sergeant)|Police Constable)\s+[A-Z]\w+(?:\s+[A-Z][\w-]+)?\s+at\s+(?:[A-Z]\w+\s+){1,3}Police\b|\bto the (?:officer in (?:the|your) case|officer in charge(?: of (?:the|your) (?:case|investigation))?|OIC)\b/gi,
    when: (ctx, s) => /\breview|\brequest|\bask|\bappeal/i.test(s.text) && aboutReview(ctx, s) && letterIs(...ENDS_CASE)(ctx),
    reason: 'A review of a CPS decision is asked for from the CPS (its website or Victim Liaison Unit), not through the police.',
  },
  {
    fact: 'VRR-07',
    cue: ['solicitor', 'lawyer', 'complaint', 'complaints'],
    pattern:
      /\byou (?:will |would )?need (?:a |to (?:get|instruct|have|find) a )(?:solicitor|lawyer)\b|\b(?:using|use|through|via) (?:our|the) complaints? (?:form|procedure|process)\b/gi,
    when: (ctx, s) => aboutReview(ctx, s),
    reason: 'No solicitor is needed to ask for a review, and a review is not a complaint.',
  },
  // ULS-01.
  {
    fact: 'ULS-01',
    cue: ['appeal', 'only', 'all', 'attorney', 'mp'],
    pattern:
      /\b(?:we|the CPS|I) (?:will|can|could|may) appeal (?:against )?(?:the|his|this) sentence\b|\bonly (?:victims|you) can ask\b|\ball sentences can be reviewed\b|\bthe attorney general (?:will|can) (?:increase|change) (?:the|his) sentence\b|\byou (?:must|have to|need to) (?:go|ask) through your MP\b/gi,
    reason:
      "Anyone can ask the Attorney General's Office to look at a sentence, and the Court of Appeal decides; the CPS does not appeal a sentence for the victim.",
  },
  // REL-02: half for a rape sentence of 4 years or more.
  {
    fact: 'REL-02',
    cue: ['half', 'halfway', '50'],
    pattern:
      /\b(?:serve|spend|served|spent|serving|spending)\s+(?:only\s+)?(?:half|one half|50 ?%)(?:\s+of)?(?:\s+(?:his|the|her|their|this|that))?(?:\s+sentence)?|\breleased?\s+(?:on licence\s+|automatically\s+)?(?:at|after|halfway|half ?way)(?:\s+(?:the\s+)?half ?way(?:\s+point)?|\s+half(?:\s+of)?(?:\s+(?:his|the|her|their))?(?:\s+sentence)?)(?!\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|\d))|\breleased?\s+halfway\b|\bhalf ?way (?:through|point of) (?:his|the|her|their) sentence\b/gi,
    when: (ctx) =>
      ctx.facts.rapeType &&
      !ctx.facts.sentence.life &&
      (ctx.facts.sentence.extended || ctx.facts.sentence.months === undefined || ctx.facts.sentence.months >= 48),
    unless: /\bparole board\b/i,
    reason:
      'For rape and other penetrative offences, an adult given a standard sentence of 4 years or more is released at two-thirds, not halfway; an extended sentence has its own rules.',
  },
  // REL-02 again: a release after a number of years that is half the sentence ("released after four and a half years" of 9).
  {
    fact: 'REL-02',
    cue: ['released', 'release', 'out', 'freed'],
    pattern:
      /\b(?:released?|out|freed)\s+(?:after|in|once he has served|when he has served|after serving)\s+(?:just\s+|only\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\s+and\s+a\s+half)?\s+years?\b/gi,
    when: (ctx) => ctx.facts.rapeType && !ctx.facts.sentence.life && !ctx.facts.sentence.extended && (ctx.facts.sentence.months ?? 0) >= 48,
    check: (match, ctx) => {
      const years = (countOf(match[1]!) ?? 0) + (match[2] ? 0.5 : 0)
      return Math.abs(years * 24 - (ctx.facts.sentence.months ?? 0)) < 1
    },
    unless: /\bparole board\b/i,
    reason:
      'That is half the sentence: for rape and other penetrative offences, an adult given a standard sentence of 4 years or more is released at two-thirds.',
  },
  // REL-03: 40% / early release scheme.
  {
    fact: 'REL-03',
    cue: ['40', 'forty', 'early'],
    pattern: /\b(?:40 ?%|40 per ?cent|forty per ?cent|early release scheme)/gi,
    span: 'sentence',
    when: (ctx) => ctx.facts.sexual,
    unless: /\b(?:does not|doesn't|doesn’t|do not|will not|won't|cannot)\s+(?:apply|affect|cover)|\bexclude/i,
    negatable: false,
    reason: 'The 2024 early release scheme (40%) does not apply to sexual offences.',
  },
  // REL-01: a full sentence in prison.
  {
    fact: 'REL-01',
    cue: ['full', 'whole', 'entire', 'all'],
    pattern:
      /\b(?:serve|spend)\s+(?:his|her|their|the)\s+(?:full|whole|entire)\s+(?:sentence|term)(?:\s+of\s+\S+\s+\S+)?\s+(?:in\s+(?:prison|custody|jail))?|\b(?:serve|spend)\s+(?:all|the whole)\s+of\s+(?:his|her|their|the)\s+sentence\s+in\s+(?:prison|custody|jail)\b/gi,
    when: (ctx) => !ctx.facts.sentence.life,
    reason: 'Part of a standard or extended prison sentence is served on licence in the community.',
  },
  // REL-05: automatic release at two-thirds of an extended sentence.
  {
    fact: 'REL-05',
    cue: ['twothirds', 'thirds'],
    pattern: /\b(?:two-thirds|two thirds|2\/3)\b/gi,
    span: 'sentence',
    when: (ctx, s) =>
      ctx.facts.sentence.extended &&
      /\b(?:released?|serve[ds]?|out)\b/i.test(s.text) &&
      /\bautomatic|\bwill be released\b|\bwill (?:only )?serve\b/i.test(s.text),
    unless: /\bparole board\b|\bcannot be released before\b/i,
    negatable: false,
    reason: 'Release from an extended sentence before the end of the prison part is for the Parole Board to decide, from two-thirds at the earliest.',
  },
  {
    fact: 'REL-05',
    cue: ['half', 'halfway'],
    pattern: /\b(?:serve|released?)\s+(?:at\s+|after\s+)?half(?:\s?way)?\b/gi,
    when: (ctx) => ctx.facts.sentence.extended,
    unless: /\bparole board\b/i,
    reason: 'Someone on an extended sentence is not released halfway: the Parole Board decides from two-thirds of the prison part.',
  },
  // REL-07: life sentence release after a minimum term.
  {
    fact: 'REL-07',
    cue: ['released', 'free', 'freed', 'out'],
    pattern:
      /\b(?:he|she|they|[A-Z]\w+)\s+will\s+(?:be\s+released|be\s+freed?|get\s+out|come\s+out)\s+(?:after|in|once he has served|when he has served)\s+(?:\d+|[a-z-]+)\s+years\b/g,
    when: (ctx) => ctx.facts.sentence.life,
    reason: 'A minimum term is the least time before the Parole Board can consider release, not a release date.',
  },
  // VCS-01.
  {
    fact: 'VCS-01',
    cue: ['contact'],
    pattern:
      /\byou (?:are|will be)\s+(?:entitled|eligible)\s+(?:to\s+(?:join|be (?:part of|in|referred to))|for)\s+the victim contact scheme\b|\byou (?:qualify|will qualify) for the victim contact scheme\b|\byou will (?:automatically )?be (?:offered|referred to|put in touch with) the victim contact scheme\b|\byou (?:can|may|will be able to|have the right to)\s+(?:now\s+|also\s+|still\s+)?join\s+the victim contact scheme\b/gi,
    when: (ctx) => ctx.facts.sentence.suspended || (ctx.facts.sentence.months !== undefined && ctx.facts.sentence.months < 12 && !ctx.facts.sentence.life),
    reason:
      'The Victim Contact Scheme is a right only when the sentence is 12 months or more in custody (or a hospital order); for a shorter sentence, probation may be able to offer help.',
  },
  {
    fact: 'VCS-01',
    cue: ['release', 'released', 'releasing'],
    pattern:
      /\b(?:the CPS|we|I)\s+will\s+(?:tell you|let you know|inform you|keep you (?:informed|updated))\s+(?:when|if|about)\s+(?:he|she|they|[A-Z]\w+|his|her|their)\b[^.]{0,20}\brelease|\byou will (?:automatically )?be (?:told|informed|notified) (?:when|if|about) (?:he is|she is|they are|his|her|their) releas/gi,
    unless: /\bif you (?:join|choose to join|decide to join|opt)|\bthrough the (?:victim contact )?scheme|\bvictim liaison officer\b/i,
    reason: 'News of release comes through the Victim Contact Scheme, for those who join it, not from the CPS.',
  },
  // VCS-03.
  {
    fact: 'VCS-03',
    cue: ['refer', 'details'],
    pattern:
      /\b(?:(?:the CPS|we|I)\s+(?:will|shall|can|would)|we['’]ll|I['’]ll)\s+(?:now\s+|also\s+)?(?:refer (?:you|your details|her|him|(?:Mrs|Mr|Ms|Miss|Mx)\.? [A-Z]\w+)|pass (?:on )?your details)\b(?!\s+(?:on\s+)?to\s+the\s+witness care unit)/gi,
    when: (ctx, s) => /\bvictim contact scheme|\bprobation|\bthe scheme\b/i.test(paragraphOf(ctx, s)),
    reason: 'The Witness Care Unit, not the CPS, normally refers a victim to the Victim Contact Scheme.',
  },
  // CODE-03: the personal statement.
  {
    fact: 'CODE-03',
    cue: ['read'],
    negatable: true,
    pattern:
      /\byou will (?:be able to |get to )?read (?:it|your (?:victim personal |personal )?statement)(?: out)?(?: aloud)?(?: yourself)? (?:in|at|to the) court(?: yourself)?|\byou have the right to read (?:it|your (?:victim personal |personal )?statement)(?: out)? in court|\b(?:your |the )(?:victim personal |personal )?statement will be read (?:out |aloud )?(?:by you |by the prosecutor |by the barrister )?(?:in|to the) court\b/gi,
    when: inParagraph(/\bstatement\b|\bVPS\b/i),
    reason: 'A victim can ask to read the statement in court, or have it read; the judge decides how it is used.',
  },
  {
    fact: 'CODE-03',
    cue: ['sentence', 'punishment', 'defence', 'defense'],
    pattern:
      /\b(?:(?:tell|say to|let|inform|ask) the (?:judge|court|magistrates?)|say|state|suggest|explain|give your views? on) (?:what|which|how long a|how much of a|the) (?:sentence|punishment)\b[^.,]{0,50}|\b(?:your )?(?:statement|views?) (?:will|can|could) (?:decide|determine|set) (?:the|his|her|their) sentence\b|\bthe defen[cs]e (?:will not|won't|cannot|can't|will never) see (?:it|your statement)/gi,
    reason: 'A Victim Personal Statement explains the impact of the crime; it must not say what sentence the victim wants, and the defence sees it.',
  },
  // CODE-04: special measures promised before the court rules.
  {
    fact: 'CODE-04',
    cue: ['screen', 'screens', 'link', 'room', 'building', 'location', 'see', 'face', 'measures', 'arranged', 'private', 'choose'],
    pattern:
      /\b(?:you|she|he) will (?:be able to )?(?:give (?:your |her |his )?evidence|be (?:cross-examined|questioned)|sit|be) (?:from )?(?:behind (?:a )?screens?|by (?:a )?(?:video|live) link|(?:via|over|using) (?:a |the )?(?:video|live) link|from (?:a |another |the )?(?:separate|different|other|another|video link|live link) (?:room|building|location)|in private)[^.,;]{0,40}|\b(?:you|she|he) (?:will not|won['’]t) (?:have to |need to )?(?:see|face) (?:him|her|them|the defendant|[A-Z]\w+ \w+)(?: in court)?(?: at (?:all|any (?:point|stage|time)))?|\bthe screens? (?:is|are|has been|have been) (?:all )?(?:sorted|arranged|booked|organised|organized|in place|agreed)|\bthe (?:screens?|video link|live link|special measures) (?:you|she|he) (?:asked|applied) for (?:will be|are|is) (?:in place|used|there|available|provided|arranged)|\bspecial measures (?:will|have been) (?:be )?(?:in place|put in place|arranged|granted|provided|available|agreed|approved)|\b(?:screens?|a screen|a video link|a live link|the live link|the video link) will be (?:used|in place|provided|arranged|put up|set up|available)|\bwe have arranged for you to (?:use|give evidence)|\byou (?:can|may) choose (?:your|which|the) special measures/gi,
    when: noCourtDirection,
    negatable: false,
    reason: 'Special measures such as a screen or a video link are for the judge to allow; a letter cannot promise them before the court has ruled.',
  },
  {
    fact: 'CODE-04',
    cue: ['vulnerable', 'intimidated', 'eligible'],
    pattern: /\b(?:you are|you're|you were) not (?:a |an )?(?:vulnerable or intimidated|intimidated|eligible for special measures)\b[^.,;]{0,20}/gi,
    negatable: false,
    reason:
      'A complainant of a sexual offence is an intimidated witness by law, and automatically eligible for special measures unless they say they do not want them.',
  },
  // CODE-05: section 28 and going to court.
  {
    fact: 'CODE-05',
    cue: ['recorded', 'prerecorded', 'record', 'prerecord', 'entitled'],
    pattern:
      /\b(?:questions|cross-examination|cross examination|evidence)(?: to you)?\s+will\s+(?:now\s+|also\s+)?be\s+(?:pre-recorded|prerecorded|recorded\s+(?:(?:before|ahead of)\s+the\s+trial|beforehand|in advance))|\byou will (?:now )?(?:be able to )?(?:pre-record|record your (?:evidence|cross-examination))|\byou are entitled to (?:section 28|pre-record)/gi,
    when: noCourtDirection,
    negatable: false,
    reason: 'Pre-recorded cross-examination (section 28) happens only if the judge directs it.',
  },
  {
    fact: 'CODE-05',
    cue: ['court'],
    pattern:
      /\byou (?:will not|won['’]t) (?:have|need|be required) to (?:go|come|attend)(?: to)? (?:court|the court)(?: at all)?(?!\s+(?:for|during|on the day of) the trial)/gi,
    when: (ctx, s) => /\bat all\b/i.test(s.text) || (/\bsection 28|\brecord|\bvideo|\blive link/i.test(paragraphOf(ctx, s)) && noCourtDirection(ctx, s)),
    negatable: false,
    reason:
      'Even when cross-examination is recorded before the trial, there is a recording hearing, usually at court; a victim cannot be told they will not go to court at all.',
  },
  // CODE-06: the pre-trial meeting.
  {
    fact: 'CODE-06',
    cue: ['through', 'over', 'prepare', 'practise', 'practice', 'rehearse'],
    pattern:
      /\b(?:go|run|talk) (?:through|over) your (?:evidence|statement|account|answers)(?: with you)?|\btake you (?:through|over) your (?:evidence|statement|account|answers)|\bhelp you (?:prepare|practise|practice|rehearse) (?:your )?(?:answers|evidence)|\brehearse your (?:evidence|answers)/gi,
    when: inParagraph(/\bmeet|\bmeeting|\bbarrister|\bprosecutor|\btrial\b/i),
    reason: "A pre-trial meeting cannot go through or rehearse the victim's evidence; witnesses give evidence in their own words.",
  },
  {
    fact: 'CODE-06',
    cue: ['code', 'attend', 'come'],
    pattern:
      /\b(?:right|entitlement) under the victims['’] code to (?:a|meet)|\bvictims['’] code (?:gives you|entitles you to) (?:a|the) (?:right to (?:a )?)?(?:pre-trial )?meeting|\byou (?:must|have to|will need to) (?:attend|come to) (?:a|the) (?:pre-trial )?meeting/gi,
    reason: "A pre-trial meeting is offered as the victim's choice; it is not yet a Victims' Code right and never compulsory.",
  },
  // CODE-07 and CODE-09: free services.
  {
    fact: 'CODE-07',
    cue: ['interpreter', 'interpreters', 'translation', 'translations', 'translated', 'translator'],
    pattern:
      /\byou (?:will |would )?(?:need|have) to (?:arrange|find|book|pay for) (?:your own |an )?(?:interpreter|translat\w+)|\b(?:interpreters?|translations?) (?:is|are) (?:available )?(?:for a fee|at a cost|charged)/gi,
    reason: 'Interpreters and translation of key documents are free.',
  },
  {
    fact: 'CODE-09',
    cue: ['remarks'],
    pattern: /\byou (?:will |would )?(?:need|have) to pay for (?:a |the )?(?:copy of (?:the )?|transcript of (?:the )?)?(?:judge['’]s )?sentencing remarks/gi,
    reason: 'Victims of rape and serious sexual offences can ask for the sentencing remarks free of charge.',
  },
  // CICS-01: waiting for the case to finish.
  {
    fact: 'CICS-01',
    cue: ['wait', 'waiting', 'until', 'till', 'before'],
    negatable: false,
    pattern:
      /\b(?:wait|waiting)\s+(?:until|till|for)\s+(?:after\s+)?(?:the\s+)?(?:trial|case|court case|verdict|outcome|proceedings|conviction|end of the (?:trial|case))\b(?:\s+(?:is|has)\s+(?:over|finished|ended))?(?:\s+(?:before|to)\s+(?:you\s+)?(?:apply|claim|applying|claiming))?|\b(?:cannot|can't|should not|shouldn't|not to|not)\s+(?:apply|claim|make a claim)\b(?:\s+for\s+(?:criminal injuries\s+)?compensation)?\s+(?:until|before)\s+(?:after\s+)?(?:the\s+)?(?:trial|case|verdict|court case|proceedings|outcome)\b[^.,]{0,20}/gi,
    when: inParagraph(/\bcompensation|\bcriminal injuries|\bCICA\b/i),
    unless: /\b(?:do not|don't|don’t|no need to|not need to|needn't|without)\s+(?:need\s+to\s+)?(?:have\s+to\s+)?wait/i,
    reason: 'A victim can claim compensation before the criminal case finishes; waiting risks missing the 2-year time limit.',
  },
  // CICS-02: no conviction needed.
  {
    fact: 'CICS-02',
    cue: ['cannot', 'not', 'only', 'need', 'needs', 'require', 'requires', 'must', 'longer', 'succeed'],
    pattern:
      /\b(?:cannot|can't|can’t|are not able to|will not be able to|won't be able to|(?:are|will be) no longer able to|can no longer|are not entitled|are not eligible|is not possible to|do not qualify|will not qualify|won't qualify|(?:can|may) only|will only|need|needs|requires?|must)\s+(?:to\s+|for\s+)?(?:apply|claim|get|receive|make a claim|compensation|an award|be (?:paid|awarded|made)|have|a|there)\b|\b(?:a|any|your) (?:claim|application)\b[^.]{0,60}?\b(?:would|will|could) not (?:succeed|be successful|be paid|be accepted)\b/gi,
    span: 'sentence',
    when: (ctx, s) =>
      /\bcompensation|\bcriminal injuries|\bCICA\b/i.test(s.text + ' ' + paragraphOf(ctx, s)) && /\bconvict|\bnot guilty|\bacquitt|\bcharged\b/i.test(s.text),
    unless:
      /\beven (?:though|if)\b|\b(?:do not|don't|don’t|does not|doesn't|no|not) need\b|\bwhether or not\b|\bwithout a conviction\b|\bnot (?:have to|need to) wait/i,
    negatable: false,
    reason: 'Criminal injuries compensation does not need a conviction, or even a charge.',
  },
  {
    fact: 'CICS-02',
    cue: ['entitled', 'paid'],
    pattern: /\byou are entitled to (?:criminal injuries )?compensation\b|\bcompensation (?:will|would) be paid by (?:the defendant|him|the offender)\b/gi,
    reason: 'Criminal injuries compensation is paid by the Authority, not the offender, and a claim can be reduced or refused.',
  },
  // ORD-04.
  {
    fact: 'ORD-04',
    cue: ['register', 'notification'],
    pattern:
      /\bthe (?:judge|court) (?:has )?(?:ordered|put|placed|made) him (?:on|to sign|to go on) the (?:sex offenders['’]? )?register|\bthe (?:judge|court) (?:has )?(?:ordered|made) (?:him subject to )?notification requirements|\bthe (?:judge|court) (?:has )?ordered (?:that )?(?:he|she|they|[A-Z]\w+ \w+) (?:must|should|will|has to) (?:sign|go on|be (?:put )?on|register)\b[^.,]{0,30}|\bordered that (?:he|she|they|the defendant|the offender|[A-Z]\w+ \w+) (?:be|is) (?:placed|put) on the (?:sex offenders['’]? )?register\b[^.,]{0,20}/gi,
    reason: 'Notification (the "sex offenders register") follows automatically by law from the conviction; the judge does not order it.',
  },
  // APP-01.
  {
    fact: 'APP-01',
    cue: ['appeal'],
    pattern:
      /\b(?:after (?:that|this|then|28 days)|once (?:that|this|the 28 days) (?:has|have) passed),?\s+(?:he|she|they|the defendant|[A-Z]\w+ \w+)\s+(?:can no longer|cannot|can't|will not be able to|is not able to|loses the right to)\s+appeal\b|\b(?:he|she|they|the defendant)\s+(?:cannot|can't|can no longer)\s+appeal\s+after\b[^.,]{0,20}|\b(?:has|have) an automatic right (?:to|of) appeal\b/gi,
    when: (ctx, s) => !/\bmagistrates/i.test(paragraphOf(ctx, s)),
    negatable: false,
    reason: 'The defendant needs permission to appeal and normally has 28 days, but the Court of Appeal can allow more time.',
  },
  // APP-03.
  {
    fact: 'APP-03',
    cue: ['retrial', 'hung'],
    pattern:
      /\bthere will (?:automatically |now )?be (?:an automatic |a )?retrial\b|\bthe judge (?:has )?(?:decided|ordered)(?: that there will be)? a retrial\b|\bhung jury means\b[^.]{0,20}\bnot guilty\b/gi,
    unless: /\bif we\b|\bwe (?:have )?decided\b/i,
    reason: "After a hung jury the CPS decides whether to ask for a new trial, taking the victim's views into account.",
  },
  {
    fact: 'APP-03',
    cue: ['guilty', 'acquitted', 'cleared'],
    pattern:
      /\b(?:means?|meant|so)\s+(?:that\s+)?(?:he|she|they|the defendant|[A-Z]\w+ \w+)\s+(?:has been|was|is|have been|were)\s+(?:found\s+)?(?:not guilty|acquitted|cleared)\b/gi,
    when: (_ctx, s) => /\bhung\b|\b(?:could not|couldn't|couldn’t|unable to|did not|didn't|didn’t) (?:agree|reach)/i.test(s.text),
    reason: 'When a jury cannot agree, no verdict is reached: he has not been found not guilty.',
  },
  // APP-04.
  {
    fact: 'APP-04',
    cue: ['appeal'],
    pattern:
      /\b(?:we|the CPS|the prosecution|you)\s+(?:will|can|could|may|are going to|intend to|plan to|want to)\s+(?:consider(?:ing)?\s+)?(?:an\s+)?appeal(?:\s+against)?\s+(?:the|this|his|a)\s+(?:jury['’]s\s+)?(?:not guilty\s+)?(?:verdict|decision)\b|\bwe are considering an appeal against the (?:not guilty )?verdict\b|\b(?:consider(?:s|ed|ing)?|decide|deciding|decided) whether (?:to|we (?:can|could|should|will)|it (?:can|could|should)) appeal(?: against)? (?:the|this|his|these) (?:jury['’]s )?(?:not guilty )?verdicts?\b|\b(?:whether|if) (?:there (?:are|is) )?(?:any )?(?:grounds|a basis) (?:to|for an?|for) appeal(?:ing)?(?: against)? (?:the|this|his) (?:jury['’]s )?(?:not guilty )?(?:verdict|acquittal)s?\b/gi,
    reason: "The law does not let the prosecution, or the victim, appeal against a jury's not guilty verdict.",
  },
  // ORD-02: an acquittal said to rule out a restraining order.
  {
    fact: 'ORD-02',
    cue: ['restraining', 'order'],
    pattern:
      /\b(?:it (?:was|is|would not be|was not) (?:not )?(?:possible|open to (?:us|the prosecution|the CPS|the court|the judge))|(?:we|the court|the judge|the prosecution|the CPS) (?:could not|couldn['’]t|cannot|can['’]t|was unable to|were unable to|is unable to|are unable to|had no power to|has no power to)|no (?:restraining )?order (?:can|could) (?:be made|be sought|be applied for))\b[^.;]{0,60}?\b(?:restraining order|order to protect you|order protecting you|order (?:preventing|stopping|banning|forbidding) him)|\b(?:the court|the judge|a court|a judge|it|they) (?:could not|couldn['’]t|cannot|can['’]t|can not|has no power to|had no power to|is unable to|was unable to|is not able to) (?:make|grant|impose|give|order) (?:one|it|such an order|that order)\b/gi,
    // Said of an order named earlier in the sentence: "We did not ask for a restraining order, because the court cannot make one".
    when: (_ctx, s) =>
      /\bnot guilty\b|\bacquit/i.test(s.text) &&
      /\brestraining order|\border to protect you|\border (?:preventing|stopping|banning|forbidding) him/i.test(s.text),
    negatable: false,
    reason: 'A court can make a restraining order even after a not guilty verdict, to protect the victim from harassment.',
  },
  // ANON-01.
  {
    fact: 'ANON-01',
    cue: ['restrictions', 'restriction'],
    pattern:
      /\b(?:reporting restrictions?|restrictions? on (?:identifying|naming|publishing|reporting))\b[^.]{0,50}?\b(?:no longer (?:apply|applies)|(?:were|was|have been|has been|are|is|will be) lifted|lifted|ended|have ended|has ended|came to an end|come to an end|ceased?)\b[^.,;]{0,40}/gi,
    unless: /\bnever\b|\bfor (?:the rest of )?(?:your )?life|\blifelong|\banonymity (?:still|continues)/i,
    negatable: false,
    reason: 'Anonymity is for life, whatever the outcome of the case, unless the victim waives it in writing.',
  },
  {
    fact: 'ANON-01',
    cue: ['18', 'eighteen'],
    pattern: /\buntil (?:you|she|he|they) (?:are|is|turn|turns|reach|reaches) (?:18|eighteen)\b/gi,
    when: (_ctx, s) => /\b(?:publish|identify|anonym|name)/i.test(s.text),
    negatable: false,
    reason: 'Anonymity is for life, whatever the age of the victim, unless they waive it in writing as an adult.',
  },
  {
    fact: 'ANON-01',
    cue: ['anonymity', 'name', 'identify'],
    pattern:
      /\b(?:free|allowed|able) to (?:name|identify) you\b|\b(?:can|may) (?:now )?(?:name|identify) you\b|\byou (?:have )?(?:lost|no longer have|will lose) (?:your )?(?:right to )?anonymity\b[^.,;]{0,30}|\b(?:your |the |this )?(?:right to )?anonymity\b[^.]{0,40}?\b(?:ended|ends|will end|has ended|came to an end|comes to an end|no longer applies|stops|stopped|lapses|lapsed|is lost|was lost|lasts? (?:only )?(?:until|for \d+ years)|only applies if|(?:does not|doesn['’]t|no longer|will not) apply(?: in the same way)?)\b[^.,;]{0,30}|\b(?:the )?(?:local )?(?:paper|papers|press|newspapers?|media|reporters?|journalists?) (?:could|can|may|might|are (?:now )?(?:free|allowed|able) to) (?:now )?(?:name|identify) you\b/gi,
    unless: /\bnever\b|\bdoes not end|\bdoesn['’]t end|\bwill not end|\bfor (?:the rest of )?(?:your )?life|\blifelong/i,
    reason: 'Anonymity is for life, whatever the outcome of the case, unless the victim waives it in writing.',
  },
  {
    fact: 'ANON-01',
    cue: ['anonymous', 'anonymity'],
    pattern: /\bthe (?:judge|court) will decide (?:whether|if) you (?:can )?(?:stay|remain|keep your|are) anonym\w*/gi,
    reason: 'Anonymity is automatic by law; the court does not decide it.',
  },
  // OTH-01: the victim said to bring, drop or withdraw the charges.
  {
    fact: 'OTH-01',
    cue: ['press', 'pressing', 'pressed', 'dropped', 'drop', 'dropping', 'withdrawn', 'withdrew', 'withdraw', 'withdrawing'],
    pattern:
      /\b(?:as |since |now that |because |given that )?(?:you|the complainant|the victim)\s+(?:have |has |had )?(?:decided |chose |chosen |wished |wish |want |wanted |do not want |did not want |no longer want |no longer wish )?(?:not )?(?:to )?(?:press|pressed|pressing|drop|dropped|dropping|withdraw|withdrawn|withdrew|withdrawing)\s+(?:the |your |her |his |all |any )?(?:charges?|criminal charges)\b/gi,
    // The reader, not "he" or "she", who may be the prosecutor withdrawing a charge as the law allows.
    negatable: false,
    reason: 'The police and the prosecution decide whether to charge and whether a case goes on; a victim does not press, drop or withdraw charges.',
  },
  // OTH-02.
  {
    fact: 'OTH-02',
    cue: ['limit', 'limits', 'ago', 'old', 'late', 'timebarred', 'statutebarred', 'barred'],
    pattern:
      /\b(?:outside|beyond|past|out of)\s+the\s+time\s+limits?(?:\s+for\s+(?:prosecution|prosecuting|charging|bringing (?:a )?charges?))?|\btoo (?:long ago|old|late) to (?:be )?(?:prosecut\w*|charg\w*|bring|take to court)\b[^.,]{0,20}|\btime[- ]barred\b|\bstatute[- ]barred\b/gi,
    // Summary-only offences do have a 6-month limit.
    when: (_ctx, s) => !/\bcommon assault|\bsummary|\bcriminal damage|\bsix months|\b6 months/i.test(s.text),
    reason: 'There is no time limit for prosecuting rape or other sexual offences tried in the Crown Court.',
  },
  // DEC-01: promises about what the police, a court or a jury will decide.
  {
    fact: 'DEC-01',
    cue: [
      'arrest',
      'arrested',
      'charge',
      'convict',
      'convicted',
      'jail',
      'jailed',
      'imprison',
      'imprisoned',
      'believe',
      'punish',
      'send',
      'sent',
      'recall',
      'recalled',
      'guilty',
      'lock',
      'locked',
      'prison',
    ],
    pattern:
      /\b(?:the police|officers|the court|the judge|the jury|the magistrates|the parole board)\s+will\s+(?:always\s+|definitely\s+|certainly\s+|immediately\s+)?(?:arrest|charge|convict|jail|imprison|believe|punish|send him|recall|find him guilty|lock him up)\b(?:[^.,;]{0,20}?\b(?:straight away|immediately|at once|right away))?|\b(?:he|she|they|the defendant|[A-Z]\w+ \w+)\s+will\s+(?:definitely\s+|certainly\s+|always\s+|automatically\s+)?(?:be\s+(?:sent (?:back )?to prison|jailed|arrested|convicted|found guilty|recalled|locked up|put in prison|imprisoned)|go (?:back )?to prison|be going (?:back )?to prison)\b/gi,
    // Where the prosecutor has authorised the charge, the police charging him is the next step, not a promise;
    // so is a conviction that follows from his own guilty plea.
    when: (ctx, s) => !(ctx.letterType === 'charge' && /\bthe police will charge\b/i.test(s.text)),
    unless: /\bif (?:he is|she is|they are) (?:found guilty|convicted)\b.*\bwill be sentenced|\bguilty pleas?\b[^.]{0,30}\bwill be convicted\b/i,
    reason: 'Whether someone is arrested, convicted, sent to prison or recalled is decided case by case; a letter can say what may happen, not promise it.',
  },
  {
    fact: 'DEC-01',
    cue: ['grant', 'agree', 'allow', 'order', 'give', 'remand', 'refuse', 'keep', 'get', 'receive', 'given'],
    pattern:
      /\b(?:the court|the judge|the magistrates|the jury|the parole board)\s+will\s+(?:definitely\s+|certainly\s+|always\s+|surely\s+)?(?:grant|agree to|allow|order|give him|refuse (?:him )?bail|keep him in custody|remand him)\b[^.,;]{0,30}|\b(?:he|she|they|the defendant)\s+will\s+(?:definitely\s+|certainly\s+)?(?:get|receive|be given)\s+(?:a\s+)?(?:long\s+|lengthy\s+|prison\s+|custodial\s+|jail\s+)+sentence\b/gi,
    when: (ctx) => ctx.letterType !== 'conviction',
    unless: /\bif (?:the judge|the court) (?:agrees|decides)|\bwe (?:will|have|'ll) (?:ask|asked|apply|applied)\b/i,
    reason: 'What a court, a judge or a jury will decide cannot be promised; a letter can say what the prosecution will ask for and who decides.',
  },
]

/**
 * Find statements that disagree with a fact.
 *
 * @param doc The indexed letter.
 * @param sentences The letter's sentences.
 * @param ctx The letter's case facts, type and topics.
 * @returns Claims, one per statement found.
 */
export function checkStatements(doc: DocumentIndex, sentences: SentenceText[], ctx: StatementContext): Claim[] {
  // Which sentences hold each word: one pass over the words, so each model searches only the few sentences that
  // could match it, instead of the whole letter.
  cueWords ??= new Set(STATEMENT_MODELS.flatMap((model) => model.cue))
  const byWord = new Map<string, number[]>()
  for (const token of doc.tokens) {
    if (!cueWords.has(token.norm)) continue
    const list = byWord.get(token.norm)
    if (!list) byWord.set(token.norm, [token.sentence])
    else if (list[list.length - 1] !== token.sentence) list.push(token.sentence)
  }
  const claims: Claim[] = []
  for (const model of STATEMENT_MODELS) {
    const candidates = new Set<number>()
    for (const word of model.cue) for (const index of byWord.get(word) ?? []) candidates.add(index)
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const sentence = sentences[index]!
      model.pattern.lastIndex = 0
      for (let match = model.pattern.exec(sentence.text); match; match = model.pattern.exec(sentence.text)) {
        if (match[0].length === 0) {
          model.pattern.lastIndex++
          continue
        }
        const claim = judge(model, match, sentence, ctx)
        if (claim) claims.push(claim)
      }
    }
  }
  return claims
}

function judge(model: StatementModel, match: RegExpExecArray, sentence: SentenceText, ctx: StatementContext): Claim | undefined {
  if (model.unless?.test(sentence.text)) return undefined
  if (model.when && !model.when(ctx, sentence)) return undefined
  if (model.check && !model.check(match, ctx)) return undefined
  if (model.negatable !== false) {
    const at = match.index
    const clauseStart = Math.max(sentence.text.lastIndexOf(',', at), sentence.text.lastIndexOf(';', at), sentence.text.lastIndexOf(':', at), 0)
    if (NEGATIVE.test(sentence.text.slice(clauseStart, at))) return undefined
  }
  // Tight spans: no leading or trailing spaces or commas; or the whole sentence, for a model that says so.
  const source = model.span === 'sentence' ? sentence.text : match[0]
  const from = model.span === 'sentence' ? 0 : match.index
  const lead = source.length - source.trimStart().length
  let actual = source.trim().replace(model.span === 'sentence' ? /[.!?]+$/ : /[,;:]+$/, '')
  // A match that stops inside a word ("… Right to R") runs on to the end of that word.
  const rest = /^[\w'’]+/.exec(sentence.text.slice(from + lead + actual.length))
  if (rest && /\w$/.test(actual)) actual += rest[0]
  const start = sentence.start + from + lead
  return {
    fact: model.fact,
    start,
    end: start + actual.length,
    verdict: model.verdict ?? 'wrong',
    reason: model.reason,
    expected: model.expected?.(actual),
  }
}
