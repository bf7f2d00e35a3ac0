/**
 * Example data for drafting tests: examples/data/<type>.yml, as a caseworker would write it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { LetterType } from '../../../src/index.js'

export const root = join(import.meta.dirname, '../../..')

/** The example fields for a letter type. */
export function exampleFields(type: LetterType): Record<string, unknown> {
  return parse(readFileSync(join(root, 'examples/data', `${type}.yml`), 'utf8')) as Record<string, unknown>
}
