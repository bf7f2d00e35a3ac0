/**
 * `annotateDocx` on documents saved by Word (mammoth's test data), on the same
 * documents with letter wording put into Word's own runs, on a letter built
 * with everything that makes Word's XML awkward, and on drafted letters: one
 * comment per finding, each on exactly the flagged words, nothing else changed,
 * and a package Word would open.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { toDocx } from '../../src/cli/docx.js'
import { annotateDocx, readWordText } from '../../src/docx/annotate.js'
import { openPackage } from '../../src/docx/package.js'
import type { AnnotateResult } from '../../src/docx/annotate.js'
import { LETTER_TYPES, draft, lint } from '../../src/index.js'
import type { LintOptions } from '../../src/index.js'
import { canonical, commentText, enclosed, heedCommentIds, packageProblems, text, unzip, withoutHeed } from './package-check.js'
import { WORD_LIKE_BODY, withLetterWording, wordLikeDocx, wordLikeParts } from './word-like.js'

const root = join(import.meta.dirname, '../..')
const fixtures = join(root, 'tests/fixtures/word')
const wordFixtures = readdirSync(fixtures)
  .filter((name) => name.endsWith('.docx'))
  .sort()

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

describe('a letter with everything that makes Word’s XML awkward', { timeout: 60_000 }, () => {
  it('puts each comment on exactly the flagged words, across split runs, proofing marks, bookmarks, smart tags, hyperlinks, fields and tables', async () => {
    const result = await expectFaithful(wordLikeDocx(), { lint: { kind: 'letter' } })
    const flagged = result.comments.map((comment) => `${comment.message.ruleId}:${comment.message.actual}`)
    expect(flagged).toEqual(expect.arrayContaining(['jargon/nfa:NFA', 'jargon/complainant:The complainant', 'jargon/prior-to:prior to']))
    const document = text(unzip(result.bytes), 'word/document.xml')
    // "prior" is three runs with a proofing mark and a bookmark inside: the range runs round all of them.
    const first = result.comments.find((comment) => comment.message.actual === 'prior to')!
    expect(document).toMatch(
      new RegExp(`<w:commentRangeStart w:id="${first.id}"/><w:r><w:t xml:space="preserve">pr</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/>`),
    )
    // "NFA" as a field's result: the comment goes round the whole field, whose result Word recomputes.
    expect(document).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:r><w:fldChar w:fldCharType="begin"\/><\/w:r>/)
    expect(document).toMatch(/<w:r><w:fldChar w:fldCharType="end"\/><\/w:r><w:commentRangeEnd w:id="\d+"\/>/)
    // A simple field too: the comment goes round it.
    expect(document).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:fldSimple w:instr=" MERGEFIELD Outcome ">/)
    // The text box is not checked (Word holds no comments there), and is left as it was.
    expect(result.text).not.toContain('in a text box')
    expect(document).toContain(
      '<w:txbxContent><w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:r><w:t xml:space="preserve">The NFA in a text box.</w:t></w:r></w:p></w:txbxContent>',
    )
    // Someone else's tracked insertion and comment stay.
    expect(document).toContain('<w:ins w:id="7" w:author="A Colleague" w:date="2026-01-05T10:00:00Z">')
    expect(document).toContain('<w:commentRangeStart w:id="0"/>')
  })

  it('with tracked changes, replaces words split across runs and leaves fields and breaks alone', async () => {
    const result = await expectFaithful(wordLikeDocx(), { trackChanges: true, lint: { kind: 'letter' } })
    const tracked = result.comments.filter((comment) => comment.tracked)
    expect(tracked.length).toBeGreaterThan(1)
    const document = text(unzip(result.bytes), 'word/document.xml')
    // The bold "i" keeps its formatting inside the deletion.
    expect(document).toMatch(
      /<w:del w:id="\d+" w:author="heed" w:date="2026-12-04T21:00:00Z"><w:r><w:rPr><w:b\/><\/w:rPr><w:delText xml:space="preserve">i<\/w:delText><\/w:r><\/w:del>/,
    )
    // Nor is a field's result replaced.
    expect(document).toContain('<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">NFA</w:t></w:r>')
    // "Prior to" after a line break shares its run with a tab and a break: a comment, but no tracked change.
    const afterBreak = result.comments.find((comment) => comment.message.actual === 'Prior to')
    expect(afterBreak?.tracked).toBe(false)
    // Revision and comment ids never collide with each other or with the document's own.
    const ids = [...document.matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('puts a missing part on the paragraph it belongs beside, with the paragraph to add', async () => {
    const result = await expectFaithful(wordLikeDocx(), { lint: { kind: 'letter', letterType: 'no-charge' } })
    const missing = result.comments.filter((comment) => comment.message.ruleId.startsWith('structure/missing-'))
    expect(missing.length).toBeGreaterThan(0)
    const comments = text(unzip(result.bytes), 'word/comments.xml')
    // Early parts go after the opening paragraph; the rest before the sign-off.
    expect(comments).toContain('Paragraph to add after this one:')
    expect(comments).toContain('Paragraph to add before this one:')
    expect(missing.filter((comment) => result.text.slice(comment.start, comment.end) === 'Yours sincerely,').length).toBeGreaterThan(0)
    for (const comment of missing) {
      expect(comment.anchor).toBe('paragraph')
      const paragraph = result.text.slice(comment.start, comment.end)
      // A part heed cannot write without facts it does not have (the decision, the reasons) comes as advice only.
      if (!comment.message.fix) {
        expect(commentText(comments, String(comment.id))).toContain(comment.message.advice)
        continue
      }
      const [at] = comment.message.fix!.range
      // On the paragraph where the new one goes: the one it follows, or the one it precedes.
      expect(comment.start <= at && at <= comment.end).toBe(true)
      expect(comment.end === at || comment.start === at).toBe(true)
      expect(paragraph).not.toContain('\n\n')
      const body = commentText(comments, String(comment.id))
      expect(body).toMatch(/Paragraph to add (before|after) this one:/)
      expect(body).toContain(comment.message.fix!.text.trim().split('\n')[0])
    }
  })

  it('handles ISO strict documents: the strict namespace, and a strict relationship for the comments', async () => {
    const bytes = withLetterWording(new Uint8Array(readFileSync(join(fixtures, 'strict-format.docx'))))
    const result = await expectFaithful(bytes, { lint: { kind: 'letter' } })
    const parts = unzip(result.bytes)
    expect(text(parts, 'word/comments.xml')).toContain('xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"')
    expect(text(parts, 'word/_rels/document.xml.rels')).toContain(
      'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments" Target="comments.xml"',
    )
  })

  it('reads the same text as before heed touched it, and comes back with no new findings after accepting nothing', async () => {
    const result = await annotateDocx(wordLikeDocx(), { lint: { kind: 'letter' } })
    expect(readWordText(result.bytes).text).toBe(readWordText(wordLikeDocx()).text)
    // A document with nothing to say about it comes back unchanged, part for part.
    const clean = wordLikeDocx(wordLikeParts('<w:p><w:r><w:t>Thank you for talking to me today.</w:t></w:r></w:p>'))
    const same = await annotateDocx(clean, { lint: { kind: 'letter' } })
    expect(same.comments).toEqual([])
    expect(same.changedParts).toEqual([])
    for (const [name, bytes] of unzip(clean)) expect(Buffer.from(unzip(same.bytes).get(name)!).equals(Buffer.from(bytes))).toBe(true)
    expect(WORD_LIKE_BODY).toContain('w:proofErr')
  })
})

describe('drafted letters', { timeout: 60_000 }, () => {
  it.each(LETTER_TYPES.filter(existsData))('%s, with jargon put in, annotated faithfully', async (type) => {
    const fields = parse(readFileSync(join(root, 'examples/data', `${type}.yml`), 'utf8')) as Record<string, unknown>
    // Jargon put into the first text field the letter shows, so it lands mid-sentence in the letter's own paragraph.
    let letter
    for (const key of Object.keys(fields).filter((k) => typeof fields[k] === 'string')) {
      const tried = await draft({ type, fields: { ...fields, [key]: `${fields[key] as string} (marked NFA as the complainant was told)` } }).catch(
        () => undefined,
      )
      if (tried?.text.includes('the complainant was told')) {
        letter = tried
        break
      }
    }
    if (!letter) throw new Error(`no text field of a ${type} letter shows in it`)
    const bytes = new Uint8Array(await toDocx(letter.blocks))
    const result = await expectFaithful(bytes, { trackChanges: true })
    expect(result.comments.length).toBeGreaterThan(0)
  })
})

function existsData(type: string): boolean {
  try {
    readFileSync(join(root, 'examples/data', `${type}.yml`))
    return true
  } catch {
    return false
  }
}

describe('bad input', () => {
  const ole = (extra: string) => {
    const bytes = new Uint8Array(2048)
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const name = [...extra].flatMap((c) => [c.charCodeAt(0), 0])
    bytes.set(name, 1024)
    return bytes
  }
  it.each([
    ['a password-protected .docx', ole('EncryptedPackage'), /^is protected by a password; remove the password in Word/],
    ['an old .doc', ole('WordDocument'), /^is an older Word document \(\.doc\)/],
    ['plain text', strToU8('Dear Ms Smith'), /^is not a Word document \(\.docx\)/],
    ['a cut-off file', wordLikeDocx().slice(0, 600), /^is damaged: it is not a complete \.docx file/],
    ['a zip with no document', zipSync({ 'hello.txt': strToU8('hi') }), /^is not a Word document \(\.docx\): it has no main document part/],
    [
      'a spreadsheet',
      zipSync({
        ...Object.fromEntries(
          Object.entries(wordLikeParts()).map(([n, x]) => [
            n,
            strToU8(n === '[Content_Types].xml' ? x.replace('wordprocessingml.document.main', 'spreadsheetml.sheet.main') : x),
          ]),
        ),
      }),
      /another Office file/,
    ],
    [
      'broken XML',
      wordLikeDocx({
        ...wordLikeParts(),
        'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>',
      }),
      /^is damaged: its main document cannot be read/,
    ],
  ])('%s gets a one-line reason', async (_name, bytes, reason) => {
    const error = await annotateDocx(bytes).then(
      () => undefined,
      (e: Error) => e,
    )
    expect(error?.name).toBe('DocxError')
    expect(error!.message).toMatch(reason)
    expect(error!.message).not.toContain('\n')
  })
})

describe('a file that unpacks to far more than it weighs', () => {
  it('is refused from the sizes it declares, before anything is unpacked', () => {
    // 8 MB of one repeated letter packs into a few kilobytes.
    const bomb = wordLikeDocx({ ...wordLikeParts(), 'word/media/filler.xml': 'x'.repeat(8 * 1048576) })
    expect(bomb.length).toBeLessThan(100_000)
    expect(() => openPackage(bomb, 4 * 1048576)).toThrow(/^unpacks to over 4 MB, too big for a letter$/)
    expect(openPackage(bomb).parts.size).toBe(6)
  })
})

describe('the package checks themselves', () => {
  it('catch a repeated comment id, a comment with no anchor, a missing content type and changed text', async () => {
    const result = await annotateDocx(wordLikeDocx(), { lint: { kind: 'letter' } })
    const parts = unzip(result.bytes)
    const ids = heedCommentIds(text(parts, 'word/comments.xml'))
    const broken = new Map(parts)
    broken.set('word/comments.xml', strToU8(text(parts, 'word/comments.xml').replace(`w:id="${ids[1]}"`, `w:id="${ids[0]}"`)))
    broken.set('[Content_Types].xml', strToU8(text(parts, '[Content_Types].xml').replace(/<Override PartName="\/word\/comments.xml"[^>]*\/>/, '')))
    const problems = packageProblems(broken)
    expect(problems).toContain('comment ids repeat')
    expect(problems).toContain(`commentRangeStart ${ids[1]} has no comment`)
    expect(problems).toContain('word/comments.xml is not typed as comments')
    const original = canonical(text(unzip(wordLikeDocx()), 'word/document.xml'))
    expect(withoutHeed(text(parts, 'word/document.xml'), ids)).toBe(original)
    expect(withoutHeed(text(parts, 'word/document.xml').replace('hard news', 'bad news'), ids)).not.toBe(original)
    expect(withoutHeed(text(parts, 'word/document.xml').replace('<w:bookmarkEnd w:id="0"/>', ''), ids)).not.toBe(original)
  })
})
