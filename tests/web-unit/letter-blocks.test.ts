/**
 * The editor's text read back into blocks: a drafted letter survives the
 * round trip for every letter type, so the Word document, the plain text and
 * the Markdown file the page writes are the ones `heed draft` would write.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { LETTER_TYPES, draft } from '../../src/index.js'
import type { DraftBlock } from '../../src/index.js'
import { toEditorText, toLetterBlocks, toMarkdownFile, toPlainText } from '../../web/src/letter-blocks.js'

const exampleData = (type: string) => parse(readFileSync(join(import.meta.dirname, '../../examples/data', `${type}.yml`), 'utf8')) as Record<string, unknown>
/** Blocks as the page can know them: the marks on the writer's values are not in the text. */
const plain = (blocks: readonly DraftBlock[]) =>
  blocks.map((block) => ({ kind: block.kind, lines: block.lines.map((line) => [{ text: line.map((span) => span.text).join('') }]) }))

describe.each(LETTER_TYPES)('a drafted %s letter', (type) => {
  it('comes back from the editor as the same blocks, text and Markdown', async () => {
    const drafted = await draft({ type, fields: exampleData(type), format: 'markdown' })
    const text = toEditorText(drafted.blocks)
    expect(toLetterBlocks(text, 'text')).toEqual(plain(drafted.blocks))
    expect(toPlainText(text, 'text')).toBe(drafted.text)
    expect(toMarkdownFile(text, 'text')).toBe(drafted.output)
  })

  it('reads the same from its Markdown, with its hard line breaks and escapes', async () => {
    const drafted = await draft({ type, fields: exampleData(type), format: 'markdown' })
    expect(toLetterBlocks(drafted.output, 'markdown')).toEqual(plain(drafted.blocks))
  })
})

describe('toLetterBlocks', () => {
  it('keeps every line break in plain text, and reads headings and lists', () => {
    expect(toLetterBlocks('## What next\n\nFairfax House\nReading\n\n- Rape Crisis\n- Victim Support\n\nDear Sam,\n', 'text')).toEqual([
      { kind: 'heading', lines: [[{ text: 'What next' }]] },
      { kind: 'lines', lines: [[{ text: 'Fairfax House' }], [{ text: 'Reading' }]] },
      { kind: 'list', lines: [[{ text: 'Rape Crisis' }], [{ text: 'Victim Support' }]] },
      { kind: 'paragraph', lines: [[{ text: 'Dear Sam,' }]] },
    ])
  })

  it('joins soft line breaks in Markdown and keeps hard ones', () => {
    expect(toLetterBlocks('I have\ndecided \\*not\\* to charge.\n\nFairfax House\\\nReading  \nRG1 1PB\n', 'markdown')).toEqual([
      { kind: 'paragraph', lines: [[{ text: 'I have decided *not* to charge.' }]] },
      { kind: 'lines', lines: [[{ text: 'Fairfax House' }], [{ text: 'Reading' }], [{ text: 'RG1 1PB' }]] },
    ])
  })

  it('leaves backslashes alone in plain text, and treats Windows line ends as line ends', () => {
    expect(toLetterBlocks('Ref: 12\\34\r\n\r\nYours,\r\nJo\r\n', 'text')).toEqual([
      { kind: 'paragraph', lines: [[{ text: 'Ref: 12\\34' }]] },
      { kind: 'lines', lines: [[{ text: 'Yours,' }], [{ text: 'Jo' }]] },
    ])
  })

  it('reads a heading and a list in plain text without blank lines around them', () => {
    expect(toLetterBlocks('## My decision\nI will not charge him.\n- Rape Crisis\n- Victim Support\nYours,\nJo\n', 'text')).toEqual([
      { kind: 'heading', lines: [[{ text: 'My decision' }]] },
      { kind: 'paragraph', lines: [[{ text: 'I will not charge him.' }]] },
      { kind: 'list', lines: [[{ text: 'Rape Crisis' }], [{ text: 'Victim Support' }]] },
      { kind: 'lines', lines: [[{ text: 'Yours,' }], [{ text: 'Jo' }]] },
    ])
  })

  it("drops pasted Markdown's marks and keeps its shape: emphasis, links, code, numbered lists, underlined headings", () => {
    const markdown =
      'My decision\n===========\n\nI am **so** sorry. See [our page](https://example.org) or call `0808`.\n\n1. First step\n2. Second step\n\n> Quoted words\n'
    expect(toLetterBlocks(markdown, 'markdown')).toEqual([
      { kind: 'heading', lines: [[{ text: 'My decision' }]] },
      { kind: 'paragraph', lines: [[{ text: 'I am so sorry. See our page or call 0808.' }]] },
      { kind: 'lines', lines: [[{ text: '1. First step' }], [{ text: '2. Second step' }]] },
      { kind: 'paragraph', lines: [[{ text: 'Quoted words' }]] },
    ])
    expect(toPlainText(markdown, 'markdown')).not.toMatch(/[*`[\]=]/)
  })

  it('gives nothing for blank text', () => {
    expect(toLetterBlocks(' \n\n \n', 'text')).toEqual([])
  })
})

describe('toMarkdownFile', () => {
  it('escapes what plain text means literally', () => {
    expect(toMarkdownFile('Call 0808 *now*\n\n1. not a list\n', 'text')).toBe('Call 0808 \\*now\\*\n\n1\\. not a list\n')
  })

  it('keeps Markdown the writer pasted as it is', () => {
    const markdown = 'Some **bold** words\\\nand a break\n'
    expect(toMarkdownFile(markdown, 'markdown')).toBe(markdown)
  })
})
