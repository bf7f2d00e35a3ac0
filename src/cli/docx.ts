/**
 * Word documents, which is what caseworkers send: writing a drafted letter
 * (with `docx`) and reading one to check it (with `mammoth`). Kept out of the
 * core, which stays small and free of Node APIs.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import mammoth from 'mammoth'
import type { DraftBlock } from '../index.js'

/** Half-points: 12 pt body text, the size accessibility guidance asks for at least. */
const BODY_SIZE = 24
const HEADING_SIZE = 26

const runs = (line: DraftBlock['lines'][number]) => line.map((span) => new TextRun({ text: span.text }))

function toParagraphs(block: DraftBlock): Paragraph[] {
  const spacing = { after: 200 }
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing, children: runs(block.lines[0]!) })]
    case 'list':
      return block.lines.map((line) => new Paragraph({ bullet: { level: 0 }, children: runs(line) }))
    case 'lines':
      // One paragraph with line breaks, so an address stays together.
      return [new Paragraph({ spacing, children: block.lines.flatMap((line, i) => line.map((span, j) => new TextRun({ text: span.text, break: i > 0 && j === 0 ? 1 : undefined }))) })]
    default:
      return [new Paragraph({ spacing, alignment: AlignmentType.LEFT, children: runs(block.lines[0]!) })]
  }
}

/**
 * Write a letter as a Word document: left-aligned Arial 12 pt, headings as
 * Word headings (so screen readers can move between them), lists as bullets.
 * The document's properties name no one: they travel with the file.
 *
 * @param blocks The drafted letter's blocks.
 * @returns The .docx file's bytes.
 */
export async function toDocx(blocks: readonly DraftBlock[]): Promise<Buffer> {
  const document = new Document({
    creator: 'heed',
    title: 'Letter',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: BODY_SIZE } },
        // The heading's look lives in its style, so the words themselves carry no extra formatting.
        heading2: { run: { font: 'Arial', size: HEADING_SIZE, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [{ children: blocks.flatMap(toParagraphs) }],
  })
  return Packer.toBuffer(document)
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
