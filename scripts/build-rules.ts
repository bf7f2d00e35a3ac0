/**
 * Compiles and polices the rule packs: reads `rules/*.yml`, validates every rule,
 * and writes `src/core/data/generated/packs.ts` (with the structure, focus, facts,
 * equality and trie modules beside it), which the core reads through
 * `src/core/data/index.ts` so that it never reads the disk. It imports the core's
 * validators and trie builder, never the modules it writes. Fails, naming pack,
 * rule and field, on any problem, and then writes nothing.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import Handlebars from 'handlebars'
import retextEquality from 'retext-equality'
import { parse } from 'yaml'
import { ELEMENT_OPTIONS } from '../src/core/handlebars/compile-options.js'
import { recordPhrases } from '../src/core/analyses/equality-phrases.js'
import { validateFacts } from '../src/core/analyses/accuracy/fact-data.js'
import { formatProblem, validateRule } from '../src/core/rules/rule.js'
import { DOCUMENTATION_FIELDS, TEXT_FIELDS } from '../src/core/rules/rule.js'
import type { DocumentedRule, Rule, RuleProblem } from '../src/core/rules/rule.js'
import { compilePattern } from '../src/core/match/pattern.js'
import { buildJointTrieData } from '../src/core/match/joint-trie.js'
import { encodeTrie } from '../src/core/match/trie-codec.js'
import { defaultAdvice } from '../src/core/engine/replacements.js'
import type { Category } from '../src/core/model/types.js'
import { ELEMENTS, validateStructure } from '../src/core/structure/data.js'
import type { StructureData } from '../src/core/structure/data.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// `--rules DIR --check` polices another folder of packs and writes nothing: the tests of what
// the build refuses use it, so they never touch the generated files.
const { values: args } = parseArgs({ options: { rules: { type: 'string' }, check: { type: 'boolean' } } })
const rulesDir = args.rules ? resolve(args.rules) : join(root, 'rules')
const outFile = join(root, 'src/core/data/generated/packs.ts')
const lintRulesFile = join(root, 'src/core/data/generated/lint-rules.ts')
const ruleTextsFile = join(root, 'src/core/data/generated/rule-texts.ts')
const structureFile = join(root, 'src/core/data/generated/structure.ts')
const focusFile = join(root, 'src/core/data/generated/focus.ts')
const acronymsFile = join(root, 'src/core/data/generated/acronyms.ts')
const trieFile = join(root, 'src/core/data/generated/trie.ts')
const elementSpecsFile = join(root, 'src/core/data/generated/element-specs.ts')
const equalityFile = join(root, 'src/core/data/generated/equality.ts')
const factsFile = join(root, 'src/core/data/generated/facts.ts')
const lintFactsFile = join(root, 'src/core/data/generated/lint-facts.ts')
const partialsDir = join(root, 'templates/partials')

/** Files in `rules/` that are not rule packs. */
const NOT_PACKS = new Set(['facts.yml', 'cues.yml', 'retired.yml', 'structure.yml', 'focus.yml', 'acronyms.yml', 'judged-behaviour.yml'])
const FOCUS_LISTS = [
  'victim',
  'suspect',
  'scrutiny',
  'analysis',
  'binary-headings',
  'leaning-headings',
  'weakness-items',
  'record-requests',
  'records',
  'targeted',
  'done-to-her',
  'evaluation',
  'her-conduct',
  'her-complaint',
  'late-complaint',
  'declined-request',
  'control',
  'relationship',
  'ccb',
  'intoxication',
  'suspect-awareness',
  'bodily',
]
const CUE_NAMES = ['gloss', 'naming', 'reported', 'countering', 'defence', 'answering', 'undercut']

const problems: RuleProblem[] = []
const rules: DocumentedRule[] = []

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(join(rulesDir, file), 'utf8'))
  } catch (error) {
    problems.push({ pack: file, rule: '-', field: '(file)', problem: `not valid YAML: ${(error as Error).message.split('\n')[0]}` })
    return undefined
  }
}

function checkPatterns(pack: string, rule: Rule, field: string, list: readonly string[] | undefined): void {
  for (const pattern of list ?? []) {
    try {
      compilePattern(pattern, rule['case-sensitive'])
    } catch (error) {
      problems.push({ pack, rule: rule.id, field, problem: (error as Error).message })
    }
  }
}

const retired = new Set<string>()
const retiredData = readYaml('retired.yml')
if (Array.isArray(retiredData)) for (const entry of retiredData) retired.add(String((entry as { id?: string }).id))

const cues = readYaml('cues.yml') as Record<string, unknown> | undefined
for (const name of CUE_NAMES) {
  const list = cues?.[name]
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    problems.push({ pack: 'cues.yml', rule: name, field: name, problem: 'must be a list of phrases' })
  }
}

const seenIds = new Map<string, string>()
const seenPatterns = new Map<string, string>()
for (const pack of readdirSync(rulesDir)
  .filter((f) => f.endsWith('.yml') && !NOT_PACKS.has(f))
  .sort()) {
  const data = readYaml(pack)
  if (data === undefined) continue
  if (!Array.isArray(data)) {
    problems.push({ pack, rule: '-', field: '(file)', problem: 'a pack must be a YAML list of rules' })
    continue
  }
  for (const raw of data) {
    const found = validateRule(raw, pack)
    problems.push(...found)
    if (found.length > 0) continue
    const rule = raw as Rule
    const previous = seenIds.get(rule.id)
    if (previous) problems.push({ pack, rule: rule.id, field: 'id', problem: `duplicate id (also in ${previous})` })
    if (retired.has(rule.id)) problems.push({ pack, rule: rule.id, field: 'id', problem: 'this id is retired (rules/retired.yml); choose a new one' })
    seenIds.set(rule.id, pack)
    const category = rule.id.split('/')[0] as Category
    for (const pattern of rule.patterns) {
      const key = `${category}|${rule['applies-to']?.kind?.join(',') ?? ''}|${pattern.toLowerCase()}`
      const owner = seenPatterns.get(key)
      if (owner) problems.push({ pack, rule: rule.id, field: 'patterns', problem: `duplicate pattern "${pattern}" (also in ${owner})` })
      seenPatterns.set(key, rule.id)
    }
    checkPatterns(pack, rule, 'patterns', rule.patterns)
    for (const field of ['exceptions', 'requires', 'excludes', 'explained-by'] as const) checkPatterns(pack, rule, field, rule[field])
    if (rule.expansion) checkPatterns(pack, rule, 'expansion', [rule.expansion])
    rules.push({ ...rule, category, pack, advice: rule.advice ?? defaultAdvice(rule) })
  }
}

const structure = readYaml('structure.yml') as StructureData | undefined
for (const problem of validateStructure(structure)) {
  const [field, ...rest] = problem.split(': ')
  problems.push({ pack: 'structure.yml', rule: '-', field: field!, problem: rest.join(': ') })
}
if (structure?.elements && structure['letter-types']) {
  const phraseLists: Array<[string, readonly string[] | undefined]> = []
  for (const [element, spec] of Object.entries(structure.elements)) {
    spec.signals?.forEach((signal, i) => {
      for (const key of ['phrases', 'with', 'without'] as const) phraseLists.push([`elements.${element}.signals[${i}].${key}`, signal[key]])
    })
  }
  for (const [type, phrases] of Object.entries(structure['letter-types'])) phraseLists.push([`letter-types.${type}`, phrases])
  for (const [field, list] of phraseLists) {
    for (const phrase of list ?? []) {
      try {
        compilePattern(phrase)
      } catch (error) {
        problems.push({ pack: 'structure.yml', rule: '-', field, problem: (error as Error).message })
      }
    }
  }
}

/** Read a file of named phrase lists, checking each list and phrase. */
function readLists(file: string, names: readonly string[], phrases = true): Record<string, string[]> {
  const data = readYaml(file) as Record<string, unknown> | undefined
  const lists: Record<string, string[]> = {}
  for (const name of names) {
    const list = data?.[name]
    if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === 'string')) {
      problems.push({ pack: file, rule: '-', field: name, problem: 'must be a list of phrases' })
      continue
    }
    lists[name] = list as string[]
    if (!phrases) continue
    for (const phrase of list as string[]) {
      try {
        compilePattern(phrase)
      } catch (error) {
        problems.push({ pack: file, rule: '-', field: name, problem: (error as Error).message })
      }
    }
  }
  return lists
}

const focus = readLists('focus.yml', FOCUS_LISTS)
const acronyms = readLists('acronyms.yml', ['everyday'], false)
const judged = readLists('judged-behaviour.yml', [
  'behaviours',
  'listed-items',
  'judgements',
  'frames',
  'done-to-her',
  'weighs',
  'reasons',
  'standing',
  'stresses-delay',
  'doubt-frames',
  'jury-doubts',
])

// The fact base the accuracy analysis checks letters against.
const facts = readYaml('facts.yml')
for (const problem of validateFacts(facts)) {
  const [rule, field, ...rest] = problem.split(': ')
  problems.push({ pack: 'facts.yml', rule: rule!, field: field!, problem: rest.join(': ') })
}

// The paragraph offered for each missing part: the same partials the drafting templates use.
const partials: Record<string, string> = {}
for (const element of ELEMENTS) {
  try {
    partials[element] = readFileSync(join(partialsDir, `${element}.hbs`), 'utf8').trim()
  } catch {
    problems.push({ pack: '../templates/partials', rule: element, field: 'file', problem: `templates/partials/${element}.hbs is missing` })
  }
}

// retext-equality's phrases, recorded once here so that a check loads the plugin only for a document that has one.
const equalityPhrases = recordPhrases(retextEquality)
if (equalityPhrases.length === 0) {
  problems.push({
    pack: '../node_modules/retext-equality',
    rule: '-',
    field: '(plugin)',
    problem: 'no phrases could be recorded from the installed retext-equality',
  })
}

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem))
  console.error(`build-rules: ${problems.length} problem(s) in rules/; nothing was written`)
  process.exit(1)
}
if (args.check) {
  console.log(`build-rules: ${rules.length} rules with no problems; nothing was written (--check)`)
  process.exit(0)
}

const cueLists = Object.fromEntries(CUE_NAMES.map((name) => [name, cues![name] as string[]]))
const trie = buildJointTrieData({ rules, cues: cueLists, structure: structure!, focus, judged })

mkdirSync(dirname(outFile), { recursive: true })
/** Data as a JSON string parsed on load: smaller than an object literal, and quicker for the engine to read. */
const asJson = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`
// Names this build of the phrase lists, so a frozen trie from another build is never used with them.
const buildId = createHash('sha256')
  .update(JSON.stringify([rules, cueLists, structure, focus, judged]))
  .digest('hex')
  .slice(0, 16)
// What lint reads at run time, apart from what only the docs and the trie build read (patterns,
// examples, sources): a bundle of `lint` then carries about a third of the packs.
const split = <T extends object>(list: readonly T[], fields: readonly string[]) => ({
  lint: list.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => !fields.includes(key)))),
  docs: list.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => fields.includes(key)))),
})
const ruleParts = split(
  rules.map((rule) => (rule.requires ? { ...rule, 'has-requires': true as const } : rule)),
  DOCUMENTATION_FIELDS,
)
// The rules' advice and notes are read only when a finding is made: they load with the first check,
// not with `lint` itself (the browser budget in docs/architecture.md).
const textParts = split(ruleParts.lint, TEXT_FIELDS)
/**
 * Records as a table, read back by `fromTable`: the keys once, most used first, then each
 * record's values in that order, null where it has none (a quarter smaller than objects).
 */
function asTable(records: readonly object[], type: string): string {
  const uses = new Map<string, number>()
  for (const record of records) for (const key of Object.keys(record)) uses.set(key, (uses.get(key) ?? 0) + 1)
  const keys = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)!)
  const rows = records.map((record) => {
    const row = keys.map((key) => (record as Record<string, unknown>)[key] ?? null)
    while (row.length > 0 && row.at(-1) === null) row.pop()
    return row
  })
  return `fromTable<${type}>(${asJson({ keys, rows })})`
}
const fromTable =
  `/** Records from their table: each row's values under the table's keys, a null meaning none. */\n` +
  `function fromTable<T>(table: { keys: string[]; rows: unknown[][] }): T[] {\n` +
  `  return table.rows.map((row) => Object.fromEntries(row.flatMap((value, i) => (value === null ? [] : [[table.keys[i], value]]))) as T)\n` +
  `}\n\n`
writeFileSync(
  lintRulesFile,
  `// Generated by scripts/build-rules.ts from rules/*.yml: what lint reads of each rule. Do not edit.\n` +
    `import type { LintRule } from '../../rules/rule.js'\n\n` +
    `export const BUILD_ID = ${JSON.stringify(buildId)}\n\n` +
    fromTable +
    `export const LINT_RULES: LintRule[] = ${asTable(textParts.lint, 'LintRule')}\n\n` +
    `/** The ids of the fact rules, so that a configuration naming one is known without loading the facts. */\n` +
    `export const FACT_RULE_IDS: string[] = ${JSON.stringify((facts as Array<{ rule: string }>).map((fact) => `accuracy/${fact.rule}`))}\n`,
)
writeFileSync(
  ruleTextsFile,
  `// Generated by scripts/build-rules.ts from rules/*.yml: each rule's advice and note, in the order of LINT_RULES. Do not edit.\n` +
    `import type { RuleTexts } from '../../rules/rule.js'\n\n` +
    `export const RULE_TEXTS: RuleTexts[] = ${asJson(textParts.docs)}\n`,
)
writeFileSync(
  outFile,
  `// Generated by scripts/build-rules.ts from rules/*.yml: each rule with its patterns, examples and source. Do not edit.\n` +
    `import type { DocumentedRule } from '../../rules/rule.js'\n` +
    `import { LINT_RULES } from './lint-rules.js'\n` +
    `import { RULE_TEXTS } from './rule-texts.js'\n\n` +
    `export { BUILD_ID } from './lint-rules.js'\n\n` +
    `const DOCUMENTATION: Array<Pick<DocumentedRule, 'patterns' | 'exceptions' | 'explained-by' | 'requires' | 'excludes' | 'source' | 'examples' | 'pack'>> = ${asJson(ruleParts.docs)}\n\n` +
    `export const RULES: DocumentedRule[] = LINT_RULES.map((rule, index) => ({ ...rule, ...RULE_TEXTS[index]!, ...DOCUMENTATION[index]! }))\n\n` +
    `export const CUES: Record<string, string[]> = ${asJson(cueLists)}\n`,
)
writeFileSync(
  structureFile,
  `// Generated by scripts/build-rules.ts from rules/structure.yml and templates/partials. Do not edit.\n` +
    `import type { StructureData } from '../../structure/data.js'\n\n` +
    `export const STRUCTURE: StructureData = ${JSON.stringify(structure, null, 1)}\n\n` +
    `export const PARTIALS: Record<string, string> = ${JSON.stringify(partials, null, 1)}\n`,
)
// The review-only vocabularies go in a module of their own, so that a bundle of `lint` loads them with the
// focus analysis; the acronyms every letter needs go in another.
writeFileSync(
  focusFile,
  `// Generated by scripts/build-rules.ts from rules/focus.yml and judged-behaviour.yml. Do not edit.\n\n` +
    `export const FOCUS: Record<string, string[]> = ${JSON.stringify(focus, null, 1)}\n\n` +
    `export const JUDGED: Record<string, string[]> = ${JSON.stringify(judged, null, 1)}\n`,
)
writeFileSync(
  acronymsFile,
  `// Generated by scripts/build-rules.ts from rules/acronyms.yml. Do not edit.\n\n` +
    `export const ACRONYMS: Record<string, string[]> = ${JSON.stringify(acronyms, null, 1)}\n`,
)
writeFileSync(
  elementSpecsFile,
  `// Generated by scripts/build-rules.ts from templates/partials: the paragraphs for missing parts, compiled by Handlebars. Do not edit.\n` +
    `// @ts-nocheck: Handlebars writes the compiled templates as untyped JavaScript.\n\n` +
    `export const ELEMENT_SPECS = {\n${Object.entries(partials)
      .map(([name, source]) => ` ${JSON.stringify(name)}: ${Handlebars.precompile(source, structuredClone(ELEMENT_OPTIONS))},`)
      .join('\n')}\n}\n`,
)

const factParts = split(facts as object[], ['title', 'source-date', 'examples'])
writeFileSync(
  lintFactsFile,
  `// Generated by scripts/build-rules.ts from rules/facts.yml: what lint reads of each fact. Do not edit.\n` +
    `import type { LintFact } from '../../analyses/accuracy/fact-data.js'\n\n` +
    fromTable +
    `// Marked pure, so that a bundle loads the facts with the accuracy analysis, which alone reads them.\n` +
    `export const LINT_FACTS: LintFact[] = /* @__PURE__ */ ${asTable(factParts.lint, 'LintFact').replace('(JSON.parse(', '(/* @__PURE__ */ JSON.parse(')}\n`,
)
writeFileSync(
  factsFile,
  `// Generated by scripts/build-rules.ts from rules/facts.yml: each fact with its title, source date and examples. Do not edit.\n` +
    `import type { Fact } from '../../analyses/accuracy/fact-data.js'\n` +
    `import { LINT_FACTS } from './lint-facts.js'\n\n` +
    `const DOCUMENTATION: Array<Pick<Fact, 'title' | 'source-date' | 'examples'>> = ${asJson(factParts.docs)}\n\n` +
    `export const FACTS: Fact[] = /* @__PURE__ */ LINT_FACTS.map((fact, index) => ({ ...fact, ...DOCUMENTATION[index]! }))\n`,
)

writeFileSync(
  equalityFile,
  `// Generated by scripts/build-rules.ts from the installed retext-equality. Do not edit.\n\n` +
    `export const EQUALITY_PHRASES: string[] = ${asJson(equalityPhrases)}\n`,
)

// Freeze every built-in phrase list into one trie, so a cold start loads arrays instead of
// compiling patterns. It is built from the lists read above, never from the generated modules,
// and written last: a build that stops part-way through new phrase lists leaves a trie the data accessor refuses.
writeFileSync(
  trieFile,
  `// Generated by scripts/build-rules.ts from the phrase lists of rules/*.yml. Do not edit.\n\n` +
    `export const TRIE_BUILD_ID = ${JSON.stringify(buildId)}\n\n` +
    `/** The joint trie, encoded by encodeTrie (src/core/match/trie-codec.ts) and read on first use. */\n` +
    `export const TRIE_DATA = ${JSON.stringify(encodeTrie(trie))}\n`,
)
console.log(`build-rules: ${rules.length} rules from ${new Set(rules.map((r) => r.pack)).size} packs; a trie of ${trie.edges.length / 3} edges`)
