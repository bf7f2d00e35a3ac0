/**
 * `heed/word`: Word documents. Reads a .docx's text, writes heed's findings into
 * it as comments, and builds a .docx from a drafted letter's blocks. Needs the
 * optional packages `docx` and `fflate` (the CLI carries its own copies).
 */
export { AUTHOR, DocxError, annotateDocx, readWordText } from './docx/annotate.js'
export type { AnnotateOptions, AnnotateResult, PlacedComment, WordText } from './docx/annotate.js'
export { buildDocx } from './docx/build.js'
