/**
 * Handlebars's runtime, without its compiler: the templates are compiled when
 * the packs are built (compile-options.ts). The runtime ships without types of
 * its own, so it borrows the full package's.
 */
import HandlebarsRuntime from 'handlebars/runtime.js'

export const Runtime = HandlebarsRuntime as unknown as typeof import('handlebars')

/** A template as Handlebars compiled it. */
export type TemplateSpec = Parameters<typeof Runtime.template>[0]
