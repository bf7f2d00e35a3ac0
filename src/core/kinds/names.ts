/**
 * The closed set of rule kinds (as Vale's `extends`): each has one module in this folder.
 */
export const KIND_NAMES = ['existence', 'substitution', 'conditional'] as const
export type KindName = (typeof KIND_NAMES)[number]
