/**
 * Configuration checks and their effect on findings. The core only sees a plain
 * object; reading `.heedrc` files is the CLI's and the server's job.
 */
import type { Finding } from './engine/finding.js'
import { CATEGORIES, SEVERITIES } from './model/types.js'
import type { HeedConfig, RuleSetting } from './model/types.js'

/** A configuration problem, with the field it is about. */
export class HeedConfigError extends Error {
  override name = 'HeedConfigError'
  constructor(
    /** The field, such as `rules.jargon/nfx`. */
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`)
  }
}

const SETTINGS: readonly string[] = ['off', ...SEVERITIES]
const KEYS = new Set(['rules', 'ignore', 'readingAge'])

/**
 * Check a configuration object.
 *
 * @param config The configuration as read or passed.
 * @param knownRuleIds Every rule id that can be configured.
 * @returns The configuration, typed; throws {@link HeedConfigError} naming the field.
 */
export function validateConfig(config: unknown, knownRuleIds: ReadonlySet<string>): HeedConfig {
  if (config === undefined || config === null) return {}
  if (typeof config !== 'object' || Array.isArray(config)) throw new HeedConfigError('(config)', 'must be a mapping of keys to values')
  const raw = config as Record<string, unknown>
  for (const key of Object.keys(raw)) {
    if (!KEYS.has(key)) throw new HeedConfigError(key, 'unknown setting: use rules, ignore or readingAge')
  }
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules)) {
      throw new HeedConfigError('rules', 'must map rule ids or categories to off, info, warning or error')
    }
    for (const [id, setting] of Object.entries(raw.rules)) {
      const known = knownRuleIds.has(id) || (CATEGORIES as readonly string[]).includes(id) || id.startsWith('inclusive/')
      if (!known) throw new HeedConfigError(`rules.${id}`, 'unknown rule or category (`heed rules` lists them)')
      if (!SETTINGS.includes(setting as string)) throw new HeedConfigError(`rules.${id}`, `must be one of ${SETTINGS.join(', ')}`)
    }
  }
  if (raw.ignore !== undefined && !(Array.isArray(raw.ignore) && raw.ignore.every((p) => typeof p === 'string'))) {
    throw new HeedConfigError('ignore', 'must be a list of phrases')
  }
  if (raw.readingAge !== undefined && !(typeof raw.readingAge === 'number' && raw.readingAge >= 5 && raw.readingAge <= 25)) {
    throw new HeedConfigError('readingAge', 'must be a number from 5 to 25')
  }
  return raw as HeedConfig
}

/**
 * Apply rule switches, severities and ignored phrases.
 *
 * @param findings Findings from every check.
 * @param config Validated configuration.
 * @returns The findings that remain, with configured severities.
 */
export function applyConfig(findings: Finding[], config: HeedConfig): Finding[] {
  const settings = config.rules ?? {}
  const ignored = new Set((config.ignore ?? []).map((phrase) => phrase.trim().toLowerCase()))
  const result: Finding[] = []
  for (const finding of findings) {
    const setting: RuleSetting | undefined = settings[finding.ruleId] ?? settings[finding.category]
    if (setting === 'off') continue
    if (ignored.has(finding.actual.trim().toLowerCase())) continue
    result.push(setting ? { ...finding, severity: setting } : finding)
  }
  return result
}
