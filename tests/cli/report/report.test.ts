/**
 * `heed report` through the built binary: its totals are the sum of what
 * `heed check --format json` says about the same files, every format keeps to
 * its shape, unreadable files are listed without stopping the run, and no
 * letter text appears unless quotes are asked for.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const bin = join(root, 'dist/cli/main.js')

function heed(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

interface CheckFile {
  path: string
  messages: Array<{ ruleId: string; category: string; severity: 'error' | 'warning' | 'info' }>
}

let dir: string
let set: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'heed-report-'))
  set = join(dir, 'set')
  cpSync(join(root, 'examples/letters'), join(set, 'letters'), { recursive: true })
  cpSync(join(root, 'examples/reviews'), join(set, 'reviews'), { recursive: true })
  // A Word document, as caseworkers send them, drafted by heed itself.
  const drafted = heed(['draft', '--type', 'charge', '--data', join(root, 'examples/data/charge.yml'), '-o', join(set, 'letters', 'charge.docx')])
  expect(drafted.status).toBe(0)
  writeFileSync(join(set, 'broken.txt'), Buffer.from([0, 1, 2, 3]))
  copyFileSync(join(root, 'examples/letters/no-charge-poor.md'), join(set, 'plain copy.txt'))
})

describe('heed report', () => {
  it('adds up to exactly what heed check reports over the same files', () => {
    const report = heed(['report', set, '--format', 'json'])
    expect(report.stderr).toBe('heed: 1 file could not be read; the report lists it with the reason\n')
    expect(report.status).toBe(2)
    const json = JSON.parse(report.stdout)
    const files = json.files.map((f: { path: string }) => f.path)
    expect(files.some((f: string) => f.endsWith('charge.docx'))).toBe(true)
    expect(json.unreadable).toEqual([{ path: join(set, 'broken.txt'), error: 'looks like a binary file, not text' }])

    const checked = heed(['check', '--format', 'json', ...files])
    const results: CheckFile[] = JSON.parse(checked.stdout)
    expect(results.map((r) => r.path)).toEqual(files)
    const expected = { messages: 0, severity: { error: 0, warning: 0, info: 0 }, categories: {} as Record<string, number>, rules: {} as Record<string, number> }
    for (const result of results) {
      for (const m of result.messages) {
        expected.messages++
        expected.severity[m.severity]++
        expected.categories[m.category] = (expected.categories[m.category] ?? 0) + 1
        expected.rules[m.ruleId] = (expected.rules[m.ruleId] ?? 0) + 1
      }
      const entry = json.files.find((f: { path: string }) => f.path === result.path)
      expect(entry.messages, result.path).toBe(result.messages.length)
      expect(entry.missing).toEqual(result.messages.filter((m) => m.ruleId.startsWith('structure/missing-')).map((m) => m.ruleId.slice(18)))
    }
    expect(expected.messages).toBeGreaterThan(50)
    expect(json.documents).toBe(results.length)
    expect(json.totals.messages).toBe(expected.messages)
    expect(json.totals.severity).toEqual(expected.severity)
    expect(json.totals.categories).toEqual(expected.categories)
    expect(json.totals.rules).toEqual(expected.rules)
    expect(json.totals.unreadable).toBe(1)
  })

  it('describes each document and the set', () => {
    const json = JSON.parse(heed(['report', join(set, 'letters'), join(set, 'reviews'), '--format', 'json']).stdout)
    const poor = json.files.find((f: { path: string }) => f.path.endsWith('no-charge-poor.md'))
    expect(poor).toMatchObject({ kind: 'letter', letterType: 'no-charge', meetsStandard: false })
    expect(poor.criteria['no-misconception']).toBe(false)
    expect(typeof poor.readingAge).toBe('number')
    const victim = json.files.find((f: { path: string }) => f.path.endsWith('review-victim-focused.md'))
    const suspect = json.files.find((f: { path: string }) => f.path.endsWith('review-suspect-focused.md'))
    expect(victim.focus.leansOnVictim).toBe(true)
    expect(victim.focus.victimScrutiny).toBeGreaterThan(victim.focus.suspectAnalysis)
    expect(suspect.focus.leansOnVictim).toBe(false)
    expect(json.totals.reviewFocus).toEqual({ reviews: 2, leansOnVictim: 1, leansOnVictimShare: 0.5 })
    const letters = json.files.filter((f: { kind: string }) => f.kind === 'letter')
    expect(json.totals.standard.letters).toBe(letters.length)
    expect(json.totals.standard.meeting).toBe(letters.filter((f: { meetsStandard: boolean }) => f.meetsStandard).length)
    const plain = letters.filter((f: { readingAge: number | null }) => f.readingAge !== null && f.readingAge! <= 11).length
    expect(json.totals.readingAge.plain).toBe(plain)
    expect(json.totals.topRules[0].count).toBe(Math.max(...Object.values(json.totals.rules as Record<string, number>)))
  })

  it('gives the same report in one thread as across workers', () => {
    const inThread = JSON.parse(heed(['report', set, '--format', 'json', '--jobs', '0']).stdout)
    const workers = JSON.parse(heed(['report', set, '--format', 'json', '--jobs', '2']).stdout)
    expect(workers).toEqual(inThread)
  })

  it('exits 1 exactly when heed check would, for any --fail-on', () => {
    const good = join(root, 'examples/letters/no-charge-good.md')
    const poor = join(root, 'examples/letters/no-charge-poor.md')
    for (const files of [[good], [good, poor]]) {
      for (const failOn of ['error', 'info']) {
        const checked = heed(['check', '--format', 'json', '--fail-on', failOn, ...files]).status
        expect(heed(['report', ...files, '--format', 'json', '--fail-on', failOn]).status, `${files.length} files, --fail-on ${failOn}`).toBe(checked)
      }
    }
    expect(heed(['report', good, '--format', 'json']).status).toBe(0)
  })

  it('keeps the order given and the same totals when files go to workers in batches', () => {
    // More files than one batch holds, in two folders, with an unreadable file, and a missing path and an empty folder between them.
    const many = join(dir, 'many')
    const letters = ['no-charge-good.md', 'no-charge-poor.md']
    for (const folder of ['a', 'b']) {
      mkdirSync(join(many, folder), { recursive: true })
      for (let i = 0; i < 20; i++) copyFileSync(join(root, 'examples/letters', letters[i % 2]!), join(many, folder, `${String(i).padStart(2, '0')}.md`))
    }
    writeFileSync(join(many, 'a', '07.md'), Buffer.from([0, 1, 2]))
    mkdirSync(join(many, 'empty'))
    const args = ['report', join(many, 'a'), join(dir, 'missing.md'), join(many, 'empty'), join(many, 'b'), '--format', 'json']
    const inThread = JSON.parse(heed([...args, '--jobs', '0']).stdout)
    const workers = JSON.parse(heed([...args, '--jobs', '2']).stdout)
    expect(workers).toEqual(inThread)
    const expected = ['a', 'b'].flatMap((folder) => Array.from({ length: 20 }, (_, i) => join(many, folder, `${String(i).padStart(2, '0')}.md`)))
    expect(workers.files.map((f: { path: string }) => f.path)).toEqual(expected.filter((p) => !p.endsWith(join('a', '07.md'))))
    expect(workers.unreadable.map((u: { path: string }) => u.path)).toEqual([join(many, 'a', '07.md'), join(dir, 'missing.md'), join(many, 'empty')])
    expect(workers.documents).toBe(39)
    expect(workers.totals.letters).toBe(39)
    // The CSV lists every row in the order given, the unreadable ones in their places.
    const rows = heed([...args.slice(0, -2), '--format', 'csv', '--jobs', '2'])
      .stdout.trimEnd()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(',')[0])
    expect(rows).toEqual([...expected.slice(0, 20), join(dir, 'missing.md'), join(many, 'empty'), ...expected.slice(20)])
    // The totals of the batches, added up, are those of the files.
    expect(workers.totals.messages).toBe(workers.files.reduce((n: number, f: { messages: number }) => n + f.messages, 0))
    expect(workers.totals.standard.meeting).toBe(workers.files.filter((f: { meetsStandard: boolean }) => f.meetsStandard).length)
  })

  it('writes CSV with one row per file, and a reason for the unreadable one', () => {
    const csv = heed(['report', set, '--format', 'csv']).stdout.trimEnd().split('\r\n')
    expect(csv[0]).toMatch(/^path,kind,kind_source,letter_type,letter_type_source,reading_age,words,findings,errors,warnings,infos,/)
    expect(csv).toHaveLength(1 + 8)
    const columns = csv[0]!.split(',')
    const broken = csv.find((line) => line.includes('broken.txt'))!
    expect(broken.endsWith(',"looks like a binary file, not text"')).toBe(true)
    expect(broken.split(',').length).toBe(columns.length + 1)
    const copy = csv.find((line) => line.includes('plain copy.txt'))!.split(',')
    expect(copy[columns.indexOf('kind')]).toBe('letter')
    expect(copy[columns.indexOf('meets_standard')]).toBe('no')
  })

  it('writes one self-contained HTML page with no letter text unless asked', () => {
    const out = join(dir, 'report.html')
    expect(heed(['report', set, '-o', out]).status).toBe(2)
    const html = readFileSync(out, 'utf8')
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';[^"]*connect-src 'none'/,
    )
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|https?:\/\/(?!www\.w3\.org)/)
    expect(html).toContain('<svg role="img"')
    // The poor letter says "NFA" and "had sex"; the report names the rules, not the words.
    expect(html).not.toMatch(/had sex|\bNFA\b/)
    expect(heed(['report', set, '-o', out]).stderr).toBe(`heed: ${out}: already exists (add --force to replace it)\n`)
    expect(heed(['report', set, '-o', out, '--force', '--include-quotes']).status).toBe(2)
    expect(readFileSync(out, 'utf8')).toMatch(/had sex/)
  })

  it('explains bad usage in one line with exit 2', () => {
    for (const [args, reason] of [
      [['report'], /^heed: report needs one or more files or folders\n$/],
      [['report', set, '--format', 'pdf'], /^heed: --format must be one of html, json, csv \(got "pdf"\)\n$/],
      [['report', set, '--jobs', 'many'], /^heed: --jobs must be a whole number/],
      [['report', '-'], /^heed: report reads files and folders, not standard input\n$/],
    ] as const) {
      const { status, stdout, stderr } = heed([...args])
      expect(stderr).toMatch(reason)
      expect(stdout).toBe('')
      expect(status).toBe(2)
    }
  })

  it('lists a missing path and an empty folder, and still reports the rest', () => {
    const empty = join(dir, 'empty')
    mkdirSync(empty, { recursive: true })
    const { status, stdout } = heed(['report', join(dir, 'nowhere.md'), empty, join(root, 'examples/letters/no-charge-good.md'), '--format', 'json'])
    expect(status).toBe(2)
    const json = JSON.parse(stdout)
    expect(json.documents).toBe(1)
    expect(json.unreadable.map((u: { error: string }) => u.error)).toEqual(['no such file', 'folder has no .md, .markdown, .txt or .docx files'])
  })

  it('lists a file whose front matter heed cannot use, without quoting it', () => {
    const odd = join(dir, 'odd.md')
    writeFileSync(odd, '---\nletter-type: Sam Example private\n---\nDear Sam,\n\nWe will not charge anyone.\n')
    const json = JSON.parse(heed(['report', odd, '--format', 'json']).stdout)
    expect(json.unreadable).toHaveLength(1)
    expect(json.unreadable[0].error).toMatch(/^could not be checked: front matter `letter-type` must be one of no-charge, /)
    expect(JSON.stringify(json)).not.toContain('Sam Example')
  })
})
