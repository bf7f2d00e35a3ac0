/**
 * The fast path for simple Markdown builds exactly the tree the full path
 * (remark-parse, then remark-retext) builds, and declines everything else.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Root } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { draft } from '../../../src/core/draft/draft.js'
import { readDirectives } from '../../../src/core/engine/directives.js'
import { readFrontMatter } from '../../../src/core/text/front-matter.js'
import { parseSimpleMarkdown } from '../../../src/core/text/simple-markdown.js'
import { LETTER_TYPES } from '../../../src/core/model/types.js'

const parser = new ParseEnglish()
const remark = unified()
  .use(remarkParse)
  .use(remarkRetext, ParseEnglish as never)

function fullPath(text: string): Root {
  return remark.runSync(remark.parse(text), new VFile({ value: text })) as unknown as Root
}

const root = join(import.meta.dirname, '../../..')
function readFolder(folder: string): string[] {
  const dir = join(root, folder)
  return readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
}
/** As lint sees a document: front matter and directives blanked. */
const body = async (text: string) => readDirectives((await readFrontMatter(text)).body).text
/** Held-out documents mark expected findings with ⟦id: … ⟧; the marks are not part of the letter. */
const unmark = (text: string) => text.replace(/⟦[^:⟧]*:\s?/g, '').replace(/⟧/g, '')

describe('simple Markdown fast path', () => {
  // The held-out set grows by a batch at a time and each document is parsed both ways: it gets a budget of its own.
  it('builds the same tree as remark-retext for every example and held-out document it takes', async () => {
    const docs = await Promise.all(
      [...readFolder('examples/letters'), ...readFolder('examples/reviews'), ...readFolder('tests/fixtures/held-out').map(unmark)].map(body),
    )
    let taken = 0
    for (const text of docs) {
      const tree = parseSimpleMarkdown(text, parser)
      if (!tree) continue
      taken++
      expect(tree).toEqual(fullPath(text))
    }
    // Most letters are written in the sliver; the fast path is no use if it never applies.
    expect(taken).toBeGreaterThan(docs.length / 2)
  }, 120_000)

  it('takes every drafted letter, and builds the same tree', async () => {
    for (const type of LETTER_TYPES) {
      const fields = parseYaml(readFileSync(join(root, 'examples/data', `${type}.yml`), 'utf8')) as Record<string, unknown>
      const { output } = await draft({ type, fields, format: 'markdown' })
      const tree = parseSimpleMarkdown(output, parser)
      expect(tree, type).toBeDefined()
      expect(tree).toEqual(fullPath(output))
    }
  })

  it.each([
    ['emphasis', 'I am *so* sorry.'],
    ['a link', 'See [our page](https://example.org).'],
    ['inline code', 'Run `heed`.'],
    ['an entity', 'Rape &amp; Sexual Offences'],
    ['a block quote', '> He said no.'],
    ['an ordered list', '1. First\n2. Second'],
    ['an indented line', 'Dear Ms Farrow,\n    indented'],
    ['trailing spaces (a hard break)', 'Fairfax House  \nReading'],
    ['a setext heading', 'My decision\n-----------'],
    ['a thematic break', 'One.\n\n- - -\n\nTwo.'],
    ['a backslash escape', 'A \\# sign'],
    ['a backslash at the end of a paragraph', 'Reading\\\n\nNext'],
    ['a closed ATX heading', '## My decision ##'],
    ['Windows line endings', 'Dear Ms Farrow,\r\n\r\nI am writing.'],
    ['a nested list', '- one\n- - two'],
  ])('declines %s', (_name, text) => {
    expect(parseSimpleMarkdown(text, parser)).toBeUndefined()
  })

  it('reads headings, bullets, lazy lines and address breaks as remark does', () => {
    const text =
      'Fairfax House\\\n18 Greyfriars Road\\\nReading\n\n## My decision\nI have decided.\n- Rape Crisis, at any time\ncarried on here.\n+ Victim Support\n\n\n### Next\nWe will write again. Mr. Doyle was told.'
    const tree = parseSimpleMarkdown(text, parser)
    expect(tree).toBeDefined()
    expect(tree).toEqual(fullPath(text))
  })

  it("reads words before white space at the very end, as a long document's piece cut after a space ends", () => {
    for (const text of ['a a a ', 'a\t', 'Dear Ms Farrow,\n\nI am writing.  ', '- Rape Crisis \t', 'One.\n\ntwo three   ']) {
      const tree = parseSimpleMarkdown(text, parser)
      expect(tree, JSON.stringify(text)).toBeDefined()
      expect(tree).toEqual(fullPath(text))
    }
    // Still declined: a heading's trailing space, and trailing spaces before another line.
    for (const text of ['## My decision ', 'Fairfax House  \nReading', 'a \nb']) expect(parseSimpleMarkdown(text, parser)).toBeUndefined()
    const line = fc.constantFrom(
      '',
      'Dear Ms Farrow,',
      'a a a',
      'He said "no". She froze.',
      '## My decision',
      '- Rape Crisis',
      '+ Victim',
      'Reading\\',
      "o' the",
      '-',
      "'",
      'tail\u00a0',
      'e.g. this...',
    )
    const tail = fc.constantFrom(' ', '  ', '\t', ' \t ')
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), tail, (lines, spaces) => {
        const text = lines.join('\n') + spaces
        const tree = parseSimpleMarkdown(text, parser)
        if (tree) expect(tree).toEqual(fullPath(text))
      }),
      { numRuns: Number(process.env.HEED_FUZZ_RUNS ?? 400) },
    )
  })

  it('builds the same tree as remark-retext whenever it takes a generated document', () => {
    // Lines of every shape the fast path reads, and, less often, shapes it must decline, in any order.
    const read = fc.constantFrom(
      '',
      '   ',
      '\t',
      'Dear Ms Farrow,',
      'I am writing to tell you my decision.',
      'He said "no". She froze.',
      '## My decision',
      '# A',
      '###### Six',
      '- Rape Crisis, on 0808 500 2222',
      '+ Victim Support',
      '-5 degrees',
      'Fairfax House\\',
      'Reading\\',
      '18 Greyfriars Road',
      '3 November 2025',
      'e.g. this, i.e. that...',
      'Café – naïve “quotes” — dashes… ‽',
      'www.cps.gov.uk/victims',
      'a\u00a0b',
      'tail\u00a0',
      'Mr. Doyle was told. 2 p.m. today',
      // Elisions, slashes, initialisms and trailing hyphens, which the parser merges into words by looking at their neighbours.
      "o' the",
      "'tis",
      "rock 'n' roll",
      "'n",
      "ol'",
      'w/ care',
      'he/she',
      'A.B.C. ok',
      'pre- and post-',
      '-',
      "'",
      '/',
      '#',
      "+ o'",
      "+ 'tis now",
    )
    const declined = fc.constantFrom(
      '####### Seven',
      '#tag',
      '## #',
      '## Title #',
      '- 1. nested',
      '- # heading',
      '- ',
      '-',
      '\\',
      'a \\ b',
      '2026.',
      '1) item',
      '10. ten',
      '+44 20 7946 0000',
      '=== ',
      '===',
      '---',
      '> quote',
      '    code',
      ' lead',
      'trail ',
      '\u00a0lead',
    )
    let taken = 0
    const runs = Number(process.env.HEED_FUZZ_RUNS ?? 400)
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: read, weight: 12 }, { arbitrary: declined, weight: 1 }), { maxLength: 12 }), (lines) => {
        const text = lines.join('\n')
        const tree = parseSimpleMarkdown(text, parser)
        if (!tree) return
        taken++
        expect(tree).toEqual(fullPath(text))
      }),
      { numRuns: runs },
    )
    expect(taken).toBeGreaterThan(runs / 4)
  })
})
