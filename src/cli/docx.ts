/**
 * Word documents, which is what caseworkers send: writing a drafted letter
 * (with `docx`) and reading one to check it (with `mammoth`). Kept out of the
 * core, which stays small and free of Node APIs.
 */
import { Packer } from 'docx'
import mammoth from 'mammoth'
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * mammoth's HTML as plain text: a blank line between paragraphs, headings and
 * lists, a line break where Word has one (Shift+Enter in an address), and list
 * items as `- ` lines. Its raw-text mode drops those breaks and runs the lines
 * of an address together, which would read as one long sentence.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<li>/g, '- ')
    .replace(/<\/li>/g, '\n')
    .replace(/<\/(p|h[1-6]|ul|ol|table|tr|td|th)>/g, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n'
}

/**
 * Read a Word document's text, for `heed check`.
 *
 * @param bytes The .docx file.
 * @returns The text (positions in findings are its lines), or a reason it cannot be read.
 */
export async function readDocx(bytes: Buffer): Promise<{ text: string } | { reason: string }> {
  try {
    // Images are left out: only words are checked, and nothing outside the file is opened.
    const result = await mammoth.convertToHtml({ buffer: bytes }, { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) })
    return { text: htmlToText(result.value) }
  } catch {
    // mammoth's own messages can quote the file's contents; the reason stays generic.
    return { reason: 'is not a Word document heed can read (.docx); open it in Word and save it again, or save it as text' }
  }
}
