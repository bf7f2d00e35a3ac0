/**
 * The paragraph offered for a missing part of a letter, rendered from the same
 * Handlebars partials (`templates/partials/<element>.hbs`) that drafting uses,
 * filled with what the letter already says and marked gaps for the rest.
 */
import { Runtime } from '../handlebars/runtime.js'
import type { TemplateSpec as Spec } from '../handlebars/runtime.js'
import { ELEMENT_SPECS } from '../data/on-demand.js'
import type { Element } from './data.js'
import type { LetterFacts } from './letter-facts.js'

const compiled = new Map<Element, HandlebarsTemplateDelegate>()

/**
 * Render the paragraph for a part.
 *
 * @param element The missing part.
 * @param facts What the letter says about itself.
 * @returns Plain text (values are inserted as written, never as template code).
 */
export function renderElement(element: Element, facts: LetterFacts): string {
  let template = compiled.get(element)
  if (!template) {
    // Compiled when the packs were built, with ELEMENT_OPTIONS (src/core/handlebars/compile-options.ts): values are data, never compiled.
    template = Runtime.template((ELEMENT_SPECS as Record<string, Spec>)[element]!)
    compiled.set(element, template)
  }
  const data = {
    address_as: facts.address_as,
    prosecutor_name: facts.prosecutor_name,
    // Set only when the letter is signed by an office: the paragraph then names the office, not "me".
    office: facts.prosecutor_name ? undefined : facts.office,
    contact_phone: facts.contact_phone,
    contact_email: facts.contact_email,
  }
  // The decision partial marks its paragraph for drafting layouts; a paragraph offered as a fix has no use for the mark.
  return template(data).replaceAll('\uE002', '').trim()
}
