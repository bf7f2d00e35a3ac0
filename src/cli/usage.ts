/**
 * The help text, and usage problems shared by every command: one line on
 * stderr, exit status 2.
 */
import { LETTER_TYPES } from '../core/model/types.js'

/** The help text: one line per command, as DESIGN.md's CLI contract gives them. */
export const USAGE = `Usage:
  heed check [FILE|FOLDER|-]... [--kind letter|review] [--letter-type TYPE]
             [--format stylish|json|sarif] [--fail-on error|warning|info]
             [--syntax markdown|text] [--config FILE] [--no-config] [--max-size MB]
  heed report PATH... [--format html|json|csv] [-o FILE [--force]] [--include-quotes]
              [--jobs N] [--kind letter|review] [--letter-type TYPE] [--fail-on error|warning|info]
              [--syntax markdown|text] [--config FILE] [--no-config] [--max-size MB]
  heed annotate IN.docx -o OUT.docx [--track-changes] [--force]
               [--kind letter|review] [--letter-type TYPE] [--config FILE] [--no-config] [--max-size MB]
  heed rules [--format markdown|json]
  heed draft --type TYPE --data FILE.(json|yml) [--format text|markdown|html|docx] [--style easy-read] [-o FILE [--force]]
  heed templates [TYPE] [--format text|json]
  heed lsp [--stdio|--node-ipc]
  heed --version | --help

Letter types: ${LETTER_TYPES.join(', ')}`

/** A problem the user can fix: printed as one line, exit 2. */
export class UsageError extends Error {}

/**
 * Check an option's value against its allowed values.
 *
 * @param value The value given, if any.
 * @param allowed The allowed values.
 * @param option The option's name, without dashes.
 * @returns The value, typed; throws {@link UsageError} naming the option otherwise.
 */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined
  if (!allowed.includes(value as T)) throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`)
  return value as T
}
