/**
 * `conditional`: a term that is fine when it is explained in plain words right
 * beside it, or, for an acronym, once its long form has been written
 * (DESIGN.md principle 2: "a necessary legal term that is explained in plain
 * words right beside it is fine").
 */
import type { CompiledRule } from '../rules/rule.js'
import type { PhraseHit } from '../match/phrase-matcher.js'
import type { KindContext, RuleKind } from './kind.js'

/** How many words after the term a gloss in the same sentence may start. */
const SAME_SENTENCE_REACH = 10
/** How many words into the next sentence a gloss such as "This means" may start. */
const NEXT_SENTENCE_REACH = 4
/**
 * The most words after a term, to its sentence's end, for a gloss in the next sentence to explain it. Measured
 * on h01–h2600: 40 more unexplained terms found for 3 more false findings.
 */
const NEXT_GLOSS_TAIL = 8
/** The most words a sentence between a term and its gloss may have ("I am so sorry."). */
const SHORT_ASIDE = 6
/** Punctuation straight after a term that introduces a gloss: `NFA (no further action)`, `… test – whether …`. */
const GLOSS_PUNCTUATION = /[(–—:]|^\s*-\s*$/

/**
 * A bracket that only repeats a name explains nothing: an acronym
 * ("Sexual Harm Prevention Order (SHPO)") or the offence a count charges
 * ("count 1 (rape)"). Nor does a bracket, colon or dash that opens with the
 * offence and goes on to its date or place ("Count 1 (rape on 3 May)",
 * "Count 2: sexual assault", "two counts: one of rape and one of sexual
 * assault"): it says what the charge is, not what a count is.
 */
const OFFENCE =
  '(?:attempted )?(?:rape|sexual assault|assault by penetration|sexual activity with a child|causing sexual activity without consent|assault occasioning actual bodily harm|controlling or coercive behaviour|stalking|harassment)s?'
const BARE_ACRONYM = /^\(\s*[A-Z][A-Z0-9&]{1,6}s?\s*\)/
/** A bracket that gives the statute ("2 counts of rape (s.1 SOA)") cites the law; it does not explain it. */
const CITATION = /^\(\s*(?:ss?\.\s?\d|sections? \d|contrary to\b)/i
const OFFENCE_NAMED = new RegExp(`^[(:–—-]\\s*(?:(?:one|two|three|four|both|each|\\d+) (?:of|for) )?${OFFENCE}\\b`, 'i')

function bareBracketAt(rest: string): boolean {
  return BARE_ACRONYM.test(rest) || OFFENCE_NAMED.test(rest) || CITATION.test(rest)
}

/** A rule's glosses and expansions in one document, gathered once rather than for every match. */
interface Prepared {
  /** The shared `gloss` cue hits this was built with. */
  cueGlosses: readonly PhraseHit[] | undefined
  /** First tokens of every gloss (cue or `explained-by`), ascending. */
  glossStarts: number[]
  /** The earliest last token of an `expansion` hit. */
  firstExpansionEnd: number
  /** Each term's words (`termKey`) and where it was first explained in words; read once, on first need. */
  explainedAt?: Map<string, number>
}

/** Words after "this is a" that open a comment on what happened, not a gloss of the term. */
const COMMENT_AFTER_GLOSS = new Set(['matter', 'decision', 'question', 'shame', 'pity'])

/**
 * "That is about the evidence I could use. It is not a judgement about you.":
 * a sentence that opens "That is" and goes straight on comments on what came
 * before; only "That is, …" or "That is: …" opens a gloss.
 */
function commentOpening(gloss: PhraseHit, context: KindContext): boolean {
  const { tokens, sentences } = context.doc
  const first = tokens[gloss.first]
  if (!first || gloss.last !== gloss.first + 1 || first.norm !== 'that' || tokens[gloss.last]?.norm !== 'is') return false
  if (sentences[first.sentence]?.firstToken !== gloss.first) return false
  return !/[,:–—-]/.test(tokens[gloss.last + 1]?.punctBefore ?? '')
}

/** How many words after a gloss cue ("this is a") another rule's term may start and void it. */
const GLOSS_TERM_REACH = 2

const NO_HITS: readonly PhraseHit[] = []
const plainCache = new WeakMap<readonly PhraseHit[], readonly PhraseHit[]>()

/**
 * The gloss cues that lead into plain words. "This is a floating fixture"
 * explains nothing: what follows the cue is itself a flagged term.
 */
function plainGlosses(cueGlosses: readonly PhraseHit[] | undefined, context: KindContext): readonly PhraseHit[] {
  if (!cueGlosses || cueGlosses.length === 0) return NO_HITS
  const cached = plainCache.get(cueGlosses)
  if (cached) return cached
  const termStarts = new Set<number>()
  for (const hits of context.hitsByRule.values()) {
    for (const hit of hits) if (hit.role === 'pattern') termStarts.add(hit.first)
  }
  // "… is called a section 28 hearing": naming a term after an explanation keeps the explanation.
  const naming = context.cues.get('naming') ?? NO_HITS
  const plain = cueGlosses.filter((gloss) => {
    if (naming.some((name) => name.first <= gloss.last && name.last >= gloss.first)) return true
    // "This is a matter for the court", "this is a decision for the judge": a comment on the term, not what it means.
    if (COMMENT_AFTER_GLOSS.has(context.doc.tokens[gloss.last + 1]?.norm ?? '')) return false
    if (commentOpening(gloss, context)) return false
    for (let i = 1; i <= GLOSS_TERM_REACH; i++) if (termStarts.has(gloss.last + i)) return false
    return true
  })
  plainCache.set(cueGlosses, plain)
  return plain
}

/** Per document (each lint has its own hit lists), per rule. */
const prepared = new WeakMap<readonly PhraseHit[], Prepared>()

function prepare(context: KindContext): Prepared {
  const own = context.hitsByRule.get(context.ruleIndex) ?? NO_HITS
  const cueGlosses = context.cues.get('gloss')
  let ready = own === NO_HITS ? undefined : prepared.get(own)
  if (ready && ready.cueGlosses === cueGlosses) return ready
  const glossStarts = plainGlosses(cueGlosses, context).map((gloss) => gloss.first)
  let firstExpansionEnd = Infinity
  for (const hit of own) {
    if (hit.role === 'explained-by') glossStarts.push(hit.first)
    else if (hit.role === 'expansion') firstExpansionEnd = Math.min(firstExpansionEnd, hit.last)
  }
  glossStarts.sort((a, b) => a - b)
  ready = { cueGlosses, glossStarts, firstExpansionEnd }
  if (own !== NO_HITS) prepared.set(own, ready)
  return ready
}

/** Whether a gloss starts at a token from `from` to `to` (inclusive) that lies in `sentence`. */
function glossBetween(starts: readonly number[], from: number, to: number, sentence: number, context: KindContext): boolean {
  let low = 0
  let high = starts.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (starts[mid]! < from) low = mid + 1
    else high = mid
  }
  const { tokens } = context.doc
  for (let i = low; i < starts.length && starts[i]! <= to; i++) {
    if (tokens[starts[i]!]!.sentence === sentence) return true
  }
  return false
}

/** How many words may stand between a naming phrase ("the legal name for this is") and the term. */
const NAMING_REACH = 2

function explainedBeside(hit: PhraseHit, glossStarts: readonly number[], context: KindContext, byPunctuation = true): boolean {
  const { tokens, sentences } = context.doc
  const term = tokens[hit.last]!
  // "He must not contact you. The legal name for this is a non-molestation order."
  const named = context.cues
    .get('naming')
    ?.some((cue) => cue.last < hit.first && hit.first - cue.last <= NAMING_REACH + 1 && tokens[cue.last]!.sentence === tokens[hit.first]!.sentence)
  if (named) return true
  const after = tokens[hit.last + 1]
  const bareBracket = bareBracketAt(context.doc.text.slice(term.end).trimStart())
  if (byPunctuation && after && after.sentence === term.sentence && GLOSS_PUNCTUATION.test(after.punctBefore) && !bareBracket) return true
  // A gloss in the same sentence, starting within reach after the term …
  if (glossBetween(glossStarts, hit.last + 1, hit.last + SAME_SENTENCE_REACH, term.sentence, context)) return true
  // … or among the first words of the next sentence, or of the one after a short
  // aside ("… has been vacated. I am so sorry. This means …"); after a longer
  // sentence the gloss is about that sentence, not the term.
  // A gloss in the next sentence explains what ends this one: in "the trial, listed in the warned list for the
  // week of 11 January, has been vacated by the court. This means …", not the terms far back in it.
  if (sentences[term.sentence]!.endToken - 1 - hit.last > NEXT_GLOSS_TAIL) return false
  for (const offset of [1, 2]) {
    const next = sentences[term.sentence + offset]
    if (next === undefined || next.paragraph !== sentences[term.sentence]!.paragraph) break
    if (glossBetween(glossStarts, next.firstToken, next.firstToken + NEXT_SENTENCE_REACH - 1, term.sentence + offset, context)) return true
    if (next.endToken - next.firstToken > SHORT_ASIDE) break
  }
  return false
}

/** The term's words as stems, so that "on licence" and "On licence" are the same term. */
function termKey(hit: PhraseHit, context: KindContext): string {
  const words: string[] = []
  for (let i = hit.first; i <= hit.last; i++) words.push(context.doc.tokens[i]!.stem)
  return words.join(' ')
}

/**
 * Whether the same words, matched earlier by this rule, were explained in words
 * where they first stood: a reader who was told once what "on licence" means
 * does not need it again three paragraphs on. Only an explanation in words
 * counts here; a dash or colon after a heading ("Notice of Discontinuance –
 * Section 23") is too weak a sign to carry through the letter. The rule's
 * explained terms are read once per document, not again for every match.
 */
function explainedEarlier(hit: PhraseHit, ready: Prepared, context: KindContext): boolean {
  if (!ready.explainedAt) {
    ready.explainedAt = new Map()
    for (const earlier of context.hitsByRule.get(context.ruleIndex) ?? NO_HITS) {
      if (earlier.role !== 'pattern') continue
      const key = termKey(earlier, context)
      if (!ready.explainedAt.has(key) && explainedBeside(earlier, ready.glossStarts, context, false)) ready.explainedAt.set(key, earlier.first)
    }
  }
  return (ready.explainedAt.get(termKey(hit, context)) ?? Infinity) < hit.first
}

export const conditional: RuleKind = {
  defaultMessage: 'Explain “{actual}” in plain words beside it, or write {suggestions}.',
  messageWithoutWording: 'Explain “{actual}” in plain words beside it.',
  accept(rule: CompiledRule, hit: PhraseHit, context: KindContext): boolean {
    const ready = prepare(context)
    if (rule.expansion && ready.firstExpansionEnd < hit.first) return false
    return !explainedBeside(hit, ready.glossStarts, context) && !explainedEarlier(hit, ready, context)
  },
}
