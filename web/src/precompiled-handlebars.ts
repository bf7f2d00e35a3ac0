/**
 * A stand-in for Handlebars that compiles nothing: `compile` looks the template
 * up among those compiled when the page was built. The core keeps calling
 * `Handlebars.compile(source, options)` as it does in Node.
 */
import { templateKey } from '../build/template-key.js'

/** The part of Handlebars's runtime this needs. */
export interface HandlebarsRuntime {
  create(): HandlebarsRuntime
  template(spec: unknown): (context?: unknown, options?: unknown) => string
  registerPartial(name: string, partial: unknown): void
}

/** The Handlebars calls the core makes, answered from precompiled templates. */
export interface PrecompiledHandlebars extends HandlebarsRuntime {
  create(): PrecompiledHandlebars
  compile(source: string, options?: object): (context?: unknown, options?: unknown) => string
  precompile(source: string, options?: object): string
}

/**
 * Wrap a Handlebars runtime so that it serves precompiled templates.
 *
 * @param runtime Handlebars's runtime (`handlebars/runtime`).
 * @param compiled Compiled templates by `templateKey(source, options)`.
 * @returns An environment with `compile`, `precompile` and `create`.
 * @throws {Error} From `compile` or `precompile`, for a template that was not compiled when the page was built.
 */
export function precompiledHandlebars(runtime: HandlebarsRuntime, compiled: ReadonlyMap<string, unknown>): PrecompiledHandlebars {
  const env = runtime.create()
  const find = (source: string, options?: object): unknown => {
    const spec = compiled.get(templateKey(source, options))
    if (spec === undefined) throw new Error('heed: a letter template was not compiled when this page was built; build the page again with npm run web')
    return spec
  }
  return Object.assign(env, {
    create: () => precompiledHandlebars(runtime, compiled),
    compile: (source: string, options?: object) => env.template(find(source, options)),
    // The core precompiles only to have a refused helper throw early; the build has already done that.
    precompile: (source: string, options?: object) => {
      find(source, options)
      return ''
    },
  })
}
