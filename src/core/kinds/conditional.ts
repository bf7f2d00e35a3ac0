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
/** Punctuation straight after a term that introduces a gloss: `NFA (no further action)`, `… test – whether …`. */
const GLOSS_PUNCTUATION = /[(–—:]|^\s*-\s*$/

function explainedBeside(hit: PhraseHit, glosses: readonly PhraseHit[], context: KindContext): boolean {
  const { tokens, sentences } = context.doc
  const term = tokens[hit.last]!
  const after = tokens[hit.last + 1]
  if (after && after.sentence === term.sentence && GLOSS_PUNCTUATION.test(after.punctBefore)) return true
  const nextSentence = sentences[term.sentence + 1]
  return glosses.some((gloss) => {
    const cue = tokens[gloss.first]!
    if (cue.sentence === term.sentence) return gloss.first > hit.last && gloss.first - hit.last <= SAME_SENTENCE_REACH
    return nextSentence !== undefined && cue.sentence === term.sentence + 1 &&
      gloss.first - nextSentence.firstToken < NEXT_SENTENCE_REACH
  })
}

function expandedEarlier(hit: PhraseHit, expansions: readonly PhraseHit[]): boolean {
  return expansions.some((expansion) => expansion.last < hit.first)
}

export const conditional: RuleKind = {
  defaultMessage: 'Explain “{actual}” in plain words beside it, or write {suggestions}.',
  accept(rule: CompiledRule, hit: PhraseHit, context: KindContext): boolean {
    const own = context.hitsByRule.get(context.ruleIndex) ?? []
    if (rule.expansion && expandedEarlier(hit, own.filter((h) => h.role === 'expansion'))) return false
    const glosses = (context.cues.get('gloss') ?? []).concat(own.filter((h) => h.role === 'explained-by'))
    return !explainedBeside(hit, glosses, context)
  },
}
