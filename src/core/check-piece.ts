/**
 * Every check heed makes on one stretch of text: the whole document, or one
 * piece of a long one. `lint` puts the pieces back together.
 */
import { VFile } from 'vfile'
import { checkAcronyms } from './analyses/acronyms.js'
import { todayIso } from './calendar/today.js'
import { checkEquality } from './analyses/equality.js'
import type { FocusBalance } from './analyses/focus-balance.js'
import { checkFocusPrompts } from './analyses/focus-prompts.js'
import { checkJudgedBehaviour, plannedSentences } from './analyses/judged-behaviour.js'
import { DWELLS_ON_HER, WEIGHS_HER_CONDUCT } from './analyses/learned-rules.js'
import { checkPassive } from './analyses/passive.js'
import { checkReasonsList } from './analyses/reasons-list.js'
import { readabilityCounts } from './analyses/summary.js'
import type { ReadabilityCounts } from './analyses/summary.js'
import { detectKind } from './detect-kind.js'
import type { Finding } from './engine/finding.js'
import { dropCovered } from './engine/one-per-problem.js'
import { runRules } from './engine/run-rules.js'
import { builtinRuleSet } from './rules/registry.js'
import { checkStructure } from './structure/check-structure.js'
import type { StructureResult } from './structure/check-structure.js'
import { findPlaceholders } from './structure/placeholders.js'
import { indexDocument } from './text/document.js'
import { parseDocument } from './text/parse.js'
import type { DocumentKind, InputFormat, LetterType } from './model/types.js'

export interface PieceOptions {
  format: InputFormat
  /** Given, or taken from the first piece; detected when absent. */
  kind?: DocumentKind
  /** The letter type given by the caller or front matter. */
  letterType?: LetterType
  /** The letter type the structure check assumes, when an earlier piece found it. */
  structureLetterType?: LetterType
  /** The reading age above which a letter's sentence is reported. */
  readingAge?: number
  /** Today as an ISO date, for the fact base's review-by dates; read only for letters. */
  today: () => string
  /** A file whose value is exactly this text (Markdown conversion reads positions from it). */
  file: VFile
}

export interface PieceResult {
  /** Offsets into the piece. */
  findings: Finding[]
  kind: DocumentKind
  /** How sure the kind detection was; 1 when the kind was given. */
  kindConfidence: number
  structure: StructureResult
  words: number
  readability: ReadabilityCounts
  /** Reviews only. */
  focus?: FocusBalance
}

/**
 * Check one stretch of text.
 *
 * @param text The text, front matter and inline switches already blanked.
 * @param options Format, kind, letter type and reading age.
 * @returns Findings and what the text was taken for.
 */
export async function checkPiece(text: string, options: PieceOptions): Promise<PieceResult> {
  // The readability check, with its formulas' word lists (Dale–Chall, Spache) and syllable counter, about 50 KB,
  // loads with the first check rather than with the module.
  const readability = await import('./analyses/readability.js')
  const tree = await parseDocument(text, options.format, options.file)
  let doc = indexDocument(tree, text)
  const guess = options.kind ? undefined : detectKind(doc)
  const kind = options.kind ?? guess!.kind
  const structure: StructureResult =
    kind === 'letter'
      ? await checkStructure(doc, options.structureLetterType ?? options.letterType)
      : { findings: findPlaceholders(doc.text, true), present: [] }
  // Who is who in a review, read once for the analyses that need it: loaded only for a review.
  // A review of an offence by a woman against a man is read with its pronouns swapped, so that "she" is the complainant.
  const review = kind === 'review' ? (await import('./analyses/people.js')).readReview(doc) : undefined
  if (review) doc = review.doc
  const people = review?.people
  const focusing = people ? await import('./analyses/focus.js') : undefined
  const focus = people && focusing ? focusing.checkFocus(doc, people) : undefined
  const findings: Finding[] = [
    ...structure.findings,
    ...(focus ? [...focus.findings, ...checkFocusPrompts(doc)] : checkAcronyms(doc)),
    ...checkJudgedBehaviour(doc, kind, focus?.leansOnHer ?? false, people, structure.letterType),
    // The packs' patterns speak of her: in a review of an offence against a man they read his pronouns as hers.
    ...runRules(review?.asHers ?? doc, await builtinRuleSet(), { kind, letterType: options.letterType }),
    ...checkPassive(doc, kind),
    ...readability.checkReadability(tree, doc, { kind, readingAge: kind === 'letter' ? options.readingAge : undefined }),
    ...(await checkEquality(tree, doc)),
    // Only letters state facts to check; a review, or a bundle of lint, need not load the fact base first.
    ...(kind === 'letter'
      ? (await import('./analyses/accuracy/index.js')).checkAccuracy(doc, { letterType: structure.letterType, today: options.today() })
      : []),
  ]
  // Sentences that weigh her conduct, or dwell on it, in words no rule holds: read last, so that they add to the other checks.
  const [{ SCRUTINY_BAR, checkLearned, leansThroughout, leaveUnlikely, readAcross }, { WEIGHS_MODEL, DWELLS_MODEL }] = await Promise.all([
    import('./analyses/learned.js'),
    import('./data/models.js'),
  ])
  // The models read a review as the packs do, his pronouns as hers where he is the complainant, and know its names.
  const read = review?.asHers ?? doc
  const names = people?.names
  // A review the models read as weighing her throughout is read with their lower bars.
  const leaning = kind === 'review' && leansThroughout(read, [WEIGHS_MODEL, DWELLS_MODEL], names)
  // Her conduct told as plain chronology, in a review that leans on her, where the models too read it as weighing her throughout.
  if (focus && focusing && leaning) for (const index of focus.deeds) findings.push(focusing.scrutinyFinding(doc, index))
  // A review's sentences are read for it only where the review leans on her: one that tests him tells her side without weighing it.
  if (kind === 'letter' || focus?.leansOnHer) findings.push(...checkLearned(read, kind, findings, WEIGHS_MODEL, WEIGHS_HER_CONDUCT, { names, leaning }))
  // A sentence the focus analysis reads as testing him is not dwelling on her.
  if (kind === 'review') findings.push(...checkLearned(read, kind, findings, DWELLS_MODEL, DWELLS_ON_HER, { leave: focus?.notDwelling, names, leaning }))
  // Where the review's own words weigh her ("a neighbour describes her as headstrong"), the finding stands whatever the models say.
  const kept = leaveUnlikely(read, kind, findings, kind === 'review' ? [WEIGHS_MODEL, DWELLS_MODEL] : [WEIGHS_MODEL], { leave: focus?.weighs, names })
  // Her own conduct listed as a letter's reasons, where no finding that stands has read it so: read after the
  // models' veto, which can leave out another check's finding on the same item.
  if (kind === 'letter') kept.push(...checkReasonsList(doc, kept))
  // A review's sentence reported in one category that the other's model reads as its own too: specialists split these.
  if (kind === 'review') kept.push(...readAcross(read, kept, WEIGHS_MODEL, DWELLS_MODEL, { leave: focus?.notDwelling, planned: plannedSentences(doc), names }))
  // In a review that sets out her conduct more than it tests his, without leaning on her, her conduct where the focus
  // model too reads it as dwelling on her: read last, so that no other reading builds on it.
  if (kind === 'review' && focus && !focus.leansOnHer && focus.balance.victimScrutiny > focus.balance.suspectAnalysis) {
    kept.push(...checkLearned(read, kind, kept, DWELLS_MODEL, DWELLS_ON_HER, { leave: focus.notDwelling, names, only: focus.scrutiny, bar: SCRUTINY_BAR }))
  }
  return {
    findings: dropCovered(kept),
    kind,
    kindConfidence: guess?.confidence ?? 1,
    structure,
    words: doc.tokens.length,
    readability: readabilityCounts(doc, readability.syllables),
    focus: focus?.balance,
  }
}

/** Later pieces of a long document, with what the first piece settled: plain data, so it can cross to a worker thread. */
export interface PieceBatch {
  /** The pieces' texts, in order. */
  texts: string[]
  format: InputFormat
  kind: DocumentKind
  letterType?: LetterType
  structureLetterType?: LetterType
  readingAge?: number
  /** Today as an ISO date; the clock's when absent. */
  today?: string
}

/**
 * Checks the later pieces of a long document. `lint` does it in its own thread unless the caller
 * gives another way (the CLI spreads them over worker threads).
 */
export type PieceChecker = (batch: PieceBatch) => Promise<PieceResult[]>

/**
 * Check pieces one after another.
 *
 * @param batch The pieces and what the first piece settled.
 * @returns One result per piece, in order, with offsets into each piece.
 */
export async function checkPieceBatch(batch: PieceBatch): Promise<PieceResult[]> {
  const results: PieceResult[] = []
  const today = () => batch.today ?? todayIso()
  for (const text of batch.texts) {
    results.push(
      await checkPiece(text, {
        format: batch.format,
        kind: batch.kind,
        letterType: batch.letterType,
        structureLetterType: batch.structureLetterType,
        readingAge: batch.readingAge,
        today,
        file: new VFile({ value: text }),
      }),
    )
  }
  return results
}
