/**
 * Runs a letter template. The templates are trusted code that ships with heed;
 * the writer's values are data. Handlebars never evaluates its own output, so a
 * value containing `{{` stays literal. Only the built-in block helpers (if,
 * unless, each, with) are allowed: any other helper, including `log` and
 * `lookup`, is refused when the template is compiled.
 */
import Handlebars from 'handlebars'
import { TEMPLATE_PARTIALS, TEMPLATE_SOURCES } from '../rules/generated/templates.js'
import type { LetterType } from '../types.js'

/** How every letter template and partial is compiled. */
export const COMPILE_OPTIONS = {
  // The output is heed's own intermediate text, escaped per format later (blocks.ts, formats.ts).
  noEscape: true,
  // Refuse helpers that are not built in, and two built-ins a letter has no use for.
  knownHelpersOnly: true,
  knownHelpers: { log: false, lookup: false },
} as const

/** A Handlebars environment of our own, so that nothing another library registers globally reaches a letter. */
const env = Handlebars.create()
for (const [name, source] of Object.entries(TEMPLATE_PARTIALS)) env.registerPartial(name, env.compile(source, COMPILE_OPTIONS))
const compiled = new Map<LetterType, Handlebars.TemplateDelegate>()

/**
 * Compile a template with heed's rules (used for the shipped templates, and by
 * tests to show what is refused).
 *
 * @param source Handlebars source.
 * @returns The template function; compiling happens at once, so a refused helper throws here.
 */
export function compileTemplate(source: string): Handlebars.TemplateDelegate {
  // Handlebars compiles lazily; precompiling the source makes a refused helper throw now, not on first use.
  env.precompile(source, COMPILE_OPTIONS)
  return env.compile(source, COMPILE_OPTIONS)
}

/**
 * Render a letter type's template to heed's intermediate text.
 *
 * @param type The letter type.
 * @param context Values from buildContext.
 * @returns Text with blank lines between blocks and values marked.
 */
export function renderTemplate(type: LetterType, context: Record<string, unknown>): string {
  let template = compiled.get(type)
  if (!template) {
    template = compileTemplate(TEMPLATE_SOURCES[type])
    compiled.set(type, template)
  }
  // Handlebars's default already refuses prototype access; saying so keeps it refused if the default changes.
  return template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false })
}
