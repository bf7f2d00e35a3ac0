/**
 * Compiles and polices the letter templates: reads `templates/fields.yml`,
 * `templates/<type>.hbs` and `templates/partials/*.hbs`, checks them, and writes
 * `src/core/data/generated/templates.ts`, which the core imports so that it
 * never reads the disk. Fails, naming file and field, on any problem:
 * a bad field definition, a template that does not compile, a helper that is
 * not allowed, a missing partial, or a name that no field defines.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'
import { parse } from 'yaml'
import { LETTER_TYPES } from '../src/core/model/types.js'
import { COMPILE_OPTIONS } from '../src/core/handlebars/compile-options.js'
import { derivedNames } from '../src/core/draft/context.js'
import { fieldsFor, validateFieldsData } from '../src/core/draft/spec.js'
import type { FieldsData } from '../src/core/draft/spec.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const templatesDir = join(root, 'templates')
const partialsDir = join(templatesDir, 'partials')
const outFile = join(root, 'src/core/data/generated/templates.ts')
const specsFile = join(root, 'src/core/data/generated/template-specs.ts')
/** Helpers a template may use: Handlebars's own block helpers. */
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with'])

const problems: string[] = []
const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    problems.push(`${path.slice(root.length + 1)}: missing`)
    return undefined
  }
}

let fields: FieldsData | undefined
try {
  const raw: unknown = parse(read(join(templatesDir, 'fields.yml')) ?? '')
  const found = validateFieldsData(raw)
  problems.push(...found.map((problem) => `templates/fields.yml: ${problem}`))
  if (found.length === 0) fields = raw as FieldsData
} catch (error) {
  problems.push(`templates/fields.yml: not valid YAML: ${(error as Error).message.split('\n')[0]}`)
}

const partials: Record<string, string> = {}
for (const file of readdirSync(partialsDir)
  .filter((f) => f.endsWith('.hbs'))
  .sort()) {
  // One closing newline: a partial alone on its line takes that line's newline with it, so it must bring its own.
  partials[file.slice(0, -4)] = readFileSync(join(partialsDir, file), 'utf8').trim() + '\n'
}
const sources: Partial<Record<string, string>> = {}
for (const type of LETTER_TYPES) sources[type] = read(join(templatesDir, `${type}.hbs`))?.trim()

/** What a template uses: the names it reads, the partials it calls and the names it passes them. */
interface Uses {
  names: Set<string>
  partials: Set<string>
  params: Set<string>
}

/** Walk a Handlebars syntax tree, collecting what it uses. */
function collect(node: hbs.AST.Node | undefined, uses: Uses): void {
  if (!node) return
  const path = (expr: hbs.AST.Expression) => {
    if (expr.type !== 'PathExpression') return
    const p = expr as hbs.AST.PathExpression
    // `this`, `@index` and `@partial-block` are Handlebars's own; the rest must be fields.
    if (!p.data && p.parts.length > 0) uses.names.add(p.parts[0]!)
  }
  switch (node.type) {
    case 'Program':
      for (const child of (node as hbs.AST.Program).body) collect(child, uses)
      return
    case 'MustacheStatement':
    case 'BlockStatement': {
      const statement = node as hbs.AST.BlockStatement
      const name = (statement.path as hbs.AST.PathExpression).original
      if (statement.params.length > 0 || node.type === 'BlockStatement') {
        if (statement.params.length > 0 && !BLOCK_HELPERS.has(name)) problems.push(`helper ${name} is not allowed`)
        if (statement.params.length === 0) path(statement.path)
      } else {
        path(statement.path)
      }
      for (const param of statement.params) path(param)
      collect(statement.program, uses)
      collect(statement.inverse, uses)
      return
    }
    case 'PartialStatement':
    case 'PartialBlockStatement': {
      const partial = node as hbs.AST.PartialBlockStatement
      const name = (partial.name as hbs.AST.PathExpression).original
      if (name !== '@partial-block') uses.partials.add(name)
      for (const pair of partial.hash?.pairs ?? []) uses.params.add(pair.key)
      if (node.type === 'PartialBlockStatement') collect(partial.program, uses)
      return
    }
    default:
  }
}

function usesOf(label: string, source: string): Uses {
  const uses: Uses = { names: new Set(), partials: new Set(), params: new Set() }
  try {
    Handlebars.precompile(source, structuredClone(COMPILE_OPTIONS))
    collect(Handlebars.parse(source), uses)
  } catch (error) {
    problems.push(`${label}: ${(error as Error).message.split('\n')[0]}`)
  }
  return uses
}

const partialUses = new Map(Object.entries(partials).map(([name, source]) => [name, usesOf(`templates/partials/${name}.hbs`, source)]))
const templateUses = new Map(
  LETTER_TYPES.flatMap((type) => {
    const source = sources[type]
    return source === undefined ? [] : [[type, usesOf(`templates/${type}.hbs`, source)] as const]
  }),
)
/** Names some template passes to a partial (`{{> meeting purpose="…"}}`): the template's own words, not fields. */
const params = new Set([...partialUses.values(), ...templateUses.values()].flatMap((uses) => [...uses.params]))
for (const [type, uses] of templateUses) {
  if (!fields) break
  const specs = fieldsFor(fields, type)
  const known = new Set([...specs.map((spec) => spec.name), ...derivedNames(specs)])
  // Follow partials (and the partials they call) from this template, checking every name against this type's fields.
  const seen = new Set<string>()
  const queue: Array<[string, Uses]> = [[`templates/${type}.hbs`, uses]]
  while (queue.length > 0) {
    const [label, current] = queue.shift()!
    for (const name of current.names) {
      if (!known.has(name) && !params.has(name)) problems.push(`${label}: {{${name}}} is not a field of a ${type} letter (templates/fields.yml)`)
    }
    for (const partial of current.partials) {
      if (seen.has(partial)) continue
      seen.add(partial)
      const next = partialUses.get(partial)
      if (!next) problems.push(`${label}: partial ${partial} is missing (templates/partials/${partial}.hbs)`)
      else queue.push([`templates/partials/${partial}.hbs (from ${type})`, next])
    }
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem)
  console.error(`build-templates: ${problems.length} problem(s) in templates/; nothing was written`)
  process.exit(1)
}

mkdirSync(dirname(outFile), { recursive: true })
writeFileSync(
  outFile,
  `// Generated by scripts/build-templates.ts from templates/. Do not edit.\n` +
    `import type { FieldsData } from '../../draft/spec.js'\n` +
    `import type { LetterType } from '../../model/types.js'\n\n` +
    `export const FIELDS: FieldsData = ${JSON.stringify(fields, null, 1)}\n\n` +
    `export const TEMPLATE_SOURCES: Record<LetterType, string> = ${JSON.stringify(sources, null, 1)}\n\n` +
    `export const TEMPLATE_PARTIALS: Record<string, string> = ${JSON.stringify(partials, null, 1)}\n`,
)
/** Compiled templates as JavaScript object literals (Handlebars's precompiled form), keyed by name. */
const specs = (entries: Array<[string, string]>) =>
  `{\n${entries.map(([name, source]) => ` ${JSON.stringify(name)}: ${Handlebars.precompile(source, structuredClone(COMPILE_OPTIONS))},`).join('\n')}\n}`
writeFileSync(
  specsFile,
  `// Generated by scripts/build-templates.ts from templates/: the templates compiled by Handlebars. Do not edit.\n` +
    `// @ts-nocheck: Handlebars writes the compiled templates as untyped JavaScript.\n\n` +
    `export const TEMPLATE_SPECS = ${specs(LETTER_TYPES.map((type) => [type, sources[type]!]))}\n\n` +
    `export const PARTIAL_SPECS = ${specs(Object.entries(partials))}\n`,
)
console.log(`build-templates: ${LETTER_TYPES.length} templates, ${Object.keys(partials).length} partials`)
