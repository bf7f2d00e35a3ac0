/**
 * `annotateDocx` on documents saved by Word (mammoth's test data), on the same
 * documents with letter wording put into Word's own runs, on a letter built
 * with everything that makes Word's XML awkward, and on drafted letters: one
 * comment per finding, each on exactly the flagged words, nothing else changed,
 * and a package Word would open.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { toDocx } from '../../src/cli/docx.js'
import { annotateDocx, readWordText } from '../../src/docx/annotate.js'
import type { AnnotateResult } from '../../src/docx/annotate.js'
import { LETTER_TYPES, draft, lint } from '../../src/index.js'
import type { LintOptions } from '../../src/index.js'
import { canonical, commentText, enclosed, heedCommentIds, packageProblems, text, unzip, withoutHeed } from './package-check.js'
import { WORD_LIKE_BODY, wordLikeDocx, wordLikeParts } from './word-like.js'

const root = join(import.meta.dirname, '../..')
const fixtures = join(root, 'tests/fixtures/word')
const wordFixtures = readdirSync(fixtures).filter((name) => name.endsWith('.docx')).sort()

/** A Word fixture with letter wording put into each of Word's own text elements, runs and all. */
function withLetterWording(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes)
  const xml = strFromU8(parts['word/document.xml']!)
  parts['word/document.xml'] = strToU8(xml.replace(/(<w:t(?: [^>]*)?>)([^<]+)(<\/w:t>)/g, (_, open: string, words: string, close: string) =>
    `${open}${words} NFA and the complainant${close}`))
  return zipSync(parts)
}

const ALLOWED_CHANGES = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'])

/** Every property the issue asks of an annotated document, checked against the input. */
async function expectFaithful(input: Uint8Array, options: { trackChanges?: boolean; lint?: Omit<LintOptions, 'format'> } = {}): Promise<AnnotateResult> {
  const result = await annotateDocx(input, { ...options, date: '2026-12-04T21:00:00Z' })
  const before = unzip(input)
  const after = unzip(result.bytes)

  // One comment per finding, the findings counted by a separate lint of the same text.
  const expected = await lint(readWordText(input).text, { ...options.lint, format: 'text' })
  const commentsPart = [...after.keys()].find((name) => /^word\/comments\d*\.xml$/.test(name))
  const ids = commentsPart ? heedCommentIds(text(after, commentsPart)) : []
  expect(ids).toHaveLength(expected.messages.length)
  expect(result.comments.map((c) => String(c.id)).sort()).toEqual([...ids].sort())

  // Each inline comment encloses exactly the flagged words; a tracked change reads as its replacement once accepted.
  const ranges = enclosed(text(after, 'word/document.xml'))
  for (const comment of result.comments) {
    const range = ranges.get(String(comment.id))!
    expect(range, `comment ${comment.id}`).toBeDefined()
    if (comment.anchor === 'words' && !comment.message.actual.includes('\n')) expect(range.original).toBe(comment.message.actual)
    if (comment.anchor === 'paragraph') expect(range.original).toBe(result.text.slice(comment.start, comment.end))
    const overlapsTracked = result.comments.some((other) => other.tracked && other !== comment && other.start < comment.end && comment.start < other.end)
    if (comment.tracked) expect(range.accepted).toBe(comment.message.expected[0])
    else if (!overlapsTracked) expect(range.accepted).toBe(range.original)
    const body = commentText(text(after, commentsPart!), String(comment.id))
    expect(body.split('\n')[0]).toBe(comment.message.reason)
    if (comment.message.url) expect(body).toContain(comment.message.url)
  }

  // The document, with heed's markup taken out, is the document as it was; every other part is byte for byte the same.
  if (ids.length > 0) expect(withoutHeed(text(after, 'word/document.xml'), ids)).toBe(canonical(text(before, 'word/document.xml')))
  for (const [name, bytes] of before) {
    expect(after.has(name), name).toBe(true)
    if (!ALLOWED_CHANGES.has(name)) expect(Buffer.from(after.get(name)!).equals(Buffer.from(bytes)), name).toBe(true)
  }
  for (const name of after.keys()) if (!before.has(name)) expect(name).toMatch(/^word\/comments\d*\.xml$/)
  expect(result.changedParts.every((name) => ALLOWED_CHANGES.has(name))).toBe(true)
  // Comments the document already had are kept as they were.
  if (before.has('word/comments.xml') && ids.length > 0) {
    const kept = text(after, 'word/comments.xml').replace(/<w:comment w:id="\d+" w:author="heed"[\s\S]*?<\/w:comment>/g, '')
    expect(kept).toBe(text(before, 'word/comments.xml'))
  }
  expect(packageProblems(after)).toEqual([])
  return result
}

describe.each(wordFixtures)('%s', { timeout: 60_000 }, (name) => {
  const bytes = new Uint8Array(readFileSync(join(fixtures, name)))

  it('as saved: a comment for each finding, the rest untouched', async () => {
    await expectFaithful(bytes)
  })

  it('with letter wording in its own runs: comments on the flagged words', async () => {
    const result = await expectFaithful(withLetterWording(bytes), { lint: { kind: 'letter' } })
    if (name !== 'text-box.docx') expect(result.comments.length).toBeGreaterThan(0)
  })

  it('with tracked changes: each first replacement as a revision by heed', async () => {
    const result = await expectFaithful(withLetterWording(bytes), { trackChanges: true, lint: { kind: 'letter' } })
    if (name !== 'text-box.docx') expect(result.comments.some((comment) => comment.tracked)).toBe(true)
  })
})
