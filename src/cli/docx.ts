/**
 * Word documents, which is what caseworkers send: writing a drafted letter
 * (with `docx`) and reading one to check it (src/docx, which keeps a map from
 * the text back to Word's runs so findings can become comments).
 */
import { Packer } from 'docx'
import { buildDocx } from '../docx/build.js'
import type { DraftBlock } from '../index.js'

/**
 * Write a letter as a Word document (built by `buildDocx`, which the web page
 * shares).
 *
 * @param blocks The drafted letter's blocks.
 * @param options `easyRead` for the Easy Read style's larger type.
 * @returns The .docx file's bytes.
 */
export async function toDocx(blocks: readonly DraftBlock[], options: { easyRead?: boolean } = {}): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(blocks, options))
}

/**
 * Read a Word document's text, as `heed check` and `heed annotate` see it.
 *
 * @param bytes The .docx file.
 * @returns The text (paragraphs separated by blank lines), or a one-line reason it cannot be read.
 */
export async function readDocx(bytes: Uint8Array): Promise<{ text: string } | { reason: string }> {
  const { readWordText, DocxError } = await import('../docx/annotate.js')
  try {
    return { text: readWordText(bytes).text }
  } catch (error) {
    if (error instanceof DocxError) return { reason: error.message }
    throw error
  }
}
