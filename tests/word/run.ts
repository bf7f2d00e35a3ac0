/**
 * `npm run test:word`: heed annotate against a real Word client. Documents
 * saved by Word (mammoth's test data, with letter wording put into their own
 * runs), a letter saved by LibreOffice Writer and a drafted letter are
 * annotated with the built CLI; each output is checked (one comment per
 * finding, each on exactly the flagged words, a sound package), then opened by
 * headless LibreOffice and exported to PDF with its comments, and the first
 * page is turned into a PNG with pdftoppm. Needs `soffice` and `pdftoppm`
 * (Debian: libreoffice-writer-nogui, poppler-utils). Screenshots go to
 * tests/word/artifacts/, which git ignores.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { commentText, enclosed, heedCommentIds, packageProblems, text, unzip } from '../docx/package-check.js'
import { withLetterWording, wordLikeDocx } from '../docx/word-like.js'

const root = join(import.meta.dirname, '../..')
const bin = join(root, 'dist/cli/main.js')
const artifacts = join(root, 'tests/word/artifacts')
const work = join(artifacts, 'documents')
// LibreOffice keeps its settings in a profile of its own, so it never touches the user's.
const profile = `file://${join(tmpdir(), `heed-word-test-${process.pid}`)}`

rmSync(artifacts, { recursive: true, force: true })
mkdirSync(work, { recursive: true })

const failures: string[] = []
function check(ok: boolean, what: string): void {
  if (!ok) failures.push(what)
}

function soffice(args: string[]): void {
  const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { encoding: 'utf8', timeout: 180_000 })
  if (result.status !== 0) throw new Error(`soffice ${args[1] ?? ''} failed: ${result.stderr}`)
}

function heed(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root })
}

console.log(execFileSync('soffice', ['--version'], { encoding: 'utf8' }).trim())

// 1. The inputs.
const inputs: string[] = []
const fixtures = join(root, 'tests/fixtures/word')
for (const name of readdirSync(fixtures)
  .filter((n) => n.endsWith('.docx'))
  .sort()) {
  const path = join(work, `word-${name}`)
  writeFileSync(path, withLetterWording(new Uint8Array(readFileSync(join(fixtures, name)))))
  inputs.push(path)
}
writeFileSync(join(work, 'word-like.docx'), wordLikeDocx())
inputs.push(join(work, 'word-like.docx'))

// A letter typed as plain text and saved as .docx by LibreOffice Writer.
const letterText = [
  'Dear Ms Carter,',
  'I am writing to inform you that a decision has been made in respect of the above matter.',
  'The complainant was interviewed and the file was reviewed in accordance with the Code for Crown Prosecutors. The case will be marked NFA.',
  'It is noted that you did not report the incident until some weeks later.',
  'If you are dissatisfied you may request a review under the VRR scheme within 10 working days.',
  'Yours sincerely,',
  'A Prosecutor',
].join('\n\n')
writeFileSync(join(work, 'libreoffice-letter.txt'), letterText + '\n')
soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(work, 'libreoffice-letter.txt')])
inputs.push(join(work, 'libreoffice-letter.docx'))

// A letter drafted by heed, with jargon in one of its fields.
const data = readFileSync(join(root, 'examples/data/no-charge.yml'), 'utf8').replace(
  /^reasons: .*$/m,
  'reasons: The police marked the case NFA after the complainant was spoken to.',
)
writeFileSync(join(work, 'drafted.yml'), data)
heed(['draft', '--type', 'no-charge', '--data', join(work, 'drafted.yml'), '-o', join(work, 'drafted-letter.docx'), '--force'])
inputs.push(join(work, 'drafted-letter.docx'))

// 2. Annotate each, and check the output against `heed check` on the input.
const outputs: Array<{ path: string; comments: number; reason?: string }> = []
for (const input of inputs) {
  const name = basename(input, '.docx')
  const output = join(work, `${name}.heed.docx`)
  const before = readFileSync(input)
  const run = heed(['annotate', input, '-o', output, '--track-changes', '--kind', 'letter'])
  check(run.status === 0 || run.status === 1, `${name}: annotate exited ${run.status}: ${run.stderr}`)
  check(readFileSync(input).equals(before), `${name}: the input changed`)
  const [result] = JSON.parse(heed(['check', '--format', 'json', '--kind', 'letter', input]).stdout) as Array<{
    messages: Array<{ actual: string; reason: string; fix?: unknown }>
  }>
  const parts = unzip(readFileSync(output))
  const commentsPart = [...parts.keys()].find((n) => /^word\/comments\d*\.xml$/.test(n))
  const ids = commentsPart ? heedCommentIds(text(parts, commentsPart)) : []
  check(ids.length === result!.messages.length, `${name}: ${ids.length} comments for ${result!.messages.length} findings`)
  const ranges = enclosed(text(parts, 'word/document.xml'))
  // heed numbers its comments in the order of the findings.
  ids
    .map(Number)
    .sort((a, b) => a - b)
    .forEach((id, i) => {
      const message = result!.messages[i]!
      check(commentText(text(parts, commentsPart!), String(id)).startsWith(message.reason), `${name}: comment ${id} does not give its finding's reason`)
      if (message.actual && !message.fix && !message.actual.includes('\n')) {
        check(
          ranges.get(String(id))?.original === message.actual,
          `${name}: comment ${id} encloses "${ranges.get(String(id))?.original}", not "${message.actual}"`,
        )
      }
    })
  const problems = packageProblems(parts)
  check(problems.length === 0, `${name}: ${problems.join('; ')}`)
  const all = commentsPart ? [...text(parts, commentsPart).matchAll(/<w:comment /g)].length : 0
  outputs.push({ path: output, comments: all, reason: result!.messages[0]?.reason })
  console.log(`${name}: ${result!.messages.length} findings, ${ids.length} comments${problems.length ? `, problems: ${problems.join('; ')}` : ''}`)
}

// 3. LibreOffice opens each output and exports it to PDF with its comments: in the margin where its
// PDF export can (ExportNotesInMargin; an older version ignores the option), or else as PDF notes.
// The first page becomes a PNG.
const filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
soffice(['--convert-to', filter, '--outdir', artifacts, ...outputs.map((o) => o.path)])
for (const output of outputs) {
  const name = basename(output.path, '.docx')
  const pdf = join(artifacts, `${name}.pdf`)
  let bytes: Buffer
  try {
    bytes = readFileSync(pdf)
  } catch {
    check(false, `${name}: LibreOffice did not open it and write a PDF`)
    continue
  }
  // Each Word comment LibreOffice read becomes one note in the PDF, or its text in the margin.
  const notes = (bytes.toString('latin1').match(/\/Subtype ?\/Text\b/g) ?? []).length
  // Poppler warns on stderr about LibreOffice's note popups; the text is what matters.
  const pageText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+/g, ' ')
  const inMargin = notes === 0 && output.reason !== undefined && pageText.includes(output.reason.slice(0, 30))
  check(notes === output.comments || inMargin, `${name}: the PDF has ${notes} notes for ${output.comments} comments, and no comment text in the margin`)
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(artifacts, name)], { stdio: ['ignore', 'ignore', 'ignore'] })
  console.log(`${name}: LibreOffice rendered ${inMargin ? 'the comments in the margin' : `${notes} comments as PDF notes`}; ${name}.png`)
}
rmSync(profile.slice('file://'.length), { recursive: true, force: true })

if (failures.length > 0) {
  console.error(`\n${failures.length} problem${failures.length === 1 ? '' : 's'}:\n${failures.map((f) => `  ${f}`).join('\n')}`)
  process.exitCode = 1
} else {
  console.log(`\nAll ${outputs.length} documents annotated faithfully and opened by LibreOffice. Screenshots in tests/word/artifacts/.`)
}
