/**
 * The name a template is filed under when the page is built: its source and
 * the options it is compiled with, so a template compiled with other options
 * than the ones built for is not found, rather than quietly rendered differently.
 */

/** JSON with object keys sorted, so the same options always give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * The key of a template.
 *
 * @param source Handlebars source.
 * @param options The compile options (`noEscape`, `knownHelpersOnly`, …).
 * @returns A string that differs whenever the source or an option differs.
 */
export function templateKey(source: string, options: object | undefined): string {
  // Handlebars turns `data` on unless told otherwise, and its precompile writes that into the options it is given.
  return canonical([source, { data: true, ...options }])
}
