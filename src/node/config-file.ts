/**
 * Finds and reads `.heedrc.yml` / `.heedrc.yaml` / `.heedrc.json`, searching
 * upward from the checked file's folder; the nearest one wins.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { HeedConfigError } from '../core/config.js'
import { loadYaml } from '../core/text/load-yaml.js'
import { validateConfig } from '../core/config.js'
import type { HeedConfig } from '../index.js'
import { ruleIds as allRuleIds } from '../core/rule-ids.js'

export const CONFIG_NAMES = ['.heedrc.yml', '.heedrc.yaml', '.heedrc.json']

/** A configuration problem, naming the file. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError'
}

/**
 * Find the configuration file that governs a folder.
 *
 * @param folder Where to start looking.
 * @returns The nearest config file's path, or undefined.
 */
export function findConfigFile(folder: string): string | undefined {
  let current = resolve(folder)
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name)
      if (existsSync(candidate)) return candidate
    }
    const parent = dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}

const cache = new Map<string, HeedConfig>()
let ruleIds: Set<string> | undefined

/** Forget every configuration read so far (the language server calls this when a `.heedrc` changes). */
export function forgetConfigFiles(): void {
  cache.clear()
}

/**
 * Read and check a configuration file.
 *
 * @param path The file.
 * @returns The configuration; throws {@link ConfigFileError} with a one-line reason naming the file.
 */
export async function loadConfigFile(path: string): Promise<HeedConfig> {
  const hit = cache.get(path)
  if (hit) return hit
  let data: unknown
  try {
    const text = readFileSync(path, 'utf8')
    // The YAML parser is loaded only when a YAML file is read: most checks have no configuration at all.
    data = path.endsWith('.json') ? JSON.parse(text) : (await loadYaml()).parse(text)
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    throw new ConfigFileError(`${path}: cannot read configuration: ${reason}`)
  }
  ruleIds ??= new Set(allRuleIds())
  try {
    const config = validateConfig(data, ruleIds)
    cache.set(path, config)
    return config
  } catch (error) {
    if (error instanceof HeedConfigError) throw new ConfigFileError(`${path}: ${error.message}`)
    throw error
  }
}
