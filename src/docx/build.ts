/**
 * A drafted letter as a Word document, built without touching the disk or any
 * Node API, so the command line and the web page write the same document: the
 * CLI packs it into bytes, the page into a Blob.
 */
import { AlignmentType, Document, HeadingLevel, Paragraph, TextRun } from 'docx'
import type { DraftBlock } from '../core/draft/blocks.js'

/** Half-points: 12 pt body text, the size accessibility guidance asks for at least. */
const BODY_SIZE = 24
const HEADING_SIZE = 26
/** Easy Read asks for at least 14 pt (Department of Health guidance, 2010). */
const EASY_READ_BODY_SIZE = 28
const EASY_READ_HEADING_SIZE = 32

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
      return [
        new Paragraph({
          spacing,
          children: block.lines.flatMap((line, i) => line.map((span, j) => new TextRun({ text: span.text, break: i > 0 && j === 0 ? 1 : undefined }))),
        }),
      ]
    default:
      return [new Paragraph({ spacing, alignment: AlignmentType.LEFT, children: runs(block.lines[0]!) })]
  }
}

/**
 * A letter as a Word document: left-aligned Arial 12 pt, headings as Word
 * headings (so screen readers can move between them), lists as bullets. The
 * document's properties name no one: they travel with the file.
 *
 * @param blocks The letter's blocks.
 * @param options `easyRead` sets 14 pt body text and larger headings.
 * @returns The document, ready for `Packer.toBuffer` or `Packer.toBlob`.
 */
export function buildDocx(blocks: readonly DraftBlock[], options: { easyRead?: boolean } = {}): Document {
  const body = options.easyRead ? EASY_READ_BODY_SIZE : BODY_SIZE
  const heading = options.easyRead ? EASY_READ_HEADING_SIZE : HEADING_SIZE
  return new Document({
    creator: 'heed',
    title: 'Letter',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: body } },
        // The heading's look lives in its style, so the words themselves carry no extra formatting.
        heading2: { run: { font: 'Arial', size: heading, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: [{ children: blocks.flatMap(toParagraphs) }],
  })
}
