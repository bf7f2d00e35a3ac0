/**
 * The paragraph offered for a missing part of a letter, rendered from the same
 * Handlebars partials (`templates/partials/<element>.hbs`) that drafting uses,
 * filled with what the letter already says and marked gaps for the rest.
 */
import Handlebars from 'handlebars'
import { PARTIALS } from '../rules/generated/structure.js'
import type { Element } from './data.js'
import type { LetterFacts } from './letter-facts.js'

const compiled = new Map<Element, Handlebars.TemplateDelegate>()

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
    // noEscape: the output is plain text, not HTML; values are data, never compiled.
    template = Handlebars.compile(PARTIALS[element] ?? '', { noEscape: true, strict: false, knownHelpersOnly: true })
    compiled.set(element, template)
  }
  const data = {
    address_as: facts.address_as,
    prosecutor_name: facts.prosecutor_name,
    contact_phone: facts.contact_phone,
    contact_email: facts.contact_email,
  }
  return template(data).trim()
}
