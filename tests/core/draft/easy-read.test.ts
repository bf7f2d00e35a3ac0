/**
 * The Easy Read style: the same letter, every fact and part kept, laid out one
 * sentence to a line, with short sentences, a heading before every part and
 * the decision first.
 */
import { describe, expect, it } from 'vitest'
import { DraftError, LETTER_TYPES, draft } from '../../../src/index.js'
import type { LetterType } from '../../../src/index.js'
import { exampleFields } from './helpers.js'

const lineText = (line: ReadonlyArray<{ text: string }>) => line.map((span) => span.text).join('')

describe.each(LETTER_TYPES.map((type) => [type]))('the %s letter in Easy Read', (type: LetterType) => {
  it('has no findings, as text and as Markdown, and keeps every part the standard letter has', async () => {
    const standard = await draft({ type, fields: exampleFields(type) })
    for (const format of ['text', 'markdown'] as const) {
      const easy = await draft({ type, fields: exampleFields(type), format, style: 'easy-read' })
      expect(
        easy.lint.messages.map((m) => m.ruleId),
        format,
      ).toEqual([])
      expect([...(easy.lint.data.heed?.elements ?? [])].sort()).toEqual([...(standard.lint.data.heed?.elements ?? [])].sort())
    }
  })

  it('puts one short sentence on each line, with a heading straight after “Dear”', async () => {
    const { blocks } = await draft({ type, fields: exampleFields(type), style: 'easy-read' })
    const dear = blocks.findIndex((block) => lineText(block.lines[0]!).startsWith('Dear '))
    expect(blocks[dear + 1]!.kind).toBe('heading')
    const body = blocks.slice(dear + 1).filter((block) => block.kind === 'paragraph' || block.kind === 'lines')
    for (const line of body.flatMap((block) => block.lines.map(lineText))) {
      if (/^(Yours sincerely|[A-Z][a-z]+ [A-Z][a-z]+$)/.test(line)) continue
      // One sentence: no full stop followed by a new sentence inside the line.
      expect(line, line).not.toMatch(/[.!?] [A-Z]/)
      expect(line.split(/\s+/).length, line).toBeLessThanOrEqual(25)
    }
  })

  it('says the same things as the standard letter', async () => {
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9’']+/g) ?? []
    // "which means" may become "This means", and "and" may start a new sentence without it.
    const standard = words((await draft({ type, fields: exampleFields(type) })).text).filter((word) => word !== 'which' && word !== 'and')
    const easy = new Set(words((await draft({ type, fields: exampleFields(type), style: 'easy-read' })).text))
    // Nothing is lost: every word of the standard letter is still there.
    expect(standard.filter((word) => !easy.has(word))).toEqual([])
  })
})

describe('Easy Read', () => {
  it('leads with the decision when the standard letter opens with something else', async () => {
    const { blocks } = await draft({ type: 'no-charge', fields: exampleFields('no-charge'), style: 'easy-read' })
    const text = blocks.map((block) => block.lines.map(lineText).join('\n'))
    const dear = text.findIndex((t) => t.startsWith('Dear '))
    expect(text.slice(dear + 1, dear + 4)).toEqual([
      'My decision',
      'I have decided not to charge Mr Hurst.\nThis means that there will be no court case.',
      'About this letter',
    ])
  })

  it('splits a long sentence where a clause starts, keeping its meaning', async () => {
    const { text } = await draft({ type: 'acquittal', fields: exampleFields('acquittal'), style: 'easy-read' })
    expect(text).toContain('The trial of Mr Shaw at Leeds Crown Court has ended.\nI am sorry that it did not end the way you hoped.')
  })

  it('works for a letter to a parent, and refuses an unknown style', async () => {
    const result = await draft({ type: 'conviction', fields: { ...exampleFields('conviction'), recipient: 'parent', about_name: 'Ella' }, style: 'easy-read' })
    expect(result.text).toContain('I am writing to you as Ella’s parent or carer.')
    expect(result.lint.messages).toEqual([])
    await expect(draft({ type: 'charge', fields: exampleFields('charge'), style: 'large' as never })).rejects.toBeInstanceOf(DraftError)
  })
})
