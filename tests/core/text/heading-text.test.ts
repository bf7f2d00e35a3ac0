import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { indexDocument } from '../../../src/core/text/document.js'
import { headingText, openingLabel, sectionHeading } from '../../../src/core/text/heading-text.js'
import { parseDocument } from '../../../src/core/text/parse.js'

describe('headingText', () => {
  it.each([
    ['**3. Weaknesses:**', 'Weaknesses'],
    ['(8) For and against:', 'For and against'],
    ['[5] STRENGTHS / WEAKNESSES', 'STRENGTHS / WEAKNESSES'],
    ['4) Difficulties', 'Difficulties'],
    ['## Points against charge', 'Points against charge'],
    ['- __Strengths__', 'Strengths'],
  ])('reads %s as its words', (line, words) => {
    expect(headingText(line)).toBe(words)
  })

  it('keeps a label with its item, and a year that opens a line', () => {
    expect(headingText('Delay: she waited nine days.')).toBe('Delay: she waited nine days')
    expect(headingText('2024 was the first season.')).toBe('2024 was the first season')
  })
})

describe('section headings', () => {
  const headings = async (text: string, syntax: 'markdown' | 'text' = 'text') => {
    const doc = indexDocument(await parseDocument(text, syntax, new VFile({ value: text })), text)
    return doc.sentences.map((info, index) => {
      const heading = sectionHeading(doc, index)
      return [
        doc.text.slice(info.start, info.end),
        heading === undefined ? undefined : doc.text.slice(doc.sentences[heading]!.start, doc.sentences[heading]!.end),
      ]
    })
  }

  it('gives each sentence the heading of its section, in plain text', async () => {
    const read = await headings(
      'Background\nThey met at work.\n\nWeaknesses:\nShe went back the next day. She said nothing.\n\nISSUES FOR THE EVIDENTIAL STAGE\nHe deleted the messages.',
    )
    expect(read).toEqual([
      ['Background', undefined],
      ['They met at work.', 'Background'],
      ['Weaknesses:', 'Background'],
      ['She went back the next day.', 'Weaknesses:'],
      ['She said nothing.', 'Weaknesses:'],
      ['ISSUES FOR THE EVIDENTIAL STAGE', 'Weaknesses:'],
      ['He deleted the messages.', 'ISSUES FOR THE EVIDENTIAL STAGE'],
    ])
  })

  it('reads Markdown headings and bold labels, and not a short sentence on its own line or a table row', async () => {
    const read = await headings(
      '## Chronology\n\nShe left.\n\n**3. Her account afterwards:**\n\nShe stayed until morning.\n\n| Strengths | Weaknesses |\n|---|---|\n| CCTV | Delay |\n\nHe was arrested.',
      'markdown',
    )
    const under = new Map(read.map(([sentence, heading]) => [sentence, heading]))
    expect(under.get('She left.')).toBe('Chronology')
    expect(under.get('She stayed until morning.')).toBe('3. Her account afterwards:')
    expect(under.get('He was arrested.')).toBe('3. Her account afterwards:')
  })
})

describe('openingLabel', () => {
  it.each([
    ['Weaknesses: alcohol; clothing.', 'Weaknesses'],
    ['**Negatives** – previous friendly contact; no immediate report.', 'Negatives'],
    ['3. Points against — the delay.', 'Points against'],
  ])('reads the label of %s', (line, label) => {
    expect(openingLabel(line)).toBe(label)
  })

  it('reads no label in a sentence, or before a hyphen within a word', () => {
    expect(openingLabel('She went back to work the next day.')).toBeUndefined()
    expect(openingLabel('A well-known figure in the town.')).toBeUndefined()
  })
})
