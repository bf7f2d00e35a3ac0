/**
 * A small helper for building the page's elements. Text always goes in as text
 * nodes, never as HTML, so nothing a writer types or pastes can become markup.
 */

type Child = Node | string | null | undefined | false
/** Attributes: `true` sets an empty attribute, `false` or `undefined` leaves it out. */
type Attributes = Record<string, string | number | boolean | undefined>

/**
 * Make an element.
 *
 * @param tag The element's name.
 * @param attributes Its attributes.
 * @param children Elements and text to put inside.
 * @returns The element.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  element.append(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false))
  return element
}

/**
 * Find an element the page's HTML must have.
 *
 * @param id Its id.
 * @returns The element.
 * @throws {Error} When it is missing: the page is broken, and saying where helps.
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`heed: the page has no #${id}`)
  return element as T
}
