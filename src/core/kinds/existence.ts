/**
 * `existence`: the phrase itself is the problem, whatever surrounds it. Its
 * advice says what to do; drop-in wording is offered only for the matches a
 * rule's `replacements` mapping fits.
 */
import type { RuleKind } from './kind.js'

export const existence: RuleKind = {
  defaultMessage: 'Write {suggestions} instead of “{actual}”.',
  messageWithoutWording: 'Rephrase “{actual}”.',
  accept: () => true,
}
