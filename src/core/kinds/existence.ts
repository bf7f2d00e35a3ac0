/**
 * `existence`: the phrase itself is the problem, whatever surrounds it; the
 * suggestions are advice on what to write instead, not drop-in replacements.
 */
import type { RuleKind } from './kind.js'

export const existence: RuleKind = {
  defaultMessage: 'Rephrase “{actual}”: {expected}.',
  accept: () => true,
}
