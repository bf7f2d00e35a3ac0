/**
 * Before a verdict, a letter must not write as if the person charged is
 * guilty: a prosecutor's letter can be disclosed to the defence, and wording
 * such as "it confirms what he did to you" can put the trial at risk. The
 * templates never do this; a writer's own words can. This check reads the
 * free-text fields of letters written while a trial may still happen and
 * warns at the field, naming it, with the words to change.
 */
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { HeedMessageFields, LetterType } from '../model/types.js'
import type { FieldValue } from './fields.js'
import type { FieldSpec } from './spec.js'

/** What a warning names: the field, and the words in it that assert guilt. */
export interface GuiltWarning {
  field: string
  words: string
}

export const ASSERTS_GUILT_RULE = 'accuracy/asserts-guilt-before-trial'

/** Letters written while a trial may still happen. */
function beforeVerdict(type: LetterType, values: ReadonlyMap<string, FieldValue>): boolean {
  if (type === 'charge' || type === 'alteration' || type === 'delay' || type === 'pre-trial-meeting') return true
  // A jury that could not agree leaves a new trial possible.
  return type === 'acquittal' && values.get('hung_jury') === true && values.get('retrial') !== 'not-seeking'
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Phrases that state as fact what only a verdict can decide; `WHO` is the person charged. */
function patterns(suspect: string | undefined): RegExp[] {
  const who = `(?:he|she|they|him|her|them${suspect ? `|${escape(suspect)}` : ''})`
  return [
    new RegExp(`\\bwhat ${who} did(?: to (?:you|her|him|them))?`, 'i'),
    new RegExp(`\\b${who} (?:raped|assaulted|sexually assaulted|attacked|abused|hurt) (?:you|her|him|them)\\b`, 'i'),
    new RegExp(
      `\\b(?:proves?|proved|confirms?|confirmed|shows?|showed) (?:that )?${who} (?:did|raped|assaulted|attacked|abused|is guilty|was guilty|committed)\\b`,
      'i',
    ),
    // "If the jury decides that he is guilty" is about a verdict to come, not a statement of guilt.
    new RegExp(`(?<!\\b(?:that|whether|if|decides?|finds?) )\\b${who} (?:is|was) guilty\\b`, 'i'),
    new RegExp(`\\b${who} (?:committed|did) (?:it|this|the crime|the offence|the assault|the rape)\\b`, 'i'),
    /\byour (?:attacker|rapist|abuser)\b/i,
    /\bthe (?:offender|perpetrator|rapist|attacker|abuser)\b/i,
    /\b(?:his|her|their) (?:guilt|crimes?|offences?)\b/i,
  ]
}

/**
 * Find words in the writer's own text that assert guilt before a verdict.
 *
 * @param type The letter type.
 * @param specs Its fields.
 * @param values The checked values.
 * @returns One warning per field and phrase; empty when none, or when a verdict has been given.
 */
export function findGuiltAssertions(type: LetterType, specs: readonly FieldSpec[], values: ReadonlyMap<string, FieldValue>): GuiltWarning[] {
  if (!beforeVerdict(type, values)) return []
  const suspect = values.get('suspect_name')
  const checks = patterns(typeof suspect === 'string' ? suspect : undefined)
  const warnings: GuiltWarning[] = []
  for (const spec of specs) {
    // Free text, and the victim's words for what happened, are where a writer's own framing goes.
    if (spec.type !== 'text' && spec.name !== 'what_happened') continue
    const value = values.get(spec.name)
    if (typeof value !== 'string') continue
    for (const check of checks) {
      const match = check.exec(value)
      if (match) warnings.push({ field: spec.name, words: match[0] })
    }
  }
  return warnings
}

/**
 * Add each warning to the draft's lint result, at the words in the letter.
 *
 * @param file The lint result of the drafted letter.
 * @param warnings From findGuiltAssertions.
 */
export function reportGuiltAssertions(file: VFile, warnings: readonly GuiltWarning[]): void {
  const text = String(file.value)
  const place = location(file)
  for (const warning of warnings) {
    const start = text.toLowerCase().indexOf(warning.words.toLowerCase())
    const startPoint = place.toPoint(Math.max(0, start))
    const endPoint = place.toPoint(Math.max(0, start) + (start < 0 ? 0 : warning.words.length))
    if (!startPoint || !endPoint) continue
    const message = file.message(`Before a verdict, describe what is alleged, not what happened as fact: the field ${warning.field} says “${warning.words}”.`, {
      place: { start: startPoint, end: endPoint },
      ruleId: ASSERTS_GUILT_RULE,
      source: 'heed',
    })
    const fields: Omit<HeedMessageFields, 'ruleId' | 'source'> = {
      category: 'accuracy',
      severity: 'warning',
      actual: warning.words,
      expected: [],
      advice: `Rewrite ${warning.field} so that it says what the person is accused of, or what the evidence can show, not what they did.`,
      scope: 'phrase',
      note: 'Until a court decides, the person charged is presumed innocent. A letter that states their guilt can be disclosed to the defence and put the trial at risk.',
      // Documented with the templates (docs/templates.md), since it checks a writer's fields rather than a letter.
      url: 'https://github.com/heed-org/heed/blob/main/docs/templates.md#asserts-guilt-before-trial',
    }
    Object.assign(message, fields, { fatal: false })
  }
}
