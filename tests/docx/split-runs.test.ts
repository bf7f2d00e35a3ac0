/**
 * Word splits text into runs wherever it likes: mid-word, around a proofing
 * mark, a bookmark or a change of formatting. Whatever the split, each comment
 * must enclose exactly its flagged words, a tracked change must read as its
 * replacement once accepted, and the rest must stay as it was (property test).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annotateDocx, readWordText } from '../../src/docx/annotate.js'
import { lint } from '../../src/index.js'
import { canonical, enclosed, heedCommentIds, packageProblems, text, unzip, withoutHeed } from './package-check.js'
import { wordLikeDocx, wordLikeParts } from './word-like.js'

const PARAGRAPHS = [
  'Dear Ms Carter,',
  'I am writing to inform you that a decision has been made in respect of the above matter.',
  'The complainant was interviewed and the case will be marked NFA & closed.',
  'It is noted that you did not report the incident until some weeks later.',
  'Yours sincerely,',
]

const BETWEEN = [
  '',
  '<w:proofErr w:type="spellStart"/>',
  '<w:proofErr w:type="spellEnd"/>',
  '<w:bookmarkStart w:id="90" w:name="_GoBack"/><w:bookmarkEnd w:id="90"/>',
]
const PROPS = ['', '<w:rPr><w:b/></w:rPr>', '<w:rPr><w:i/><w:lang w:val="en-GB"/></w:rPr>']

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** A paragraph split into runs at the given cut points, with something between some of them. */
function splitParagraph(words: string, cuts: number[], extras: number[]): string {
  const points = [...new Set(cuts.map((c) => c % (words.length + 1)))].sort((a, b) => a - b)
  const bounds = [0, ...points.filter((p) => p > 0 && p < words.length), words.length]
  let xml = ''
  for (let i = 0; i + 1 < bounds.length; i++) {
    const extra = extras[i] ?? 0
    xml += BETWEEN[extra % BETWEEN.length]
    xml += `<w:r>${PROPS[extra % PROPS.length]}<w:t xml:space="preserve">${escape(words.slice(bounds[i], bounds[i + 1]))}</w:t></w:r>`
  }
  return `<w:p>${xml}</w:p>`
}

describe('runs split anywhere', () => {
  it('comments enclose exactly the flagged words and the rest is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(120), { maxLength: 12 }), { minLength: PARAGRAPHS.length, maxLength: PARAGRAPHS.length }),
        fc.array(fc.nat(11), { maxLength: 14 }),
        fc.boolean(),
        async (cuts, extras, trackChanges) => {
          // The colleague's comment the Word-like package already holds stays anchored on its own paragraph.
          const colleague =
            '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Checked.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
          const body = PARAGRAPHS.map((words, i) => splitParagraph(words, cuts[i]!, extras)).join('') + colleague
          const input = wordLikeDocx(wordLikeParts(body))
          const result = await annotateDocx(input, { trackChanges, lint: { kind: 'letter' } })
          const expected = await lint(readWordText(input).text, { kind: 'letter', format: 'text' })
          const parts = unzip(result.bytes)
          const ids = heedCommentIds(text(parts, 'word/comments.xml'))
          expect(ids).toHaveLength(expected.messages.length)
          const ranges = enclosed(text(parts, 'word/document.xml'))
          for (const comment of result.comments) {
            const range = ranges.get(String(comment.id))!
            if (comment.anchor === 'words') expect(range.original).toBe(comment.message.actual)
            if (comment.tracked) expect(range.accepted).toBe(comment.message.expected[0])
          }
          expect(withoutHeed(text(parts, 'word/document.xml'), ids)).toBe(canonical(text(unzip(input), 'word/document.xml')))
          expect(packageProblems(parts)).toEqual([])
        },
      ),
      { numRuns: Number(process.env.HEED_FUZZ_RUNS ?? 40), seed: 20261204 },
    )
  }, 120_000)
})
