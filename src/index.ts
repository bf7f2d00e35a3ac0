/**
 * heed: checks letters to victims of rape and serious sexual offences, and
 * charging reviews. The public API: everything in `heed/lint` and `heed/draft`
 * (Word documents are `heed/word`, the language server `heed/server`, because
 * they need optional packages).
 */
export * from './lint.js'
export * from './draft.js'
