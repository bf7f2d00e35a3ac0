/**
 * The YAML parser, loaded the first time a document or file has YAML in it:
 * most letters have none, and the parser is a large part of a cold start.
 */
type Yaml = typeof import('yaml')

let loaded: Promise<Yaml> | undefined

/** @returns The `yaml` package. */
export function loadYaml(): Promise<Yaml> {
  // A bundler may hand a CommonJS package over with its exports under `default`.
  loaded ??= import('yaml').then((module) => ('parse' in module ? module : (module as unknown as { default: Yaml }).default))
  return loaded
}
