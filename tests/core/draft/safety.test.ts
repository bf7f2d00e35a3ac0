/**
 * Field values are data, never template code, and each format escapes them:
 * `{{` stays literal, HTML is shown not obeyed, Markdown cannot be injected,
 * and a value cannot make a heading or a list. Templates may use only the
 * built-in block helpers.
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { draft } from '../../../src/index.js'
import Handlebars from 'handlebars'
import { COMPILE_OPTIONS, ELEMENT_OPTIONS } from '../../../src/core/handlebars/compile-options.js'
import { buildContext } from '../../../src/core/draft/context.js'
import { checkFields } from '../../../src/core/draft/fields.js'
import { renderTemplate } from '../../../src/core/draft/render.js'
import { fieldsFor } from '../../../src/core/draft/spec.js'
import { FIELDS, PARTIALS, TEMPLATE_PARTIALS, TEMPLATE_SOURCES } from '../../../src/core/data/index.js'
import { LETTER_TYPES } from '../../../src/core/model/types.js'
import { renderElement } from '../../../src/core/structure/fixes.js'
import { ELEMENTS } from '../../../src/core/structure/data.js'
import { exampleFields } from './helpers.js'

/** Compile as the build does (the core itself carries only the runtime): a refused helper throws at once. */
function compileTemplate(source: string, env = Handlebars.create()): HandlebarsTemplateDelegate {
  // Handlebars adds to the options it is given, so each call gets its own copy.
  env.precompile(source, structuredClone(COMPILE_OPTIONS))
  return env.compile(source, structuredClone(COMPILE_OPTIONS))
}

/** Each Markdown paragraph's text as a reader sees it, by parsing it as heed's Markdown checks do. */
function paragraphTexts(markdown: string): string[] {
  type Node = { type: string; value?: string; children?: Node[] }
  const text = (node: Node): string => node.value ?? node.children?.map(text).join('') ?? ''
  return (unified().use(remarkParse).parse(markdown) as Node).children!.filter((n) => n.type === 'paragraph').map(text)
}

const tricky = '{{prosecutor_name}} <b>bold</b> & "quotes" *star* _under_ [link](https://example.org) `code` # hash'

describe('values are data', () => {
  it('keeps template syntax in a value literal', async () => {
    const result = await draft({ type: 'no-charge', fields: { ...exampleFields('no-charge'), suspect_name: '{{> contact}} {{#each x}}' } })
    expect(result.text).toContain('I have decided not to charge {{> contact}} {{#each x}}.')
  })

  it('prints values as written in plain text', async () => {
    const { text } = await draft({ type: 'no-charge', fields: { ...exampleFields('no-charge'), what_happened: tricky } })
    expect(text).toContain(`my decision about ${tricky}.`)
  })

  it('escapes values in HTML', async () => {
    const { output } = await draft({
      type: 'no-charge',
      format: 'html',
      fields: { ...exampleFields('no-charge'), what_happened: '<script>alert(1)</script> & "x" \'y\'' },
    })
    expect(output).toContain('my decision about &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;.')
    expect(output).not.toContain('<script>')
    expect(output).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/)
    expect(output).toContain('<h2>My decision</h2>')
    expect(output).toContain('<li>Rape Crisis, at any time of day or night, on 0808 500 2222</li>')
  })

  it('escapes values in Markdown, so they render as written', async () => {
    const { output } = await draft({ type: 'no-charge', format: 'markdown', fields: { ...exampleFields('no-charge'), what_happened: tricky } })
    expect(output).toContain(
      'my decision about {{prosecutor\\_name}} \\<b\\>bold\\</b\\> \\& "quotes" \\*star\\* \\_under\\_ \\[link\\](https://example.org) \\`code\\` \\# hash.',
    )
    expect(output).toContain('## My decision')
    expect(paragraphTexts(output).some((p) => p.startsWith(`I have now made my decision about ${tricky}. I am sorry`))).toBe(true)
  })

  it('escapes a value that would start a Markdown list or heading', async () => {
    const { output } = await draft({
      type: 'no-charge',
      format: 'markdown',
      fields: {
        ...exampleFields('no-charge'),
        reasons: '- not a list\n\n1. not numbered\n\n# not a heading\n\n+ nor this',
        victim_address: ['-1 Flat', '2. Road'],
      },
    })
    expect(output).toContain('\n\n\\- not a list\n\n1\\. not numbered\n\n\\# not a heading\n\n\\+ nor this\n\n')
    expect(output).toContain('Grace Delaney\\\n\\-1 Flat\\\n2\\. Road')
    const seen = paragraphTexts(output)
    for (const line of ['- not a list', '1. not numbered', '# not a heading', '+ nor this']) expect(seen).toContain(line)
  })

  it('lets no value make a heading or a list in any format', async () => {
    const result = await draft({ type: 'no-charge', fields: { ...exampleFields('no-charge'), reasons: '## Not a heading\n\n- not a list item' } })
    const headings = result.blocks.filter((b) => b.kind === 'heading').map((b) => b.lines[0]!.map((s) => s.text).join(''))
    expect(headings).not.toContain('Not a heading')
    const reasons = result.blocks.filter((b) => b.lines.some((line) => line.some((span) => span.value && span.text.includes('Not a heading'))))
    expect(reasons.map((b) => b.kind)).toEqual(['paragraph'])
    expect(
      result.blocks
        .filter((b) => b.kind === 'list')
        .flatMap((b) => b.lines)
        .some((line) => line.some((s) => s.text.includes('not a list item'))),
    ).toBe(false)
  })

  it('keeps a one-line field on one line and strips the markers heed uses internally', async () => {
    const { text, blocks } = await draft({ type: 'no-charge', fields: { ...exampleFields('no-charge'), suspect_name: 'Mr\n\n## Hurst\uE001\uE000' } })
    expect(text).toContain('I have decided not to charge Mr ## Hurst.')
    expect(JSON.stringify(blocks)).not.toMatch(/[\uE000\uE001]/)
  })

  it('marks which words came from the writer', async () => {
    const { blocks } = await draft({ type: 'charge', fields: exampleFields('charge') })
    const decision = blocks.find((b) => b.lines[0]!.some((s) => s.text.startsWith('I have decided to charge')))!
    expect(decision.lines[0]).toEqual(expect.arrayContaining([{ text: 'Mr Lowe', value: true }, { text: 'I have decided to charge ' }]))
  })
})

describe('templates may use only the built-in helpers', () => {
  it.each([['{{shout name}}'], ['{{#shout name}}x{{/shout}}'], ['{{log name}}'], ['{{lookup this "name"}}'], ['{{#if (shout name)}}x{{/if}}']])(
    'refuses %s',
    (source) => {
      expect(() => compileTemplate(source)).toThrow(/unknown helper/)
    },
  )

  it('allows if, unless, each and with', () => {
    const template = compileTemplate('{{#if a}}A{{/if}}{{#unless b}}B{{/unless}}{{#each c}}{{this}}{{/each}}{{#with d}}{{e}}{{/with}}')
    expect(template({ a: true, b: false, c: ['1', '2'], d: { e: 'E' } })).toBe('AB12E')
  })

  it('does not reach into prototypes', () => {
    expect(compileTemplate('{{constructor}}{{__proto__}}')({})).toBe('')
  })
})

describe('the shared partials', () => {
  it('still give a paragraph for each missing part from only what the structure check knows', () => {
    const facts = { address_as: 'Ms Doe', prosecutor_name: 'Alex Reed', contact_phone: '0118 496 0177', contact_email: 'alex.reed@example.org' }
    for (const element of ELEMENTS) {
      const paragraph = renderElement(element, facts)
      expect(paragraph.length, element).toBeGreaterThan(30)
      expect(paragraph, element).not.toMatch(/\{\{|\}\}|undefined|null/)
    }
    expect(renderElement('meeting', facts)).toContain('I would be glad to meet you in person, by phone or by video call.')
    // A review request never goes back to the prosecutor who decided (rights.md VRR-04, VRR-07).
    expect(renderElement('right-to-review', facts)).toContain('To ask, please contact our Victim Liaison Unit. You can also use the form on the CPS website.')
    expect(renderElement('right-to-review', facts)).not.toContain('0118 496 0177')
    expect(renderElement('contact', facts)).toContain('please contact me, Alex Reed, directly. You can call me on 0118 496 0177')
  })
})

describe('the templates compiled at build time', () => {
  it('render each letter as its source does, compiled now', () => {
    const env = Handlebars.create()
    for (const [name, source] of Object.entries(TEMPLATE_PARTIALS)) env.registerPartial(name, env.compile(source, structuredClone(COMPILE_OPTIONS)))
    for (const type of LETTER_TYPES) {
      const specs = fieldsFor(FIELDS, type)
      const checked = checkFields(specs, exampleFields(type), type)
      if ('problems' in checked) throw new Error(`example data for ${type}`)
      const built = buildContext(type, specs, checked.values)
      if ('problems' in built) throw new Error(`example data for ${type}`)
      const fromSource = compileTemplate(TEMPLATE_SOURCES[type], env)(built.context)
      expect(fromSource.length, type).toBeGreaterThan(200)
      expect(renderTemplate(type, built.context), type).toBe(fromSource)
    }
  })

  it('give each missing-part paragraph as its source does, compiled now', () => {
    const facts = { address_as: 'Ms Doe', prosecutor_name: 'Alex Reed', contact_phone: '0118 496 0177', contact_email: undefined }
    for (const element of ELEMENTS) {
      const source = PARTIALS[element]
      if (source === undefined) continue
      // The decision partial's layout mark (U+E002) is for drafting only, and never reaches a fix.
      expect(renderElement(element, facts), element).toBe(Handlebars.compile(source, structuredClone(ELEMENT_OPTIONS))(facts).replaceAll('\uE002', '').trim())
    }
  })
})
