/**
 * How heed's Handlebars templates are compiled. The templates are compiled when
 * the packs are built (scripts/build-templates.ts, scripts/build-rules.ts), so
 * the core carries only Handlebars's runtime and never compiles code as it runs,
 * which also lets it run under a Content-Security-Policy that forbids `eval`.
 */

/** Letter templates and their partials. */
export const COMPILE_OPTIONS = {
  // The output is heed's own intermediate text, escaped per format later (blocks.ts, formats.ts).
  noEscape: true,
  // Refuse helpers that are not built in, and two built-ins a letter has no use for.
  knownHelpersOnly: true,
  knownHelpers: { log: false, lookup: false },
} as const

/** The paragraphs offered for a missing part of a letter (templates/partials, filled from the letter itself). */
export const ELEMENT_OPTIONS = {
  // The output is plain text, not HTML; values are data, never compiled.
  noEscape: true,
  strict: false,
  knownHelpersOnly: true,
} as const
