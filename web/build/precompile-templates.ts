/**
 * Compiles every Handlebars template heed uses while the page is built. In the
 * browser, Handlebars compiles a template by making JavaScript from text
 * (`new Function`), which the page's Content-Security-Policy forbids, so the
 * page ships templates that are already compiled and a Handlebars without a
 * compiler (web/src/handlebars-for-page.ts) in place of the full one.
 */
import Handlebars from 'handlebars'
import type { Plugin } from 'vite'
import { COMPILE_OPTIONS } from '../../src/core/draft/render.js'
import { PARTIALS } from '../../src/core/rules/generated/structure.js'
import { TEMPLATE_PARTIALS, TEMPLATE_SOURCES } from '../../src/core/rules/generated/templates.js'
import { templateKey } from './template-key.js'

/**
 * The options src/core/structure/fixes.ts compiles a missing part's paragraph
 * with. If that file changes them, the page cannot find the template and says
 * so; tests/web-unit/handlebars-for-page.test.ts fails first.
 */
export const FIX_OPTIONS = { noEscape: true, strict: false, knownHelpersOnly: true } as const

/** A template and the options the core compiles it with. */
export interface TemplateToCompile {
  source: string
  options: object
}

/**
 * Every template the core compiles: letters and their partials (drafting),
 * and the paragraphs offered for a missing part (checking).
 *
 * @returns The templates, without repeats.
 */
export function templatesToCompile(): TemplateToCompile[] {
  const all = [
    ...[...Object.values(TEMPLATE_SOURCES), ...Object.values(TEMPLATE_PARTIALS)].map((source) => ({ source, options: COMPILE_OPTIONS })),
    ...Object.values(PARTIALS).map((source) => ({ source, options: FIX_OPTIONS })),
  ]
  const seen = new Set<string>()
  return all.filter(({ source, options }) => {
    const key = templateKey(source, options)
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

/**
 * A JavaScript module whose default export maps each template's key to its
 * compiled form, as `Handlebars.template` takes it.
 *
 * @param templates What to compile.
 * @returns Module source.
 */
export function precompiledModule(templates: readonly TemplateToCompile[]): string {
  // Handlebars adds to the options object it is given (`data: true`), so each call gets a copy and the key is taken first.
  const entries = templates.map(({ source, options }) => `  [${JSON.stringify(templateKey(source, options))}, ${Handlebars.precompile(source, structuredClone(options))}],`)
  return `export default new Map([\n${entries.join('\n')}\n])\n`
}

const VIRTUAL = 'virtual:heed-precompiled-templates'
const SHIM = new URL('../src/handlebars-for-page.ts', import.meta.url).pathname

/**
 * The Vite plugin: `handlebars` imports resolve to the compiler-free shim, and
 * the shim's table of templates is compiled here.
 *
 * @returns The plugin.
 */
export function precompileTemplates(): Plugin {
  return {
    name: 'heed-precompile-templates',
    enforce: 'pre',
    resolveId(id) {
      if (id === VIRTUAL) return `\0${VIRTUAL}`
      if (id === 'handlebars') return SHIM
      return null
    },
    load(id) {
      return id === `\0${VIRTUAL}` ? precompiledModule(templatesToCompile()) : null
    },
  }
}
