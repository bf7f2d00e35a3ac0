/**
 * Usage problems shared by every command: one line on stderr, exit status 2.
 */

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
