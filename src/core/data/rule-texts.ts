/**
 * The rules' advice and notes, in the order of the compiled rules: read only
 * when findings are made, so a bundle of `lint` loads them with the first
 * check, not before it (see the browser budget in docs/architecture.md).
 */
export { RULE_TEXTS } from './generated/rule-texts.js'
