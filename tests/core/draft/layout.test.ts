/**
 * One layout reader: a drafted letter and the same letter as the writer edits
 * it read into the same blocks, and the plain layout's marks mean the same in both.
 */
import { describe, expect, it } from 'vitest'
import { LETTER_TYPES, draft, lineText, readLetter } from '../../../src/index.js'
import type { DraftBlock } from '../../../src/index.js'
import { toEditorText } from '../../../web/src/letter-blocks.js'
import { exampleFields } from './helpers.js'

/** Blocks as words only: the writer's values lose their marks once the letter is text. */
const shape = (blocks: readonly DraftBlock[]) => blocks.map((block) => ({ kind: block.kind, lines: block.lines.map(lineText) }))

describe('the letter layout', () => {
  it.each(LETTER_TYPES)('reads a drafted %s letter back from the editor into the blocks it was drafted as', async (type) => {
    const { blocks } = await draft({ type, fields: exampleFields(type), format: 'text' })
    expect(shape(readLetter(toEditorText(blocks), 'text'))).toEqual(shape(blocks))
  })

  it('reads headings, lists and kept line breaks by one set of marks', () => {
    const text = '## Your case\n\nMs A Smith\n1 High Street\n\n- one\n* two\n+ three\n\n### Next steps ##\nWe will write again.'
    expect(shape(readLetter(text, 'text'))).toEqual([
      { kind: 'heading', lines: ['Your case'] },
      { kind: 'lines', lines: ['Ms A Smith', '1 High Street'] },
      { kind: 'list', lines: ['one', 'two', 'three'] },
      { kind: 'heading', lines: ['Next steps'] },
      { kind: 'paragraph', lines: ['We will write again.'] },
    ])
  })

  it('reads a Markdown file by Markdown rules, so its marks never reach the letter', () => {
    expect(shape(readLetter('# Update\n\nThe trial is **moved**\nto May.\n\n1. first\n2. second', 'markdown'))).toEqual([
      { kind: 'heading', lines: ['Update'] },
      { kind: 'paragraph', lines: ['The trial is moved to May.'] },
      { kind: 'lines', lines: ['1. first', '2. second'] },
    ])
  })
})
