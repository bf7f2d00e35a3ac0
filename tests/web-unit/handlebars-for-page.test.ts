/**
 * The page's Handlebars, which compiles nothing in the browser: every template
 * the core compiles while drafting and checking was compiled when the page
 * was built, with the same options, and renders the same words.
 *
 * The core's calls are recorded by wrapping the real Handlebars before the
 * core is loaded; the page's build is then asked for each one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Handlebars from 'handlebars'
import Runtime from 'handlebars/runtime'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { templateKey } from '../../web/build/template-key.js'
import { precompiledHandlebars } from '../../web/src/precompiled-handlebars.js'
import type { HandlebarsRuntime, PrecompiledHandlebars } from '../../web/src/precompiled-handlebars.js'

interface Call {
  source: string
  options: object
  context: unknown
  runtimeOptions: unknown
  output: string
}
const calls: Call[] = []
type Compile = (source: string, options?: object) => (context?: unknown, runtimeOptions?: unknown) => string

/** Record what a compile function is given, and what each template it returns renders. */
function recording(compile: Compile): Compile {
  return (source, options = {}) => {
    const asked = structuredClone(options)
    const template = compile(source, options)
    return (context, runtimeOptions) => {
      const output = template(context, runtimeOptions)
      calls.push({ source, options: asked, context: structuredClone(context), runtimeOptions, output })
      return output
    }
  }
}

type Precompile = (source: string, options?: object) => string
const hb = Handlebars as unknown as { compile: Compile; create: () => { compile: Compile; precompile: Precompile } }
const realCreate = hb.create.bind(Handlebars)
hb.compile = recording(hb.compile.bind(Handlebars))
hb.create = () => {
  const env = realCreate()
  env.compile = recording(env.compile.bind(env))
  // Handlebars's precompile writes its defaults into the options object it is given, which would change
  // the core's options for every later compile; in the page, precompile is the stand-in's and changes nothing.
  const precompile = env.precompile.bind(env)
  env.precompile = (source, options) => precompile(source, structuredClone(options))
  return env
}

let page: PrecompiledHandlebars
let built: Set<string>
let partials: Array<[string, string]>
let letterOptions: object
let temp: string

beforeAll(async () => {
  // Loaded only now, so that the core's Handlebars is the recording one.
  const { draft, lint, LETTER_TYPES } = await import('../../src/index.js')
  const { COMPILE_OPTIONS } = await import('../../src/core/draft/render.js')
  const { TEMPLATE_PARTIALS } = await import('../../src/core/rules/generated/templates.js')
  const { precompiledModule, templatesToCompile } = await import('../../web/build/precompile-templates.js')
  for (const type of LETTER_TYPES) {
    const fields = parse(readFileSync(join(import.meta.dirname, '../../examples/data', `${type}.yml`), 'utf8')) as Record<string, unknown>
    await draft({ type, fields })
  }
  // A letter missing most of its parts: each missing part's paragraph is rendered.
  await lint('Dear Sam,\n\nI have decided not to charge Mr Doe. Call me on 01632 960 448.\n\nYours sincerely,\n\nJo Prosecutor\n', { kind: 'letter', letterType: 'no-charge' })
  partials = Object.entries(TEMPLATE_PARTIALS)
  letterOptions = COMPILE_OPTIONS

  const templates = templatesToCompile()
  built = new Set(templates.map(({ source, options }) => templateKey(source, options)))
  temp = mkdtempSync(join(tmpdir(), 'heed-precompiled-'))
  const file = join(temp, 'precompiled.mjs')
  writeFileSync(file, precompiledModule(templates))
  const compiled = (await import(pathToFileURL(file).href) as { default: Map<string, unknown> }).default
  page = precompiledHandlebars(Runtime as unknown as HandlebarsRuntime, compiled)
})

afterAll(() => {
  rmSync(temp, { recursive: true, force: true })
})

describe('the page’s Handlebars', () => {
  it('was built with every template the core compiled, under the same options', () => {
    // Seven letters and their partials, and the paragraphs for seven missing parts.
    expect(new Set(calls.map((call) => call.source)).size).toBeGreaterThan(14)
    const missing = calls.filter((call) => !built.has(templateKey(call.source, call.options)))
    expect(missing.map((call) => call.source.slice(0, 60))).toEqual([])
  })

  it('renders each of them to the same words', () => {
    // Letters call partials by name; the page registers them as the core does.
    const env = page.create()
    for (const [name, source] of partials) env.registerPartial(name, env.compile(source, letterOptions))
    for (const call of calls) {
      expect(env.compile(call.source, call.options)(call.context, call.runtimeOptions)).toBe(call.output)
    }
  })

  it('refuses a template the build did not compile, saying how to put it right', () => {
    expect(() => page.compile('{{name}}', { noEscape: true })).toThrow(/build the page again with npm run web/)
    expect(() => page.precompile('{{name}}')).toThrow(/npm run web/)
  })
})
