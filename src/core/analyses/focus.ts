/**
 * Review focus (reviews only): which sentences weigh the complainant's conduct
 * or credibility and which test the suspect's conduct and account. The
 * scrutiny panels found reviews that dwelt on the victim while the suspect's
 * account went untested (report §3.1.1); victim-scrutiny sentences are flagged
 * only when the suspect gets less analysis, and the counts are reported either
 * way. Also flags the strengths/weaknesses frame (§3.1.2) and victim behaviours
 * or trauma responses listed as weaknesses.
 */
import { sharedScanner } from '../match/phrase-matcher.js'
import type { PhraseHit } from '../match/phrase-matcher.js'
import type { Finding } from '../engine/finding.js'
import { FOCUS } from '../data/on-demand.js'
import { cuesOf, readVoices } from '../engine/voice.js'
import type { DocumentIndex, SentenceInfo } from '../text/document.js'
import { headingLine, headingText, openingLabel } from '../text/heading-text.js'
import { lineAt, onListItemLine, TABLE_ROW } from '../text/split-lines.js'
import { balanceReason } from './focus-balance.js'
import { actsAsHer } from './her-actions.js'
import { namesMainRisk } from './main-risk.js'
import { deedAfter } from './her-deeds.js'
import type { FocusBalance } from './focus-balance.js'
import { readPeople } from './people.js'
import type { People, Person } from './people.js'

const REPORT = 'https://www.cps.gov.uk/publication/cps-annual-rape-scrutiny-report-october-2025'
const MYTHS = 'https://www.cps.gov.uk/legal-guidance/rape-and-sexual-offences-annex-tackling-rape-myths-and-stereotypes'

const matcher = sharedScanner('focus')

/** Sentences in the reviewer's own voice that weigh something against her, before scrutiny is reported. */
const MIN_WEIGHING = 2
/** A review that sets out her conduct in this many sentences, at this many times its analysis of him, is lopsided. */
const LOPSIDED_MIN = 8
const LOPSIDED_RATIO = 3
/** Her conduct set out this often, at this many times the analysis of him, leans on her with no weighing words at all. */
const UNWEIGHED_MIN = 6
const UNWEIGHED_RATIO = 4

/** A note's line of at most this many words may leave out who it is about. */
const TERSE_ITEM = 20

/** Pronouns that name a person as the object or owner, not the one acting. */
const OBJECT_FORMS = new Set(['her', 'him', 'his', 'herself', 'himself'])

/** Words before a person who is not the one acting: "dancing with OGUNDIPE", "a message to the suspect". */
const PREPOSITIONS = new Set(['with', 'to', 'at', 'from', 'for', 'towards', 'toward', 'against', 'near', 'beside', 'about'])

/** One side of the strengths and weaknesses frame, as a conclusion names it ("the points in AS's favour"). */
const LIST_SIDE =
  '(strengths|weaknesses|difficulties|problems|risks|positives|negatives|(matters|points|factors|those|the ones) (supporting|undermining|for|against|in [^.|]{1,30} favour)( (the case|the prosecution|a charge|it))?)'
/** Column headers that are neutral alone but, beside "Strengths", are the side weighed against her. */
const OTHER_SIDE = /^(risks|concerns|issues|problems)$/

/** The binary frame's headings, as the pack lists them; and those that head the points against her only in a review that leans on her. */
const BINARY_HEADINGS = new Set(FOCUS['binary-headings']!.map((h) => h.toLowerCase()))
const LEANING_HEADINGS = new Set((FOCUS['leaning-headings'] ?? []).map((h) => h.toLowerCase()))

/**
 * A table cell's closing verdict, in the binary frame: "… – weakness", "strength (limited)". A bare
 * "Strength" is left to the heading check: in a column that rates each item it means how strong it is.
 */
const VERDICT_CELL = /\s[–—-]\s*((?:weakness|strength)(?:\s*\([^)]{1,30}\))?)\s*$|^((?:weakness|strength)\s*\([^)]{1,30}\))\s*$/i

/**
 * The binary frame's headings in the words each review picks for what the points are for or against:
 * "Points against charge", "Factors in favour of charging", "Matters supporting the allegation".
 */
const SORTING_HEADING =
  /^(points|factors|matters|issues|considerations)( tending)? (for|against|in favour of|in support of|supporting|undermining) (a |the )?(charge|charging|prosecution|prosecuting|conviction|case|complainant|allegation|account)s?$/

/** One column of an evidence table set against the other by its length: "the Undermines column is considerably longer". */
const LONGER_COLUMN = /\b(against|undermines|undermining|weaknesses|hurts|negatives?|concerns) column (is|was) (\w+ )?(longer|fuller|heavier)\b/i
/** The decision drawn by weighing one side of the frame against the other; the Code's public interest factors are its own test. */
const WEIGHED_LISTS = new RegExp(
  `^(?![^|]*public interest)[^|]*\\b${LIST_SIDE}\\b[^.|]{0,30}\\b(outweigh|outweighs|outweighed|outnumber|outnumbers)\\b[^.|]{0,20}\\b${LIST_SIDE}`,
  'i',
)

// The families below are read from the sentence's text here, in the lazily loaded review analysis,
// rather than from focus.yml, whose lists join the phrase trie that every letter's first check loads.
/** A witness's view of her temper or nature: a cue ("describes her as") and a trait in the same sentence. */
const CHARACTER_CUE =
  /\b(describ(e|es|ed)|characteri[sz](e|es|ed)|portray(s|ed)|regard(s|ed))\s+\S+\s+as\b|\b(description|descriptions|view|views|opinion|picture|impression)\s+of\s+\S+\s+as\b|\b(is|was)\s+(known|regarded|seen|thought of)\s+as\b/i
const CHARACTER_TRAIT =
  /\b(emotional|emotive|highly[ -]strung|(melo)?dramatic|theatrical|hysterical|attention[ -]seek(ing|er)|needy|clingy|immature|manipulative|vindictive|spiteful|jealous|possessive|volatile|unstable|unpredictable|erratic|moody|temperamental|confrontational|argumentative|aggressive|hot-headed|headstrong|strong-willed|feisty|strong (personality|character)|fantasist|liar|troublemaker|drama queen|flirt|tease|promiscuous|sexually (disinhibited|forward|precocious)|prone to (lying|exaggerat\w*|drama|making|overreact\w*|outbursts|fantas\w*)|tells (lies|stories|tales)|out of proportion|over the top|overreact\w*|mountains out of molehills|ma(de|kes) a fuss|struggle[sd]? to (take|accept) (feedback|criticism)|not someone who (could|would) be (pushed|bullied))\b/i
/** The reviewer answering a point about her in her favour ("That explains the timing rather than undermining it"). */
const ANSWERED =
  /\brather than (undermin\w*|weaken\w*|damag\w*|detracting from)\b|\b(explains?|explained|accounts? for) (the|her) (timing|delay|(continued )?contact|messages?|memory gaps|gaps|silence|demeanour|reaction|reluctance)\b|\bwhat (one|you|anyone|a jury|we|I) would (have )?expect|\b(his|the suspect's) credibility, not (hers|the complainant's)|\b(does|do|did) not (detract from|count against|tell against)\b|\bno (proper )?(reason|basis) to doubt\b|\b(do not|don't|did not) (regard|consider|treat|see) (the|this|that|her|it) (\w+ ){0,2}as (significant|relevant|important|damaging|a weakness|a difficulty|a problem)\b|\b(explanation|reasons?) (is|was|are|were) (entirely |wholly |perfectly |quite )?(credible|plausible|convincing|understandable|persuasive|reasonable)\b/i
/**
 * A sentence that speaks for her case: what the evidence shows against him, or how it bears her out
 * ("This pattern is strong evidence for the controlling behaviour charge", "LP has independently
 * described being taken into the same room"), or what is done to support and protect her (her
 * referral to an adviser, bail conditions, special measures). It tells of her, but it does not
 * scrutinise her.
 */
const FOR_HER =
  /\b(strong|powerful|compelling|important|significant|cogent|good) (evidence|support)\b|\b(supports?|corroborat\w*|bears? out|confirms?) (her|the complainant's|his|[A-Z]{2}'s) (account|evidence|version)\b|\bindependently (describ|support|confirm|corroborat)\w*|\b(strengthens?|bolsters?) (the|her|our|the prosecution) (case|account)\b|\bgrooming\b|\bunslept\b|\baccount\b[^.;]{0,60}\b(supported|corroborated|borne out|confirmed) by\b|\bexplains why (she|[A-Z]{2})\b/
/** What is done to support and protect her, in any case. */
const FOR_HER_CARE =
  /\b(referred|referral) to (an? )?(independent sexual violence adviser|ISVA|support|counselling service|SARC)\b|\bbail conditions?\b|\bspecial measures\b|\bvictim care\b|\bno (real|significant|unexplained|material) delay\b/i
/** Her silence, her ordinary day and her company with him afterwards, in words the scrutiny list does not hold. */
const AFTERWARDS =
  /\b(without|never) (saying|telling|mentioning|reporting) (anything|anyone|a word)\b|\bsaid nothing\b|\b(did not|didn't) (say|mention) (anything|a word)\b|\bgood spirits\b|\b(was|were) back (in|at) (the|work|her)\b|\b(chatting|laughing|joking) with\b|\b(sat|sitting) (with|next to|beside|at the same table)\b|\b(accepted|took|had accepted|had taken) (a lift|lifts)\b|\bcarried (on|out) (her|the|as)\b|\b(attended|went to|went back to|returned to|worked|was on|was at|delivered|took part in|trained|sat)\b[^.;]{0,60}\b(the (next|following) (morning|day)|next morning|(her|his) (usual|normal) [^.;]{0,20}(shift|session|lecture|class|placement)|as (normal|usual))\b/

/** Words that open a sentence about the one before it. */
const LOOKS_BACK = new Set(['this', 'that', 'these', 'those', 'such', 'it', 'which'])

interface SentenceFacts {
  subject?: Person
  /** The person named as the one acting, if any: not only as an object or owner ("on his team"). */
  actor?: Person
  /** Where the sentence names the one acting. */
  actorAt?: number
  /** The first person the sentence names, acting or not ("His messages show she …"). */
  first?: Person
  /** The suspect does something in the sentence ("…; PRICE guides her out", "he did"). */
  heActs: boolean
  /** The sentence opens on him: his name or "his" within its first few words ("(c) ORRELL's phone: …"). */
  opensOnHim: boolean
  mentions: Set<Person>
  roles: Set<string>
}

/** A heading's words: without Markdown marks, list numbering or a closing colon ("**3. Weaknesses of the case:**"). */
function heading(text: string): string {
  return headingText(text).toLowerCase()
}

/**
 * Check a review's focus.
 *
 * @param doc The indexed review.
 * @param whoIsWho Who is who in it, when the caller has read it (`readPeople`).
 * @returns Findings (focus warnings, weakness-list misconceptions and a balance summary, as info), the balance's counts,
 *   whether the review leans on her conduct rather than testing his, the sentences that test him, and those the
 *   focus model leaves alone (`notDwelling`).
 */
export function checkFocus(
  doc: DocumentIndex,
  whoIsWho: People = readPeople(doc),
): {
  findings: Finding[]
  balance: FocusBalance
  leansOnHer: boolean
  testsHim: Set<number>
  notDwelling: Set<number>
  weighs: Set<number>
  deeds: Set<number>
  scrutiny: Set<number>
} {
  const { names } = whoIsWho
  const byRole = new Map<number, Set<string>>()
  const people = new Map<number, PhraseHit[]>()
  // "Weakness down her left side" is her body, not a point against her.
  const scanned = matcher.scan(doc.tokens)
  const bodily = new Set(scanned.flatMap((h) => (h.role === 'bodily' ? [h.first] : [])))
  const hits = scanned.filter((h) => h.role !== 'evaluation' || !bodily.has(h.first))
  for (const hit of hits) {
    const sentence = doc.tokens[hit.first]!.sentence
    if (hit.role === 'victim' || hit.role === 'suspect') {
      const list = people.get(sentence)
      if (list) list.push(hit)
      else people.set(sentence, [hit])
    }
    // Words inside her quoted message ("I can't stop shaking") do not make her complaint a late one.
    if (hit.role === 'late-complaint' && doc.tokens[hit.first]!.quoted) continue
    const roles = byRole.get(sentence) ?? new Set()
    roles.add(hit.role)
    byRole.set(sentence, roles)
  }

  // A clause of his: "he", his name or "the suspect" opening a clause and, for a name, followed by a
  // verb ("…; PRICE guides her out", "…, he did"), not a relative clause ("a jacket he had left").
  const CLAUSE_OPENERS = new Set([';', ',', ':', 'and', 'but', 'then', 'when', 'where', 'while'])
  const actsAt = (at: number) => {
    const token = doc.tokens[at]!
    const back = token.norm === 'suspect' || token.norm === 'defendant' ? at - 2 : at - 1
    const before = doc.tokens[back]
    const opensClause =
      !before || before.sentence !== token.sentence || CLAUSE_OPENERS.has(before.norm) || /[;,:]\s*$/.test(doc.text.slice(before.end, token.start))
    if (!opensClause) return false
    if (token.norm === 'he') return true
    if (token.norm !== 'suspect' && token.norm !== 'defendant' && names.get(token.cased) !== 'suspect') return false
    const next = doc.tokens[at + 1]
    return (
      !!next &&
      next.sentence === token.sentence &&
      /^[a-z]+(ed|s)$/.test(next.cased) &&
      !['was', 'is', 'has', 'does'].includes(next.norm) &&
      !/['’]s$/.test(doc.text.slice(token.start, token.end))
    )
  }
  const facts: SentenceFacts[] = doc.sentences.map((info, index) => {
    const refs: Array<{ at: number; who: Person }> = (people.get(index) ?? []).map((h) => ({
      at: h.first,
      // When both are men, "he" may be the complainant (people.ts reads which).
      who: h.role === 'suspect' && whoIsWho.hisAsComplainant.has(h.first) ? 'victim' : (h.role as Person),
    }))
    for (let t = info.firstToken; t < info.endToken; t++) {
      const who = names.get(doc.tokens[t]!.cased)
      if (who) refs.push({ at: t, who })
    }
    refs.sort((a, b) => a.at - b.at)
    // The sentence is about the first person it names as the one acting (she, he, a name, or
    // whoever opens it: "Her account …"), not one it names as an object ("without telling her, he …").
    // A name after a preposition is not the one acting either ("colleagues saw her dancing with OGUNDIPE").
    const acting = refs.find(
      (r) =>
        r.at === info.firstToken ||
        !(
          OBJECT_FORMS.has(doc.tokens[r.at]!.norm) ||
          /['’]s$/.test(doc.text.slice(doc.tokens[r.at]!.start, doc.tokens[r.at]!.end)) ||
          (r.at > info.firstToken && PREPOSITIONS.has(doc.tokens[r.at - 1]!.norm))
        ),
    )
    const subject = (acting ?? refs[0])?.who
    const heActs = refs.some((r) => r.who === 'suspect' && actsAt(r.at))
    const opensOnHim = refs[0]?.who === 'suspect' && refs[0].at - info.firstToken <= 3
    return {
      subject,
      actor: acting?.who,
      actorAt: acting?.at,
      first: refs[0]?.who,
      heActs,
      opensOnHim,
      mentions: new Set(refs.map((r) => r.who)),
      roles: byRole.get(index) ?? new Set(),
    }
  })

  // A note: a bulleted line of a few words. Numbered paragraphs are a formal review's prose, and an item
  // that goes on to answer its point is not a note.
  const notes = doc.sentences.map((info) => {
    const from = doc.text.lastIndexOf('\n', info.start - 1) + 1
    const to = doc.text.indexOf('\n', info.end)
    const line = doc.text.slice(from, to < 0 ? undefined : to)
    return (/^[ \t]*[-*•]\s/.test(line) || TABLE_ROW.test(line)) && line.split(/\s+/).length <= TERSE_ITEM
  })
  // Each sentence's text, read once for the families matched on it below.
  const texts = doc.sentences.map((info) => doc.text.slice(info.start, info.end))
  // Terse notes drop the subject: in a list whose first item about someone is about her, an item that
  // names no one as acting ("- Told no one for six days.", "- Back on his team next morning.") is hers too.
  let listSubject: Person | undefined
  facts.forEach((f, index) => {
    if (!notes[index]) return void (listSubject = undefined)
    // A list or table brings its subject from the line that introduces it ("The table sets out his conduct after the incident:").
    if (index > 0 && !notes[index - 1])
      listSubject = texts[index - 1]!.trimEnd().endsWith(':') ? (facts[index - 1]!.actor ?? facts[index - 1]!.first) : undefined
    if (!f.actor && listSubject === 'victim') {
      f.subject = 'victim'
      f.first ??= 'victim'
      f.mentions.add('victim')
    } else listSubject ??= f.actor
  })

  // A paragraph that plans how to counter a myth discusses the victim's conduct in order to answer it.
  const voices = readVoices(doc, cuesOf(hits), 'review')
  const counteringParagraphs = new Set([...voices.countering].map((s) => doc.sentences[s]!.paragraph))
  const own = (index: number) => !voices.reported.has(index) && !counteringParagraphs.has(doc.sentences[index]!.paragraph)
  const accounts = whoIsWho.herAccounts
  const quoted = (info: SentenceInfo) => doc.tokens[info.firstToken]?.quoted ?? false
  const scrutiny: number[] = []
  let analysis = 0
  // The sentences that test him, for the checks after this one.
  const testing = new Set<number>()
  // Her telling someone soon afterwards is evidence for her, unless the sentence says she did not, or only later.
  // A table row runs many cells together, so it is left to its other words.
  const earlyComplaint = (f: SentenceFacts, index: number) =>
    f.roles.has('her-complaint') && !f.roles.has('late-complaint') && !/^\s*\|/.test(doc.text.slice(doc.sentences[index]!.start, doc.sentences[index]!.end))
  // "HT and ADEYEMI met on a dating app": the two of them as one subject is background, not her conduct.
  const jointly = (index: number) => {
    const info = doc.sentences[index]!
    // Only as the sentence's subject, near its start: not "the messages between NP and STANWAY".
    for (let t = info.firstToken; t < Math.min(info.endToken - 2, info.firstToken + 3); t++) {
      if (['between', 'with', 'of', 'for', 'to', 'from'].includes(doc.tokens[t - 1]?.norm ?? '') && t > info.firstToken) continue
      const here = doc.tokens[t]!
      const isHer = here.norm === 'she' || here.norm === 'complainant' || names.get(here.cased) === 'victim'
      const next = doc.tokens[t + 2]!
      if (isHer && doc.tokens[t + 1]!.norm === 'and' && (names.get(next.cased) === 'suspect' || next.norm === 'he' || next.norm === 'the')) return true
    }
    return false
  }
  const sentencesMatching = (test: (text: string) => boolean) => new Set(texts.flatMap((text, index) => (test(text) ? [index] : [])))
  // The sentence that introduces her by role with her name or age beside it ("The complainant, KM (19), and
  // DOCHERTY (21) were in a relationship", "The complainant (CD, 29) matched with PENROSE") sets the scene.
  const introduction = texts.findIndex((text) =>
    /\bcomplainant\s*(,\s*(Mr|Mrs|Ms|Miss|Mx)?\s*[A-Z][^,;.]{0,40}(\(\d{1,2}\))?\s*,|\(\s*[A-Z][^)]{0,30}\))/.test(text),
  )
  // So do the lines that say who she is: a "Complainant:" field, her age with her work or home ("JT is 24 and
  // works as …"), or her role beside the word ("The complainant, a postgraduate student, attended …").
  const profiles = sentencesMatching(
    (text) =>
      /^[\s*_#|-]*(the )?complainant[\s*_]*:/i.test(text) ||
      /\b(is|was|aged) \d{1,2}\b[^.;]{0,20}\b(and|who) (works|worked|lives|lived|studies|studied|is a|was a)\b/.test(text) ||
      /^\W*the complainant, an? [a-z][a-z -]{2,40},/i.test(text),
  )
  // A witness's view of her temper or nature ("her manager describes her as emotional") is character
  // evidence about her, weighed by being set out, whatever words surround it.
  const characters = sentencesMatching((text) => CHARACTER_CUE.test(text) && CHARACTER_TRAIT.test(text))
  const answered = sentencesMatching((text) => ANSWERED.test(text))
  const afterwards = sentencesMatching((text) => AFTERWARDS.test(text))
  const forHer = sentencesMatching((text) => FOR_HER.test(text) || FOR_HER_CARE.test(text))
  // A sentence that opens on him and tests him ("His messages show that she had said no") is
  // analysis of him, though she acts in it.
  // So is an enquiry into his phone or records ("Download of FARRANT's phone, with …").
  const testsHim = (f: SentenceFacts) =>
    (f.roles.has('analysis') && f.mentions.has('suspect') && (f.subject !== 'victim' || f.first === 'suspect')) || (f.roles.has('records') && f.opensOnHim)
  facts.forEach((f, index) => {
    const info = doc.sentences[index]!
    if (!own(index) || quoted(info) || accounts.has(index) || answered.has(index) || forHer.has(index)) return
    if (testsHim(f)) {
      analysis++
      testing.add(index)
    }
    // A sentence in which he acts too ("she left, and he messaged her") tells what he did, not only what she did.
    else if (
      (f.roles.has('scrutiny') || characters.has(index) || afterwards.has(index)) &&
      f.mentions.has('victim') &&
      f.subject !== 'suspect' &&
      !f.heActs &&
      !f.roles.has('done-to-her') &&
      !earlyComplaint(f, index) &&
      !f.roles.has('declined-request') &&
      !jointly(index) &&
      index !== introduction &&
      !profiles.has(index)
    )
      scrutiny.push(index)
  })

  const findings: Finding[] = []
  const first = doc.sentences[0]
  if (first) {
    findings.push({
      ruleId: 'focus/balance',
      category: 'focus',
      severity: 'info',
      start: first.start,
      end: first.end,
      reason: balanceReason({ victimScrutiny: scrutiny.length, suspectAnalysis: analysis }),
      actual: '',
      expected: [],
      note: "Panels found reviews that scrutinised the victim while the suspect's account went untested. Check that his conduct before, during and after, and the steps he took to know she agreed, get as much analysis.",
      source: REPORT,
    })
  }
  // A review leans on her conduct only if its own voice weighs it against her somewhere: a
  // suspect-focused review tells her side too, in neutral chronology, without weighing it.
  // The weighing must be about her: named in the sentence, or in the one before when it looks back ("This is a concern").
  // A sentence that names no one ("The previous allegation is of concern") goes on from the one before it.
  const aboutHer = (index: number) =>
    facts[index]!.mentions.has('victim') ||
    (facts[index]!.mentions.size === 0 && facts[index]!.roles.has('her-conduct')) ||
    ((LOOKS_BACK.has(doc.tokens[doc.sentences[index]!.firstToken]?.norm ?? '') || facts[index]!.mentions.size === 0) &&
      doc.sentences[index - 1]?.paragraph === doc.sentences[index]!.paragraph &&
      (facts[index - 1]?.mentions.has('victim') ?? false))
  // Her conduct listed under a Weaknesses heading is weighed against her by the list itself.
  const items = weaknessItems(doc, facts, names)
  const listed = new Set([...items.keys()].filter((index) => own(index) && facts[index]!.subject !== 'suspect'))
  const weighingAt = facts.flatMap((f, index) =>
    ((f.roles.has('evaluation') || characters.has(index)) &&
      own(index) &&
      !answered.has(index) &&
      f.subject !== 'suspect' &&
      !testsHim(f) &&
      aboutHer(index)) ||
    listed.has(index)
      ? [index]
      : [],
  )
  const weighing = weighingAt.length
  // A review that does not test him at all leans on her whatever its words; a strong review's
  // Strengths and Weaknesses headings or its neutral chronology about her do not.
  // One weighing is enough where her conduct fills the review and his barely appears in it.
  // So is one that sets out her conduct in a few sentences and tests his once at most, and one that sets it
  // out at length and barely tests his, whether or not it says what it makes of it.
  const lopsided =
    (weighing >= 1 &&
      ((scrutiny.length >= LOPSIDED_MIN && scrutiny.length >= LOPSIDED_RATIO * Math.max(analysis, 1)) ||
        (analysis <= 1 && scrutiny.length >= LOPSIDED_RATIO))) ||
    (scrutiny.length >= UNWEIGHED_MIN && scrutiny.length >= UNWEIGHED_RATIO * Math.max(analysis, 1))
  // At a tie, the review's own weighing of her decides it: a mixed review that weighs her twice leans on her.
  const leansOnHer =
    (scrutiny.length > analysis && (weighing >= MIN_WEIGHING || lopsided || (analysis === 0 && scrutiny.length >= 2))) ||
    (scrutiny.length === analysis && scrutiny.length >= 2 && weighing >= MIN_WEIGHING)
  // Her conduct told as chronology, in any tense ("HC dances with FD", "She drove herself home"), in a
  // review that leans on her: check-piece.ts reports it where the models read the review so too.
  const deeds = new Set<number>()
  if (leansOnHer) {
    // The weighing sentences themselves ("This is a significant concern") lean on her too.
    // A heading of a few words ("Her conduct afterwards") names what follows; the sentences under it are reported.
    const leaning = new Set([...scrutiny, ...weighingAt].filter((index) => !forHer.has(index) && !headingLine(doc, doc.sentences[index]!)))
    for (const index of [...leaning].sort((a, b) => a - b)) findings.push(scrutinyFinding(doc, index))
    facts.forEach((f, index) => {
      const info = doc.sentences[index]!
      const at = f.actorAt
      if (leaning.has(index) || f.actor !== 'victim' || at === undefined || f.heActs || !own(index) || quoted(info) || accounts.has(index)) return
      if (answered.has(index) || forHer.has(index) || f.roles.has('done-to-her') || earlyComplaint(f, index) || jointly(index)) return
      if (index === introduction || profiles.has(index) || testsHim(f) || headingLine(doc, info)) return
      if (actsAsHer(doc, (t) => t === at, at) && deedAfter(doc, at, info.endToken) !== undefined) deeds.add(index)
    })
  }
  // Her conduct or credibility named as what the case is up against, in her name and not his. The frame is the
  // reviewer's even where the defence is said to hold it ("will be the centre of the defence case"), or a plan to
  // meet it follows: specialists flag both.
  facts.forEach((f, index) => {
    if (!f.mentions.has('victim') || f.mentions.has('suspect') || quoted(doc.sentences[index]!) || accounts.has(index)) return
    if (answered.has(index) || forHer.has(index) || !namesMainRisk(texts[index]!)) return
    findings.push(mainRiskFinding(doc, index))
  })
  findings.push(...checkBinaryFrame(doc, items, leansOnHer))
  findings.push(...checkRecordRequests(doc, byRole, names, hits))
  return {
    findings,
    balance: { victimScrutiny: scrutiny.length, suspectAnalysis: analysis },
    leansOnHer,
    testsHim: testing,
    // What the focus models leave alone as not dwelling on her: sentences that test him, and a record of hers the review
    // says it has not sought ("AB's counselling records have not been requested").
    notDwelling: new Set([...testing, ...[...byRole].flatMap(([index, roles]) => (roles.has('declined-request') ? [index] : []))]),
    weighs: new Set(weighingAt),
    deeds,
    scrutiny: new Set(scrutiny),
  }
}

/** A whole sentence of the review reported as a focus warning, with the check's reason and note. */
function sentenceFinding(doc: DocumentIndex, index: number, ruleId: string, reason: string, note: string): Finding {
  const info = doc.sentences[index]!
  return {
    ruleId,
    category: 'focus',
    severity: 'warning',
    start: info.start,
    end: info.end,
    reason,
    actual: doc.text.slice(info.start, info.end),
    expected: [],
    note,
    source: REPORT,
  }
}

/**
 * A sentence of the review that scrutinises her, reported as leaning on her.
 *
 * @param doc The indexed review.
 * @param index The sentence.
 */
export function scrutinyFinding(doc: DocumentIndex, index: number): Finding {
  return sentenceFinding(
    doc,
    index,
    'focus/victim-scrutiny',
    'Balance this scrutiny of the complainant with analysis of the suspect: what he did before, during and after, and what steps he took to know she agreed.',
    "The review weighs the complainant's conduct more than it tests the suspect's. Panels found this imbalance in word-on-word cases.",
  )
}

/** A sentence that names her conduct or credibility as the case's main risk (`namesMainRisk`). */
function mainRiskFinding(doc: DocumentIndex, index: number): Finding {
  return sentenceFinding(
    doc,
    index,
    'focus/her-conduct-as-the-risk',
    'Say what the evidence shows and how the prosecution will meet the point, rather than naming her conduct or credibility as the main risk.',
    "Naming the complainant's conduct or credibility as the case's main risk frames the whole case around whether she is believed. Panels found reviews that did so while the suspect's conduct went unexamined.",
  )
}

/** Verbs that give what a download or record showed. */
const RESULT_VERBS = new Set(['shows', 'showed', 'show', 'reveals', 'revealed', 'contains', 'contained', 'confirms', 'confirmed', 'includes', 'included'])

/**
 * A request for the complainant's phone or records when she is named by her
 * initials ("Obtain AB's GP records"): the pack rule reads "her" and "the
 * complainant's", but only this analysis knows whose initials these are.
 */
function checkRecordRequests(doc: DocumentIndex, byRole: Map<number, Set<string>>, names: Map<string, Person>, hits: readonly PhraseHit[]): Finding[] {
  const findings: Finding[] = []
  const startsOf = (role: string) => new Set(hits.filter((h) => h.role === role).map((h) => h.first))
  const records = startsOf('records')
  const requests = startsOf('record-requests')
  for (const [sentence, roles] of byRole) {
    // A list item needs no verb: "NP's full GP and counselling records" under further enquiries.
    const info0 = doc.sentences[sentence]!
    const listItem = onListItemLine(doc.text, info0.start, info0.end)
    // Without a verb, the item must open on the request itself: "NP's full GP records", "A full download of …".
    const opening = doc.tokens.slice(info0.firstToken, info0.firstToken + 3)
    const opensOnRequest = opening.some((t) => names.get(t.cased) === 'victim' || ['full', 'complete', 'entire', 'all'].includes(t.norm))
    // A request declined ("AB's counselling records are not to be requested") is the opposite of a trawl.
    if (
      !(roles.has('record-requests') || (listItem && opensOnRequest)) ||
      !roles.has('records') ||
      roles.has('countering') ||
      roles.has('targeted') ||
      roles.has('declined-request')
    )
      continue
    const info = doc.sentences[sentence]!
    for (let t = info.firstToken; t < info.endToken - 1; t++) {
      const token = doc.tokens[t]!
      if (names.get(token.cased) !== 'victim' || !/['’]s$/.test(doc.text.slice(token.start, token.end))) continue
      // Her records must follow her name ("AB's phone"), and the request come before it
      // ("download AB's phone"), not after ("on AB's phone …; the police download shows …").
      const near = (set: Set<number>, from: number, to: number) => [...set].some((at) => at >= from && at <= to && doc.tokens[at]!.sentence === sentence)
      if (!near(records, t + 1, t + 4)) continue
      // What her phone showed is evidence, not a request for it ("The download of AB's phone shows …").
      if (doc.tokens.slice(t + 2, t + 5).some((w) => w.sentence === sentence && RESULT_VERBS.has(w.norm))) continue
      // Or, in the passive, after them: "AB's full psychiatric records were obtained", but not "have not been requested".
      const after = doc.tokens.slice(t + 2, t + 8).filter((w) => w.sentence === sentence)
      const passive =
        !after.some((w) => ['not', 'never', 'no'].includes(w.norm)) &&
        after.some((w, i) => ['were', 'was', 'been', 'be'].includes(w.norm) && near(requests, t + 3 + i, t + 4 + i))
      if (!near(requests, t - 8, t - 1) && !passive && !(listItem && opensOnRequest && t - info.firstToken <= 3)) continue
      const start = token.start
      const end = doc.tokens[Math.min(t + 2, info.endToken - 1)]!.end
      // In an action list the whole item is the request: what to take and what to look for in it.
      const itemEnd = listItem ? info.end : end
      findings.push({
        ruleId: 'focus/records-trawl',
        category: 'focus',
        severity: 'warning',
        start,
        end: itemEnd,
        reason: `Rephrase “${doc.text.slice(start, end)}”.`,
        actual: doc.text.slice(start, itemEnd),
        expected: [],
        advice: 'Ask only for material that meets a specific, stated line of enquiry, and say what it is.',
        note: "Requests for a complainant's whole phone or private records without a specific line of enquiry treat her as the one under investigation. CPS guidance asks for reasonable, focused lines of enquiry.",
        source: 'https://www.cps.gov.uk/legal-guidance/disclosure-guidelines-communications-evidence',
      })
      break
    }
  }
  return findings
}

/** `Strengths:` / `Weaknesses:` headings, and victim behaviours listed under weaknesses. */
function checkBinaryFrame(doc: DocumentIndex, items: ReadonlyMap<number, TableCell | undefined>, leansOnHer: boolean): Finding[] {
  const isFrameHeading = (name: string) => BINARY_HEADINGS.has(name) || (leansOnHer && LEANING_HEADINGS.has(name)) || SORTING_HEADING.test(name)
  const findings: Finding[] = []
  const framing = (start: number, end: number): Finding => ({
    ruleId: 'focus/binary-framing',
    category: 'focus',
    severity: 'warning',
    start,
    end,
    reason:
      'Replace the strengths and weaknesses lists with the issues the defence may raise, how the evidence explains each, and what further enquiries could address them.',
    actual: doc.text.slice(start, end),
    expected: [],
    note: "Panels found the strengths and weaknesses frame flattened nuanced issues into a binary. A victim's behaviour often has an explanation the evidence can show.",
    source: REPORT,
  })
  doc.sentences.forEach((info, index) => {
    const raw = doc.text.slice(info.start, info.end)
    // A table whose header row sets "Strengths" beside "Weaknesses": each such cell is a heading.
    if (TABLE_ROW.test(raw)) {
      const cells = [...raw.matchAll(/[^|\n]+/g)]
      // Beside "Strengths" in a header row, "Risks" or "Concerns" is the other side of the frame.
      const paired = cells.some((cell) => isFrameHeading(heading(cell[0].trim())))
      for (const cell of cells) {
        const text = cell[0].trim()
        if (text && (isFrameHeading(heading(text)) || (paired && OTHER_SIDE.test(heading(text))))) {
          const start = info.start + cell.index! + cell[0].indexOf(text)
          findings.push(framing(start, start + text.length))
          continue
        }
        // A row's verdict at the end of its comment ("Inconsistent with fear – weakness", "strength (limited)").
        const verdict = VERDICT_CELL.exec(text)
        const said = verdict?.[1] ?? verdict?.[2]
        if (verdict && said) {
          const start = info.start + cell.index! + cell[0].indexOf(text) + verdict.index + verdict[0].indexOf(said)
          findings.push(framing(start, start + said.length))
        }
      }
    }
    // The decision drawn by setting one list against the other ("On balance the weaknesses outweigh the strengths").
    if (WEIGHED_LISTS.test(raw) || LONGER_COLUMN.test(raw)) {
      const text = raw.trim()
      const start = info.start + raw.indexOf(text)
      findings.push(framing(start, start + text.length))
      return
    }
    // "Strengths: none identified …" starts a list inline; the label alone is the heading.
    const label = pairedLabel(doc, raw, info.start) ?? headingLabel(raw)
    if (isFrameHeading(heading(label))) {
      const end = info.start + raw.indexOf(label) + label.length + (raw.charAt(raw.indexOf(label) + label.length) === ':' ? 1 : 0)
      findings.push(framing(info.start + raw.indexOf(label), end))
      return
    }
    if (items.has(index)) {
      // In a table, the item is its point, not the row with its source and comment.
      const cell = items.get(index)
      const text = cell?.text ?? raw.replace(/^\s*[-*•]\s*/, '')
      const start = info.start + (cell ? cell.offset : raw.length - text.length)
      const end = cell ? start + cell.text.length : info.end
      findings.push({
        ruleId: 'misconception/behaviour-as-weakness',
        category: 'misconception',
        severity: 'warning',
        start,
        end,
        reason: 'Treat this as an issue to address, with the evidence that explains it, rather than a weakness of the complainant.',
        actual: doc.text.slice(start, end),
        expected: [],
        note: 'Delay, freezing, patchy memory, no injury and later contact are common after rape. Listing them as weaknesses repeats the myths the CPS guidance asks prosecutors to counter.',
        source: MYTHS,
      })
    }
  })
  return findings
}

/** A table row's cell that holds its point, and where it starts in the row. */
interface TableCell {
  text: string
  offset: number
}

/**
 * A table row's item: its first cell that says something, past a number or letter that only counts the rows.
 *
 * @param raw The row's text.
 * @returns The cell's text and its offset in the row, or nothing for a rule or a row of numbers.
 */
function tableItem(raw: string): TableCell | undefined {
  for (const cell of raw.matchAll(/[^|\n]+/g)) {
    const text = cell[0].trim()
    if (!text || /^([\d.()]+|[a-z][.)]?|[-:–—\s]+)$/i.test(text)) continue
    return { text, offset: cell.index! + cell[0].indexOf(text) }
  }
  return undefined
}

/** A heading's label: the words of a label that opens a list inline ("Weaknesses: …"), or the whole line. */
function headingLabel(raw: string): string {
  // Shorter labels ("For:", "Cons:") are one side of the frame only beside their other side (`pairedLabel`).
  const label = openingLabel(raw)
  return label !== undefined && label.length >= 5 && label.length <= 40 ? label : raw
}

/** A line that opens on a short label ("For:", "**Cons:**"). */
const SHORT_LABEL = /^[\s#*_-]*([A-Za-z]{3,7})(\*\*|__)?:/

/** The short labels that are one side of the frame only beside their other side: "For:" with "Against:", "Pros:" with "Cons:". */
const PAIRED_LABELS: Record<string, string> = { for: 'against', against: 'for', pros: 'cons', cons: 'pros' }

/**
 * A short label ("For:", "Pros:") that opens a line, when its other side opens a line within the next or last
 * three: on its own, "For:" is as likely to address a memo as to sort the evidence.
 */
function pairedLabel(doc: DocumentIndex, raw: string, at: number): string | undefined {
  const label = SHORT_LABEL.exec(raw)?.[1]
  const other = label && PAIRED_LABELS[label.toLowerCase()]
  if (!label || !other) return undefined
  const [start, end] = lineAt(doc.text, at)
  const before = doc.text
    .slice(Math.max(0, start - 400), start)
    .split('\n')
    .slice(-4)
  const after = doc.text
    .slice(end, end + 800)
    .split('\n')
    .slice(1, 5)
  return [...before, ...after].some((line) => SHORT_LABEL.exec(line)?.[1]?.toLowerCase() === other) ? label : undefined
}

/** A line wholly in bold, as a heading is often written. */
const BOLD_LINE = /^\s*(\*\*|__)[^*_\n]+(\*\*|__)\s*$/

/** Headings whose list sets out what is against the case ("Weaknesses", "Evidential difficulties", "Points against"). */
const AGAINST_HEADING =
  /^(evidential |key |main |the )?(weakness|weaknesses|difficulties|difficulty|negatives|points against|factors against|problems|cons?|points of concern|unhelpful|liabilities|minus points)\b/

/**
 * The items of a Weaknesses list (or its kin) that are victim behaviours or
 * trauma responses: the list weighs them against her whatever their wording.
 *
 * @returns The sentence indexes, each with its point's cell when the item is a table row.
 */
function weaknessItems(doc: DocumentIndex, facts: SentenceFacts[], names: Map<string, Person>): Map<number, TableCell | undefined> {
  const items = new Map<number, TableCell | undefined>()
  let inWeaknesses = false
  doc.sentences.forEach((info, index) => {
    const raw = doc.text.slice(info.start, info.end)
    // A table's header row ("| No. | Point | Source |") heads its columns, not a new section: the rows
    // beneath a "Points against charge" heading are still its items.
    const tableRow = TABLE_ROW.test(raw)
    const isHeading = !tableRow && !/[.!?;]\s*$/.test(raw) && !/^\s*[-*•]/.test(raw) && info.endToken - info.firstToken <= 6
    // A line in bold ("**Conclusion**") is the next section's heading: the list ends there. Only ends: reading
    // every bold line as a heading here, so that "**Weaknesses**" starts a list too, doubled findings the
    // judged-behaviour check already makes under it (on h01–h2600, 25 more false findings for 15 more found).
    if (inWeaknesses && BOLD_LINE.test(raw) && !AGAINST_HEADING.test(heading(raw))) inWeaknesses = false
    const name = heading(headingLabel(raw))
    if (isHeading || name !== heading(raw)) {
      if (AGAINST_HEADING.test(name) && !/\b(his|suspect|defendant|prosecution)\b/.test(name)) {
        inWeaknesses = true
        return
      }
      if (isHeading) inWeaknesses = false
    }
    if (!inWeaknesses) return
    // An item about the suspect ("He has no previous convictions") is not her behaviour; in a table, the item is its point's cell.
    const cell = tableRow ? tableItem(raw) : undefined
    let first = info.firstToken
    if (cell) while (first < info.endToken - 1 && doc.tokens[first]!.start < info.start + cell.offset) first++
    const opener = doc.tokens[first]?.norm ?? ''
    const aboutHim =
      ['he', 'his', 'suspect', 'defendant'].includes(opener) ||
      names.get(doc.tokens[first]?.cased ?? '') === 'suspect' ||
      (opener === 'the' && ['suspect', 'defendant'].includes(doc.tokens[first + 1]?.norm ?? ''))
    // A request for her records under the heading ("Her counselling notes should be obtained") scrutinises
    // her rather than repeating a myth: the focus checks read it.
    const roles = facts[index]!.roles
    const request = roles.has('record-requests') && roles.has('records')
    if (roles.has('weakness-items') && !roles.has('countering') && !aboutHim && !request && !(tableRow && !cell)) items.set(index, cell)
  })
  return items
}
