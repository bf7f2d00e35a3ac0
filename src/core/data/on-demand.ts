/**
 * The compiled data that a check loads only when it needs it: the paragraphs
 * offered for a missing part of a letter, the facts that the accuracy
 * analysis checks a letter against, and the vocabularies only a review's
 * focus analysis reads. They are kept out of `./index.ts` so
 * that a bundle of `lint` loads them with the code that uses them, not before
 * the first check (see the browser budget in docs/architecture.md).
 */
export { ELEMENT_SPECS } from './generated/element-specs.js'
export { LINT_FACTS } from './generated/lint-facts.js'
export { FACTS } from './generated/facts.js'
export { FOCUS, JUDGED } from './generated/focus.js'
