/**
 * `substitution`: a word or phrase with plainer equivalents that can replace it
 * as they stand (the editor offers each as a one-click fix).
 */
import type { RuleKind } from './kind.js'

export const substitution: RuleKind = {
  defaultMessage: 'Write {suggestions} instead of “{actual}”.',
  messageWithoutWording: 'Rephrase “{actual}”.',
  accept: () => true,
}
