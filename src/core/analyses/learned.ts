/**
 * Sentences that weigh the complainant's conduct against her, or dwell on it,
 * in words no rule holds: "She cooked him breakfast and went to her shift", set
 * out in a review's chronology, or "the amount you had to drink that evening" in
 * a letter's reasons. Specialists flag such a sentence by what it chooses to
 * tell and how, not by any one phrase, so a phrase list misses most new wordings.
 *
 * A small logistic model scores each sentence by its words and pairs of words,
 * with the document kind. Its weights are learned from the annotated held-out
 * letters and reviews by `scripts/train-sentence-model.ts` and kept as data in
 * `src/core/data/generated/`. Only a sentence the model is very sure of is
 * reported, and never one that a finding of the same category already covers,
 * so a model adds to the rules rather than competing with them.
 *
 * The models also judge the other way: a finding of a check that infers
 * weighing from one behaviour word is left out where every model reads its
 * sentence as plainly not weighing her (`leaveUnlikely`).
 */
import type { Finding } from '../engine/finding.js'
import type { DocumentKind } from '../model/types.js'
import type { DocumentIndex, SentenceInfo, Token } from '../text/document.js'
import { firstTokenFrom } from '../text/document.js'
import { sectionHeading } from '../text/heading-text.js'
import type { Person } from './people.js'
import { DWELLS_ON_HER, WEIGHS_HER_CONDUCT } from './learned-rules.js'
import type { LearnedRule } from './learned-rules.js'
import { cuesOf, readVoices } from '../engine/voice.js'
import { sharedScanner } from '../match/phrase-matcher.js'

const NO_NAMES: ReadonlyMap<string, Person> = new Map()

/**
 * A token as the model reads it: a review's name for the complainant as "she" and for the suspect as "he",
 * so that what one review says of "EF" teaches the model about every complainant; digits as 0.
 */
function wordOf(token: Token, names: ReadonlyMap<string, Person>): string {
  const person = names.get(token.cased)
  if (person) return person === 'victim' ? 'she' : 'he'
  return /\d/.test(token.norm) ? token.norm.replace(/\d/g, '0') : token.norm
}

/** Whether the models read a sentence at all: three words or more, so not a heading's label or a stray line. */
export const modelled = (info: SentenceInfo): boolean => info.endToken - info.firstToken >= 3

/** A learned model: a bias, a weight per feature, and the probability above which a sentence is reported. */
export interface SentenceModel {
  bias: number
  threshold: number
  /** The probability above which a sentence is reported in a review the models read as weighing her throughout. */
  leaningThreshold: number
  weights: Readonly<Record<string, number>>
}

/**
 * The features of one sentence: its kind, each word and each pair of neighbouring words, all
 * prefixed with the document kind (a letter and a review weigh in different words), and the words
 * of the heading of its section ("h:weaknesses"), or "h:none" before the first. A specialist reads
 * "She went back to the flat the next evening" under "Weaknesses" or "Her conduct afterwards" as
 * weighed against her, and the same words under "Chronology" as the story. Measured with models
 * that had not seen the documents: on h4161–h4640, 17 more annotations found and 14 fewer false
 * findings; on h4641–h5120, 4 more found and 9 fewer false; on h5121–h5180, 5 fewer false.
 *
 * @param doc The indexed document.
 * @param sentence The sentence's index.
 * @param kind Letter or review.
 * @returns Distinct feature names.
 */
export function sentenceFeatures(doc: DocumentIndex, sentence: number, kind: DocumentKind, names: ReadonlyMap<string, Person> = NO_NAMES): string[] {
  const info = doc.sentences[sentence]!
  const words: string[] = []
  for (let t = info.firstToken; t < info.endToken; t++) words.push(wordOf(doc.tokens[t]!, names))
  const features = new Set<string>([`kind:${kind}`])
  words.forEach((word, i) => {
    features.add(`${kind}:${word}`)
    if (i > 0) features.add(`${kind}:${words[i - 1]}_${word}`)
  })
  const heading = sectionHeading(doc, sentence)
  if (heading === undefined) features.add(`${kind}:h:none`)
  else {
    const { firstToken, endToken } = doc.sentences[heading]!
    for (let t = firstToken; t < endToken; t++) features.add(`${kind}:h:${wordOf(doc.tokens[t]!, names)}`)
  }
  return [...features]
}

/** Each document's sentence features, read once for all the models and the veto that run on it. */
const featureCache = new WeakMap<DocumentIndex, Map<number, string[]>>()

/**
 * A sentence's features, remembered for the document: the check reads each document as one kind with one set of names.
 */
function featuresOf(doc: DocumentIndex, sentence: number, kind: DocumentKind, names: ReadonlyMap<string, Person>): string[] {
  let known = featureCache.get(doc)
  if (!known) featureCache.set(doc, (known = new Map()))
  let features = known.get(sentence)
  if (!features) known.set(sentence, (features = sentenceFeatures(doc, sentence, kind, names)))
  return features
}

/**
 * The model's probability that a specialist would flag a sentence with these features in the model's category.
 *
 * @param model The learned model.
 * @param features The sentence's features.
 * @returns A probability between 0 and 1.
 */
export function sentenceScore(model: SentenceModel, features: readonly string[]): number {
  let z = model.bias
  for (const feature of features) z += model.weights[feature] ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** A word, or a pair of words, that weighs this much counts as the model's evidence. */
const EVIDENCE = 0.5

/**
 * The words that led the model to report a sentence: from the first word (or pair) that weighs
 * strongly towards it to the last. Shown as the finding's span, they tell the reader what to look at.
 *
 * @param doc The indexed document.
 * @param sentence The sentence reported.
 * @param kind Letter or review.
 * @param model The model that reported it.
 * @returns Start and end offsets; the whole sentence when no single word weighs enough.
 */
function evidence(doc: DocumentIndex, sentence: number, kind: DocumentKind, model: SentenceModel, names: ReadonlyMap<string, Person>): [number, number] {
  const info = doc.sentences[sentence]!
  let first = -1
  let last = -1
  for (let t = info.firstToken; t < info.endToken; t++) {
    const word = wordOf(doc.tokens[t]!, names)
    const pair = t > info.firstToken ? `${kind}:${wordOf(doc.tokens[t - 1]!, names)}_${word}` : ''
    const single = (model.weights[`${kind}:${word}`] ?? 0) >= EVIDENCE
    const paired = pair !== '' && (model.weights[pair] ?? 0) >= EVIDENCE
    if (!single && !paired) continue
    if (first < 0) first = paired ? t - 1 : t
    last = t
  }
  return first < 0 ? [info.start, info.end] : [doc.tokens[first]!.start, doc.tokens[last]!.end]
}

/**
 * The sentences in someone else's voice, as the misconception rules leave them: quoted, reported
 * ("He says she was keen"), or in a review's paragraph that names a myth to answer it.
 *
 * @param doc The indexed document.
 * @param kind Letter or review: only a review answers a point in its own paragraph.
 * @returns Their indexes.
 */
function silenced(doc: DocumentIndex, kind: DocumentKind): Set<number> {
  const hits = sharedScanner('judged').scan(doc.tokens)
  const voices = readVoices(doc, cuesOf(hits), kind)
  const answering = new Set(hits.filter((hit) => hit.role === 'answering').map((hit) => doc.tokens[hit.first]!.sentence))
  const answered = new Set([...voices.countering, ...answering].map((s) => doc.sentences[s]!.paragraph))
  const out = new Set<number>()
  doc.sentences.forEach((info, index) => {
    const quoted = doc.tokens.slice(info.firstToken, info.endToken).filter((t) => t.quoted).length * 2 > info.endToken - info.firstToken
    if (quoted || voices.reported.has(index) || (kind === 'review' && answered.has(info.paragraph))) out.add(index)
  })
  return out
}

/** How a model reads a document. */
export interface ReadOptions {
  /** Sentences another check has read as something else, to leave alone: in a review, those that test him. */
  leave?: ReadonlySet<number>
  /** A review's names for the complainant and the suspect (`namesIn`), read as "she" and "he". */
  names?: ReadonlyMap<string, Person>
  /** A review the models read as weighing her throughout (`leansThroughout`): the model's lower bar applies. */
  leaning?: boolean
  /** Read only these sentences. */
  only?: ReadonlySet<number>
  /** The probability above which a sentence is reported, in place of the model's own bars. */
  bar?: number
  /**
   * The sentences (`only`) are those of another check's findings, and the finding goes beside them: that check has
   * read whose voice each is in, and the model must point at words of its own, or its finding would be the other's twin.
   */
  beside?: boolean
}

/**
 * In a review that sets out her conduct in more sentences than it tests his, but does not lean on her, a
 * sentence the focus analysis counts as scrutiny of her conduct is reported where the focus model gives it
 * better than even odds: two readings agree that it tells her conduct as a specialist would flag it.
 * Measured with models that had not seen the documents: on h3441–h3680, 5 more annotations found for 1
 * more false finding; on h3681–h3800, 4 more found for none. In every review that does not lean on her,
 * whatever its balance, the same bar found 14 more for 5 more false. The bar sits a little above even
 * odds, so that a sentence the model barely leans on ("She stayed with LH that night", after she had
 * told LH) does not come and go as the models are retrained: on h4161–h5120, 0.55 in place of 0.5 found
 * one fewer and gave two fewer false findings.
 */
export const SCRUTINY_BAR = 0.55

/**
 * Report the sentences a model is sure of, where no finding of the same category has said so.
 *
 * @param doc The indexed document.
 * @param kind Letter or review.
 * @param others The findings of the other checks: a sentence with a finding of the rule's category is left to it.
 * @param model The learned model.
 * @param rule What to report.
 * @param options Sentences to leave alone, and the review's names.
 * @returns One finding per sentence reported.
 */
export function checkLearned(
  doc: DocumentIndex,
  kind: DocumentKind,
  others: readonly Finding[],
  model: SentenceModel,
  rule: LearnedRule,
  { leave = new Set(), names = NO_NAMES, leaning = false, only, bar, beside = false }: ReadOptions = {},
): Finding[] {
  const findings: Finding[] = []
  const threshold = bar ?? (leaning ? model.leaningThreshold : model.threshold)
  // Whose voice each sentence is in is read only once a sentence scores high enough, which few do.
  let silent: Set<number> | undefined
  doc.sentences.forEach((info, sentence) => {
    if ((only && !only.has(sentence)) || !modelled(info) || leave.has(sentence) || sentenceScore(model, featuresOf(doc, sentence, kind, names)) < threshold)
      return
    if (!beside) {
      silent ??= silenced(doc, kind)
      if (silent.has(sentence)) return
    }
    if (others.some((f) => f.severity !== 'info' && f.category === rule.category && f.start < info.end && info.start < f.end)) return
    const [start, end] = evidence(doc, sentence, kind, model, names)
    if (beside && start === info.start && end === info.end) return
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: 'warning',
      start,
      end,
      reason: rule.reason,
      actual: doc.text.slice(start, end),
      expected: [],
      note: rule.note,
      source: rule.source,
    })
  })
  return findings
}

/** The whole-sentence check, read from the review's balance of sentences about her and about him. */
const SCRUTINY = 'focus/victim-scrutiny'

/**
 * The checks that infer from a behaviour word ("told no one", "drank") that a sentence weighs her
 * conduct, each with the probability below which every model must put a sentence for its finding
 * there to be left out. Measured on nine blind batches (h1521–h1700) with models trained only on
 * the documents before them, all false findings fell from 176 to 125 and recall from 1,298 to 1,293
 * of 1,611 annotations. The whole-sentence check is held to a higher bar, since it reads the sentence
 * from the review's balance, not from its words; but where a phrase check's finding stays in the
 * sentence ("only rang her sister weeks later"), the two checks agree and the scrutiny stays too.
 */
const UNLIKELY = new Map([
  ['misconception/judged-behaviour', 0.1],
  [SCRUTINY, 0.2],
])

/**
 * A review's scrutiny of her stands only where the models give at least this share of its sentences
 * better than even odds of being flagged. A strong or neutral review tells her side in plain
 * chronology, and the count of sentences about her and about him can take that for scrutiny; the
 * models, reading the sentences themselves, see a review that barely weighs her. Measured on twelve
 * blind batches (h1521–h1760) with models that had not seen them: 18 fewer false findings, none found lost.
 */
const SCRUTINY_SHARE = 0.12

/**
 * Leave out the inferring checks' findings in sentences every model reads as plainly not weighing
 * her: neutral chronology ("AB was married to MORRIS from 2009"), a plan to test him, support
 * offered to her. The models have read how specialists mark whole sentences, and judge that better
 * than a behaviour word does. In a review the models read as barely weighing her at all, every
 * victim-scrutiny finding is left out.
 *
 * @param doc The indexed document, as the models read it.
 * @param kind Letter or review.
 * @param findings All findings so far.
 * @param models The models for this kind of document.
 * @param options Sentences to leave alone, whose findings stand whatever the models say (a review's own weighing of her), and a review's names.
 * @returns The findings, less those the models make unlikely.
 */
export function leaveUnlikely(
  doc: DocumentIndex,
  kind: DocumentKind,
  findings: readonly Finding[],
  models: readonly SentenceModel[],
  { leave = new Set(), names = NO_NAMES }: ReadOptions = {},
): Finding[] {
  const scoreOf = bestScores(doc, kind, models, names)
  const sentenceOf = (finding: Finding) => doc.tokens[firstTokenFrom(doc, finding.start)]?.sentence
  const likely = (finding: Finding, below: number) => {
    const sentence = sentenceOf(finding)
    return sentence === undefined || leave.has(sentence) || scoreOf(sentence) >= below
  }
  // The phrase checks go first; a whole sentence read as scrutiny stays where one of their findings stays.
  const kept = findings.filter((finding) => finding.ruleId === SCRUTINY || likely(finding, UNLIKELY.get(finding.ruleId) ?? 0))
  const backed = new Set(kept.filter((f) => f.ruleId !== SCRUTINY && f.severity !== 'info' && f.category === 'misconception').map(sentenceOf))
  const scrutinises = kind !== 'review' || !kept.some((f) => f.ruleId === SCRUTINY) || likelyShare(doc, scoreOf) >= SCRUTINY_SHARE
  return kept.filter((finding) => finding.ruleId !== SCRUTINY || (scrutinises && (backed.has(sentenceOf(finding)) || likely(finding, UNLIKELY.get(SCRUTINY)!))))
}

/**
 * A review leans on her throughout where the models give at least this share of its sentences better
 * than even odds of being flagged. Reviews written to weigh her score 0.27 to 0.64 on blind batches;
 * mixed ones mostly 0.06 to 0.3, and those that test him under 0.12. In such a review a specialist flags
 * her conduct told in plain chronology ("She stayed in the van for about two hours afterwards"), which
 * the models score lower than a sentence that weighs it in words. With models that had not seen them,
 * the models' lower bars there found 63 more annotations for 8 more false findings on 780 blind
 * documents (h1761–h2120 and h2121–h2540).
 */
const LEANING_SHARE = 0.3

/**
 * Whether the models read a review as weighing her throughout (`LEANING_SHARE`).
 *
 * @param doc The indexed document, as the models read it.
 * @param models The review's models.
 * @param names The review's names for the complainant and the suspect.
 * @returns True where the models' lower bars apply.
 */
export function leansThroughout(doc: DocumentIndex, models: readonly SentenceModel[], names: ReadonlyMap<string, Person> = NO_NAMES): boolean {
  return likelyShare(doc, bestScores(doc, 'review', models, names)) >= LEANING_SHARE
}

/**
 * The highest score any of the models gives each sentence, each worked out once, on first need.
 *
 * @returns A function from a sentence's index to its score.
 */
function bestScores(
  doc: DocumentIndex,
  kind: DocumentKind,
  models: readonly SentenceModel[],
  names: ReadonlyMap<string, Person>,
): (sentence: number) => number {
  const scores = new Map<number, number>()
  return (sentence) => {
    let score = scores.get(sentence)
    if (score === undefined) {
      const features = featuresOf(doc, sentence, kind, names)
      score = Math.max(...models.map((model) => sentenceScore(model, features)))
      scores.set(sentence, score)
    }
    return score
  }
}

/**
 * The share of a document's sentences (of three words or more) that a model gives better than even odds
 * of being flagged.
 */
function likelyShare(doc: DocumentIndex, scoreOf: (sentence: number) => number): number {
  let likely = 0
  let all = 0
  doc.sentences.forEach((info, sentence) => {
    if (!modelled(info)) return
    all++
    if (scoreOf(sentence) > 0.5) likely++
  })
  return all === 0 ? 0 : likely / all
}

/**
 * The bars for reading a review's sentence across. Measured with models that had not seen the documents:
 * on h3441–h3680 (models trained on h01–h3440) 23 more annotations found for 7 more false findings
 * (recall 83.3% to 84.6%, precision 92.1% to 92.0%); on h3681–h3800 (models trained on h01–h3680) 12 more
 * found for 1 more false (recall 78.4% to 79.9%, precision 91.5% to 91.6%). Lower bars found a few more
 * for many more false findings.
 */
const AS_WEIGHING = 0.35
const AS_DWELLING = 0.5
/** A sentence read across has at least this many words: a heading's few words frame what follows. */
const ACROSS_MIN_WORDS = 5

/**
 * A review's sentences read across: scrutiny of her that the misconception model reads as weighing her,
 * and a misconception finding's sentence that the focus model reads as dwelling on her. Specialists split
 * such sentences between the two categories ("She ate meals in the galley with him present on each of the
 * remaining four days" is scrutiny of her to one, the myth of how a victim behaves afterwards to another),
 * so one finding tells only half of what they see. The sentence gets the other rule's finding too where
 * that rule's model scores it at least its bar, points at words of its own, and no finding of that
 * category covers it. Whose voice the sentence is in was read by the check that reported it.
 *
 * @param doc The indexed review, as the models read it.
 * @param findings The findings that stand.
 * @param weighs The misconception model.
 * @param dwells The focus model.
 * @param options Sentences that test him, which do not dwell on her; sentences the review plans to answer, which
 * do not weigh her; the review's names.
 * @returns The findings of the other category.
 */
export function readAcross(
  doc: DocumentIndex,
  findings: readonly Finding[],
  weighs: SentenceModel,
  dwells: SentenceModel,
  { leave, planned, names }: ReadOptions & { planned?: ReadonlySet<number> } = {},
): Finding[] {
  // The sentences of the findings of one kind, long enough to be more than a heading ("Credibility and reliability").
  const sentencesOf = (of: (f: Finding) => boolean) =>
    new Set(
      findings.flatMap((f) => {
        const sentence = f.severity !== 'info' && of(f) ? doc.tokens[firstTokenFrom(doc, f.start)]?.sentence : undefined
        const info = sentence === undefined ? undefined : doc.sentences[sentence]
        return info && info.endToken - info.firstToken >= ACROSS_MIN_WORDS ? [sentence!] : []
      }),
    )
  const scrutiny = sentencesOf((f) => f.ruleId === SCRUTINY || f.ruleId === DWELLS_ON_HER.id)
  const weighed = sentencesOf((f) => f.category === 'misconception')
  return [
    ...checkLearned(doc, 'review', findings, weighs, WEIGHS_HER_CONDUCT, { leave: planned, names, only: scrutiny, bar: AS_WEIGHING, beside: true }),
    ...checkLearned(doc, 'review', findings, dwells, DWELLS_ON_HER, { leave, names, only: weighed, bar: AS_DWELLING, beside: true }),
  ]
}
