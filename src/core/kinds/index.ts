/**
 * The registry of rule kinds: the engine looks a rule's `kind` up here.
 */
import { conditional } from './conditional.js'
import { existence } from './existence.js'
import type { RuleKind } from './kind.js'
import type { KindName } from './names.js'
import { substitution } from './substitution.js'

export const KINDS: Record<KindName, RuleKind> = { existence, substitution, conditional }
