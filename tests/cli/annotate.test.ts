/**
 * `heed annotate` through the built binary: it writes the annotated copy,
 * never touches the input, never overwrites without --force, writes whole or
 * not at all, and gives bad input one line and exit 2.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { heedCommentIds, text, unzip } from '../docx/package-check.js'
import { wordLikeDocx } from '../docx/word-like.js'

const root = join(import.meta.dirname, '../..')
const bin = join(root, 'dist/cli/main.js')

function heed(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

let dir: string
let letter: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'heed-annotate-'))
  letter = join(dir, 'letter.docx')
  writeFileSync(letter, wordLikeDocx())
})

describe('heed annotate', { timeout: 60_000 }, () => {
  it('writes a copy with a comment per finding, reports by paragraph, and leaves the input as it was', () => {
    const before = hash(letter)
    const out = join(dir, 'annotated.docx')
    const { status, stdout, stderr } = heed(['annotate', letter, '-o', out, '--kind', 'letter'])
    expect(stderr).toBe('')
    // Written either way; exit 1 says an error-level finding is in it, as heed check would.
    const errors = Number(/(\d+) errors?,/.exec(stdout)![1])
    expect(errors).toBeGreaterThan(0)
    expect(status).toBe(1)
    expect(stdout).toMatch(/^ {2}paragraph 2 +warning +Explain “NFA”/m)
    const ids = heedCommentIds(text(unzip(readFileSync(out)), 'word/comments.xml'))
    const findings = Number(/^(\d+) findings?:/m.exec(stdout)![1])
    expect(ids).toHaveLength(findings)
    expect(stdout).toContain(`Wrote ${out} with ${findings} comments by "heed"`)
    expect(hash(letter)).toBe(before)
    // Written through a temporary file that is gone once renamed.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('with --track-changes, says how many replacements went in as revisions', () => {
    const out = join(dir, 'tracked.docx')
    const { status, stdout } = heed(['annotate', letter, '-o', out, '--kind', 'letter', '--track-changes'])
    expect(status).toBe(1)
    const tracked = Number(/and (\d+) tracked changes? by "heed"/.exec(stdout)![1])
    expect(tracked).toBeGreaterThan(0)
    expect([...text(unzip(readFileSync(out)), 'word/document.xml').matchAll(/<w:ins w:id="\d+" w:author="heed"/g)]).toHaveLength(tracked)
  })

  it('never overwrites without --force, and never writes over the input', () => {
    const out = join(dir, 'existing.docx')
    writeFileSync(out, 'keep me')
    expect(heed(['annotate', letter, '-o', out])).toMatchObject({ status: 2, stdout: '', stderr: `heed: ${out}: already exists (add --force to replace it)\n` })
    expect(readFileSync(out, 'utf8')).toBe('keep me')
    expect(heed(['annotate', letter, '-o', out, '--force']).status).toBe(1)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
    const before = hash(letter)
    expect(heed(['annotate', letter, '-o', letter, '--force'])).toMatchObject({
      status: 2,
      stderr: `heed: ${letter}: -o must name a new file, not the document itself (heed never changes the original)\n`,
    })
    expect(hash(letter)).toBe(before)
  })

  it.each([
    ['a password-protected document', 'locked.docx', () => ole('EncryptedPackage'), /is protected by a password; remove the password in Word/],
    ['an old .doc renamed .docx', 'old.docx', () => ole('WordDocument'), /is an older Word document \(\.doc\) or another Office file/],
    ['a damaged file', 'cut.docx', () => wordLikeDocx().slice(0, 700), /is damaged: it is not a complete \.docx file/],
    ['text saved as .docx', 'text.docx', () => Buffer.from('Dear Ms Smith'), /is not a Word document \(\.docx\)/],
  ])('%s: one line, exit 2, nothing written', (_name, file, make, reason) => {
    const input = join(dir, file)
    writeFileSync(input, make())
    const before = hash(input)
    const out = join(dir, `out-${file}`)
    const { status, stdout, stderr } = heed(['annotate', input, '-o', out])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp(`^heed: ${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `))
    expect(stderr).toMatch(reason)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(existsSync(out)).toBe(false)
    expect(hash(input)).toBe(before)
  })

  it('refuses a .doc, a file over the size limit, a missing -o and a non-.docx output', () => {
    const doc = join(dir, 'old.doc')
    writeFileSync(doc, ole('WordDocument'))
    expect(heed(['annotate', doc, '-o', join(dir, 'x.docx')]).stderr).toBe(
      `heed: ${doc}: is an older Word document (.doc); open it in Word and save it as a Word Document (.docx)\n`,
    )
    const big = join(dir, 'big.docx')
    copyFileSync(letter, big)
    const tooBig = heed(['annotate', big, '-o', join(dir, 'y.docx'), '--max-size', '0.001'])
    expect(tooBig.status).toBe(2)
    expect(tooBig.stderr).toMatch(/^heed: .*big\.docx: is 0\.0 MB, over the 0\.0 MB limit \(raise it with --max-size\)\n$/)
    expect(heed(['annotate', letter]).stderr).toBe('heed: annotate needs -o OUT.docx: heed writes a copy and never changes the original\n')
    expect(heed(['annotate', letter, '-o', join(dir, 'z.pdf')]).stderr).toBe(`heed: ${join(dir, 'z.pdf')}: -o must name a .docx file\n`)
    expect(existsSync(join(dir, 'y.docx'))).toBe(false)
  })
})

/** An OLE compound file, as Word saves an encrypted .docx or an old .doc, naming one stream. */
function ole(stream: string): Buffer {
  const bytes = Buffer.alloc(4096)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes)
  Buffer.from(stream, 'utf16le').copy(bytes, 1024)
  return bytes
}
