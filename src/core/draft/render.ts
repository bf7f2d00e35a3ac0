/**
 * Runs a letter template. The templates are trusted code that ships with heed;
 * the writer's values are data. Handlebars never evaluates its own output, so a
 * value containing `{{` stays literal. Only the built-in block helpers (if,
 * unless, each, with) are allowed: any other helper, including `log` and
 * `lookup`, is refused when the template is compiled, which happens when the
 * packs are built (src/core/handlebars/compile-options.ts): here only Handlebars's runtime runs.
 */
import { Runtime } from '../handlebars/runtime.js'
import type { TemplateSpec as Spec } from '../handlebars/runtime.js'
import { PARTIAL_SPECS, TEMPLATE_SPECS } from '../data/index.js'
import type { LetterType } from '../model/types.js'

/** A Handlebars environment of our own, so that nothing another library registers globally reaches a letter. */
const env = Runtime.create()
for (const [name, spec] of Object.entries(PARTIAL_SPECS as Record<string, Spec>)) env.registerPartial(name, env.template(spec))
const compiled = new Map<LetterType, HandlebarsTemplateDelegate>()

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
    template = env.template((TEMPLATE_SPECS as Record<LetterType, Spec>)[type])
    compiled.set(type, template)
  }
  // Handlebars's default already refuses prototype access; saying so keeps it refused if the default changes.
  return template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false })
}
