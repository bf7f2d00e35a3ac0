/**
 * The built `heed` binary, checked as a user meets it: exit code, stdout and
 * stderr together (alex's CLI tests). `npm test` builds first.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const bin = join(root, 'dist/cli/main.js')
const poorLetter = join(root, 'examples/letters/no-charge-poor.md')
const goodLetter = join(root, 'examples/letters/no-charge-good.md')

function heed(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'heed-cli-'))
})

describe('heed check', () => {
  it('reports findings in a letter and exits 1 for errors', () => {
    const { status, stdout, stderr } = heed(['check', poorLetter])
    expect(stderr).toBe('')
    expect(stdout).toContain('(letter, no-charge)')
    expect(stdout).toMatch(/error +Rephrase “had sex”/)
    expect(stdout).toMatch(/jargon\/nfa/)
    expect(status).toBe(1)
  })

  it('exits 0 when nothing reaches the threshold, and 1 with --fail-on warning', () => {
    const file = join(dir, 'letter.txt')
    writeFileSync(file, 'Dear Sam,\n\nThe police marked the case NFA.\n')
    expect(heed(['check', file]).status).toBe(0)
    expect(heed(['check', '--fail-on', 'warning', file]).status).toBe(1)
  })

  it('prints JSON as DESIGN.md fixes it', () => {
    const { status, stdout } = heed(['check', '--format', 'json', '--kind', 'letter', '-'], { input: 'Dear Sam,\n\nThe case is NFA.\n' })
    expect(status).toBe(0)
    const results = JSON.parse(stdout)
    expect(results).toHaveLength(1)
    expect(results[0].path).toBe('<stdin>')
    expect(results[0].messages.find((m: { ruleId: string }) => m.ruleId === 'jargon/nfa')).toEqual({
      ruleId: 'jargon/nfa',
      source: 'heed',
      reason: 'Explain “NFA” in plain words beside it.',
      category: 'jargon',
      severity: 'warning',
      line: 3,
      column: 13,
      endLine: 3,
      endColumn: 16,
      actual: 'NFA',
      // “no one will be charged” would not read right in place of NFA, so it is advice, not a replacement.
      expected: [],
      advice: 'Say plainly that no one will be charged and the investigation has closed.',
      scope: 'phrase',
      note: expect.any(String),
      url: expect.stringMatching(/#jargonnfa$/),
    })
  })

  it('prints SARIF 2.1.0 that validates against the schema', () => {
    const { stdout } = heed(['check', '--format', 'sarif', poorLetter, goodLetter])
    const log = JSON.parse(stdout)
    const require = createRequire(import.meta.url)
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    const valid = ajv.validate(schema, log)
    expect(ajv.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(log.runs[0].results.length).toBeGreaterThan(5)
    const result = log.runs[0].results[0]
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    expect(JSON.stringify(log)).not.toContain('"snippet"')
  })

  it('checks folders, skipping what is not text', () => {
    const folder = join(dir, 'letters')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'a.md'), 'Dear Sam,\n\nThe case is NFA.\n')
    writeFileSync(join(folder, 'b.txt'), 'Dear Sam,\n\nI am sorry.\n')
    writeFileSync(join(folder, 'c.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))
    const results = JSON.parse(heed(['check', '--format', 'json', folder]).stdout)
    expect(results.map((r: { path: string }) => r.path.slice(folder.length + 1))).toEqual(['a.md', 'b.txt'])
  })

  it('gives one line on stderr and exit 2 for each bad input, still checking the others', () => {
    const binary = join(dir, 'scan.txt')
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))
    const latin1 = join(dir, 'latin1.txt')
    writeFileSync(latin1, Buffer.from([0x44, 0x65, 0x61, 0x72, 0x20, 0xe9, 0x0a]))
    const empty = join(dir, 'empty-folder')
    mkdirSync(empty, { recursive: true })
    const { status, stdout, stderr } = heed(['check', '--format', 'json', join(dir, 'missing.md'), binary, latin1, empty, goodLetter])
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([
      `heed: ${join(dir, 'missing.md')}: no such file`,
      `heed: ${binary}: looks like a binary file, not text`,
      `heed: ${latin1}: is not valid UTF-8 text (save it as UTF-8 and try again)`,
      `heed: ${empty}: folder has no .md, .markdown or .txt files`,
    ])
    expect(JSON.parse(stdout).map((r: { path: string }) => r.path)).toEqual([goodLetter])
  })

  it('refuses a file over the size limit', () => {
    const big = join(dir, 'big.txt')
    writeFileSync(big, 'word '.repeat(50_000))
    const { status, stderr } = heed(['check', '--max-size', '0.1', big])
    expect(status).toBe(2)
    expect(stderr).toMatch(/big\.txt: is 0\.2 MB, over the 0\.1 MB limit \(raise it with --max-size\)\n$/)
  })

  it('handles CRLF files and a byte order mark', () => {
    const file = join(dir, 'crlf.txt')
    writeFileSync(file, '\uFEFFDear Sam,\r\n\r\nThe case is NFA.\r\n')
    const [result] = JSON.parse(heed(['check', '--format', 'json', '--kind', 'letter', file]).stdout)
    const nfa = result.messages.find((m: { ruleId: string }) => m.ruleId === 'jargon/nfa')
    expect([nfa.line, nfa.column, nfa.endColumn]).toEqual([3, 13, 16])
  })

  it('explains bad usage in one line with exit 2', () => {
    expect(heed(['check', '--kind', 'memo', poorLetter])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'heed: --kind must be one of letter, review (got "memo")\n',
    })
    expect(heed(['check'])).toMatchObject({ status: 2, stderr: 'heed: check needs one or more files or folders, or - for standard input\n' })
    expect(heed(['check', '--colour', poorLetter]).stderr).toMatch(/^heed: Unknown option '--colour'/)
    expect(heed(['lint', poorLetter])).toMatchObject({
      status: 2,
      stderr: 'heed: unknown command "lint" (use check, report, annotate, rules, draft, templates or lsp)\n',
    })
  })
})

describe('configuration files', () => {
  it('finds .heedrc.yml upward from the checked file', () => {
    const project = join(dir, 'project')
    mkdirSync(join(project, 'letters'), { recursive: true })
    writeFileSync(join(project, '.heedrc.yml'), 'rules:\n  jargon/nfa: "off"\n')
    writeFileSync(join(project, 'letters', 'a.txt'), 'Dear Sam,\n\nThe case is NFA.\n')
    const [result] = JSON.parse(heed(['check', '--format', 'json', join(project, 'letters', 'a.txt')]).stdout)
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('jargon/nfa')
    const [unconfigured] = JSON.parse(heed(['check', '--format', 'json', '--no-config', join(project, 'letters', 'a.txt')]).stdout)
    expect(unconfigured.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('jargon/nfa')
  })

  it('names the file and the problem when a config is broken', () => {
    const project = join(dir, 'broken')
    mkdirSync(project, { recursive: true })
    writeFileSync(join(project, '.heedrc.json'), '{ "rules": { "jargon/nfa": "loud" } }')
    writeFileSync(join(project, 'a.txt'), 'Dear Sam,\n')
    const { status, stderr } = heed(['check', join(project, 'a.txt')])
    expect(status).toBe(2)
    expect(stderr).toBe(`heed: ${join(project, '.heedrc.json')}: rules.jargon/nfa: must be one of off, error, warning, info\n`)
    writeFileSync(join(project, '.heedrc.json'), '{ "rules": ')
    expect(heed(['check', join(project, 'a.txt')]).stderr).toMatch(/^heed: .*\.heedrc\.json: cannot read configuration: .+\n$/)
  })
})

describe('heed rules', () => {
  it('lists the rules as JSON and as Markdown', () => {
    const rules = JSON.parse(heed(['rules', '--format', 'json']).stdout)
    expect(rules.length).toBeGreaterThanOrEqual(40)
    const markdown = heed(['rules']).stdout
    for (const rule of rules) expect(markdown).toContain(`## ${rule.id}\n`)
  })

  it('explains itself with --help, and asks for a command when given none', () => {
    expect(heed(['--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage:\n {2}heed check/) })
    expect(heed(['--help']).stdout).toContain('  heed report PATH... [--format html|json|csv] [-o FILE [--force]] [--include-quotes]\n')
    expect(heed(['--help']).stdout).toContain('  heed annotate IN.docx -o OUT.docx [--track-changes] [--force]\n')
    expect(heed([])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'heed: give a command: check, report, annotate, rules, draft, templates or lsp (heed --help shows how)\n',
    })
  })

  it('prints the version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(heed(['--version']).stdout).toBe(`${version}\n`)
  })
})

describe('heed check, stylish', () => {
  it('says what to do under a finding whose reason only names the words', () => {
    const { stdout } = heed(['check', poorLetter])
    expect(stdout).toMatch(/Rephrase “Please be advised that”\.[^\n]*\n +→ Open plainly, as in “I am writing to let you know”\./)
  })
})
