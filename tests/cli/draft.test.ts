/**
 * `heed draft` and `heed templates` through the built binary, and `.docx`
 * both ways: a Word document written by `heed draft` opens with mammoth and
 * gives back the letter's text, and `heed check` reads Word documents.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { readDocx } from '../../src/cli/docx.js'
import { LETTER_TYPES, draft } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')
const bin = join(root, 'dist/cli/main.js')
const data = (type: string) => join(root, 'examples/data', `${type}.yml`)

function heed(args: string[], options: { input?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: options.input, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

// Each case spawns the built binary, some several times: allow for a loaded 2-core machine.
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'heed-draft-'))
})

/** Write a data file: the example for a type with some fields changed (undefined removes one). */
function dataWith(type: string, changes: Record<string, unknown>, name = `${type}-changed.yml`): string {
  const fields = { ...(parse(readFileSync(data(type), 'utf8')) as Record<string, unknown>), ...changes }
  const file = join(dir, name)
  writeFileSync(file, stringify(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))))
  return file
}

describe('heed templates', { timeout: 60_000 }, () => {
  it('lists every template with its fields', () => {
    const { status, stdout, stderr } = heed(['templates'])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    for (const type of LETTER_TYPES) expect(stdout).toMatch(new RegExp(`^${type}: `, 'm'))
    expect(stdout).toMatch(/^ {2}reasons +required +text: /m)
    expect(stdout).toMatch(/^ {2}delayed +required +one of trial\|hearing\|decision: /m)
  })

  it('shows one template, or all as JSON', () => {
    const one = heed(['templates', 'charge'])
    expect(one.stdout).toMatch(/^charge: /)
    expect(one.stdout).not.toMatch(/^no-charge: /m)
    const json = JSON.parse(heed(['templates', '--format', 'json']).stdout) as Array<{ type: string; fields: Array<{ name: string }> }>
    expect(json.map((t) => t.type)).toEqual([...LETTER_TYPES])
    expect(json[0]!.fields.map((f) => f.name)).toContain('contact_phone')
  })

  it('refuses an unknown letter type', () => {
    const { status, stderr } = heed(['templates', 'parole'])
    expect(status).toBe(2)
    expect(stderr).toMatch(/^heed: no template for "parole"; the letter types are no-charge, /)
  })
})

describe('heed draft', { timeout: 60_000 }, () => {
  it.each(LETTER_TYPES.map((type) => [type]))('drafts a %s letter to stdout with no findings', (type) => {
    const { status, stdout, stderr } = heed(['draft', '--type', type, '--data', data(type)])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^Private – for /)
    expect(stdout).toContain('Yours sincerely,')
  })

  it.each(LETTER_TYPES.map((type) => [type]))('drafts a %s letter that heed check passes through a pipe, in both styles', (type) => {
    for (const style of ['standard', 'easy-read']) {
      const letter = heed(['draft', '--type', type, '--data', data(type), '--style', style])
      expect(letter.status, style).toBe(0)
      const checked = heed(['check', '--letter-type', type, '-'], { input: letter.stdout })
      expect(checked.stdout, style).toContain('No problems found.')
      expect(checked.status).toBe(0)
    }
  })

  it('refuses an unknown style', () => {
    const { status, stderr } = heed(['draft', '--type', 'charge', '--data', data('charge'), '--style', 'large'])
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/style/)
  })

  it('warns at the field when the writer’s words assert guilt before a verdict', () => {
    const { status, stderr } = heed([
      'draft',
      '--type',
      'alteration',
      '--data',
      dataWith('alteration', { reasons: 'The report confirms what Mr Dale did to you.' }),
    ])
    expect(status).toBe(0)
    expect(stderr).toMatch(/: reasons says "what Mr Dale did to you" before a verdict/)
    expect(stderr).toContain('accuracy/asserts-guilt-before-trial')
  })

  it('writes Markdown and HTML, choosing the format from -o', () => {
    const md = join(dir, 'letter.md')
    const html = join(dir, 'letter.html')
    expect(heed(['draft', '--type', 'no-charge', '--data', data('no-charge'), '-o', md]).status).toBe(0)
    expect(readFileSync(md, 'utf8')).toContain('## Asking for a review')
    const { stdout } = heed(['draft', '--type', 'no-charge', '--data', data('no-charge'), '-o', html])
    expect(stdout).toMatch(/^Wrote a no-charge letter to .*letter\.html\./)
    expect(stdout).toContain('No problems found.')
    expect(readFileSync(html, 'utf8')).toContain('<h2>Asking for a review</h2>')
    expect(heed(['draft', '--type', 'no-charge', '--data', data('no-charge'), '--format', 'markdown']).stdout).toContain('## My decision')
  })

  it('reads JSON data, and data on standard input', () => {
    const json = join(dir, 'case.json')
    const yaml = readFileSync(data('charge'), 'utf8')
    const fromStdin = heed(['draft', '--type', 'charge', '--data', '-'], { input: yaml })
    expect(fromStdin.status).toBe(0)
    expect(fromStdin.stdout).toContain('I have decided to charge Mr Lowe')
    writeFileSync(
      json,
      JSON.stringify({
        victim_name: 'Sam Doe',
        address_as: 'Sam',
        letter_date: '2026-03-03',
        prosecutor_name: 'Alex Reed',
        contact_phone: '01632 960 111',
        suspect_name: 'Mr Lane',
        charges: ['rape'],
      }),
    )
    const fromJson = heed(['draft', '--type', 'charge', '--data', json])
    expect(fromJson.stderr).toBe('')
    expect(fromJson.stdout).toContain('I have decided to charge Mr Lane with rape.')
  })

  it('names each bad field on its own line and exits 2', () => {
    const bad = dataWith('no-charge', { reasons: undefined, offer_meeting: 'maybe', shoe_size: 9 }, 'bad.yml')
    const { status, stdout, stderr } = heed(['draft', '--type', 'no-charge', '--data', bad])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toEqual([
      `heed: ${bad}: shoe_size is not a field of a no-charge letter; heed templates lists the fields`,
      expect.stringMatching(new RegExp(`^heed: ${bad}: offer_meeting must be true or false, not text$`)),
      expect.stringMatching(new RegExp(`^heed: ${bad}: reasons is missing: `)),
    ])
  })

  it('gives one-line reasons for bad usage and unreadable data, without quoting it', () => {
    const cases: Array<[string[], RegExp]> = [
      [['draft', '--data', data('charge')], /^heed: draft needs --type, one of no-charge, /],
      [['draft', '--type', 'parole', '--data', data('charge')], /^heed: --type must be one of /],
      [['draft', '--type', 'charge'], /^heed: draft needs --data /],
      [['draft', '--type', 'charge', '--data', join(dir, 'none.yml')], /^heed: .*none\.yml: no such file$/],
      [['draft', '--type', 'charge', '--data', data('charge'), '--format', 'docx'], /^heed: --format docx needs -o FILE\.docx/],
      [['draft', '--type', 'charge', '--data', join(root, 'README.md')], /must be a \.json, \.yml or \.yaml file$/],
    ]
    const secretYaml = join(dir, 'broken.yml')
    writeFileSync(secretYaml, 'victim_name: Secret Person\n  reasons: [unclosed\n')
    cases.push([['draft', '--type', 'charge', '--data', secretYaml], /^heed: .*broken\.yml: is not valid YAML( \(at line \d+, column \d+\))?$/])
    const secretJson = join(dir, 'broken.json')
    writeFileSync(secretJson, '{"victim_name": "Secret Person",}')
    cases.push([['draft', '--type', 'charge', '--data', secretJson], /^heed: .*broken\.json: is not valid JSON( \(at character \d+\))?$/])
    for (const [args, reason] of cases) {
      const { status, stderr } = heed(args)
      expect(status, args.join(' ')).toBe(2)
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
      expect(stderr.trim()).toMatch(reason)
      expect(stderr).not.toContain('Secret')
    }
  })

  it('exits 1 and reports findings when the writer’s own words have errors', () => {
    const file = dataWith('no-charge', { reasons: 'The case was dropped because you failed to reply. The police marked it NFA.' }, 'poor.yml')
    const { status, stdout, stderr } = heed(['draft', '--type', 'no-charge', '--data', file])
    expect(status).toBe(1)
    expect(stdout).toContain('The case was dropped because you failed to reply.')
    expect(stderr).toContain('tone/blaming-you-failed')
    expect(stderr).toContain('jargon/nfa')
  })
})

describe('Word documents', { timeout: 60_000 }, () => {
  it('writes every type as a .docx, in both styles, that heed check passes', () => {
    for (const type of LETTER_TYPES) {
      for (const style of ['standard', 'easy-read']) {
        const out = join(dir, `${type}-${style}.docx`)
        expect(heed(['draft', '--type', type, '--data', data(type), '--style', style, '-o', out]).status).toBe(0)
        const checked = heed(['check', '--letter-type', type, out])
        expect(checked.stdout, `${type} ${style}`).toContain('No problems found.')
      }
    }
  }, 240_000)

  it('writes a .docx that mammoth opens, with the letter’s text', async () => {
    for (const type of ['no-charge', 'charge', 'acquittal'] as const) {
      const out = join(dir, `${type}.docx`)
      const { status, stdout } = heed(['draft', '--type', type, '--data', data(type), '-o', out])
      expect(status).toBe(0)
      expect(stdout).toContain('No problems found.')
      const { text } = await draft({ type, fields: parse(readFileSync(data(type), 'utf8')) as Record<string, unknown> })
      // Every paragraph of the letter is a paragraph of the document, in order.
      const raw = (await mammoth.extractRawText({ path: out })).value
      const paragraphs = text
        .split('\n\n')
        .filter((p) => !p.includes('\n'))
        .map((p) => p.replace(/^- /, ''))
      let from = 0
      for (const paragraph of paragraphs) {
        const at = raw.indexOf(paragraph, from)
        expect(at, paragraph).toBeGreaterThanOrEqual(from)
        from = at + paragraph.length
      }
      // Headings are Word headings and lists are bullets; with line breaks kept, the text comes back exactly.
      const html = (await mammoth.convertToHtml({ path: out })).value
      expect(html).toContain(type === 'acquittal' ? '<h2>The verdict</h2>' : type === 'charge' ? '<h2>What happens next</h2>' : '<h2>My decision</h2>')
      expect(html).toContain('<ul><li>Rape Crisis, at any time of day or night, on 0808 500 2222</li>')
      const back = await readDocx(readFileSync(out))
      expect(back).toEqual({ text })
    }
  })

  it('keeps values literal in a Word document', async () => {
    const out = join(dir, 'tricky.docx')
    const tricky = '<w:t>{{x}}</w:t> & "quotes"'
    // Written as given, and reported: heed takes `{{x}}` for a gap left from a template.
    const { status, stdout } = heed(['draft', '--type', 'charge', '--data', dataWith('charge', { what_happened: tricky }), '-o', out])
    expect(status).toBe(1)
    expect(stdout).toContain('structure/placeholder')
    const back = await readDocx(readFileSync(out))
    expect('text' in back && back.text).toContain(`after looking at ${tricky}.`)
  })

  it('heed check reads a .docx written by heed draft as the same letter', () => {
    const out = join(dir, 'check-clean.docx')
    heed(['draft', '--type', 'discontinuance', '--data', data('discontinuance'), '-o', out])
    const { status, stdout } = heed(['check', out])
    expect(status).toBe(0)
    expect(stdout).toContain('(letter (detected, 100% sure), discontinuance (detected')
    expect(stdout).toContain('No problems found.')
  })

  it('heed check reports findings in a .docx, by line of its text and by paragraph', () => {
    const nfaData = dataWith('no-charge', { reasons: 'The police marked the case NFA.' }, 'nfa.yml')
    const out = join(dir, 'nfa.docx')
    heed(['draft', '--type', 'no-charge', '--data', nfaData, '-o', out])
    const { status, stdout } = heed(['check', '--format', 'json', out])
    expect(status).toBe(0)
    const [result] = JSON.parse(stdout) as Array<{ path: string; messages: Array<{ ruleId: string; line: number; column: number; actual: string }> }>
    expect(result!.path).toBe(out)
    const nfa = result!.messages.find((m) => m.ruleId === 'jargon/nfa')!
    expect(nfa.actual).toBe('NFA')
    const text = heed(['draft', '--type', 'no-charge', '--data', nfaData]).stdout
    expect(text.split('\n')[nfa.line - 1]!.slice(nfa.column - 1, nfa.column + 2)).toBe('NFA')
    // Word shows no line numbers: the report counts paragraphs with text, as a reader would.
    const paragraphs = text.trim().split(/\n\n|\n(?=- )/)
    const paragraph = (nfa as unknown as { paragraph: number }).paragraph
    expect(paragraphs[paragraph - 1]).toContain('The police marked the case NFA.')
    expect(heed(['check', out]).stdout).toMatch(new RegExp(`^  paragraph ${paragraph} +warning +Explain “NFA”`, 'm'))
  })

  it('gives a one-line reason and exit 2 for a corrupt .docx, and checks the other files', () => {
    const corrupt = join(dir, 'corrupt.docx')
    writeFileSync(corrupt, 'PK\u0003\u0004 this is not really a zip file')
    const { status, stdout, stderr } = heed(['check', '--format', 'json', corrupt, join(root, 'examples/letters/no-charge-good.md')])
    expect(status).toBe(2)
    expect(stderr).toBe(`heed: ${corrupt}: is damaged: it is not a complete .docx file; open it in Word and save it again\n`)
    expect(JSON.parse(stdout)).toHaveLength(1)
  })
})
