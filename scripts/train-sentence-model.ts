/**
 * Learns the sentence models of src/core/analyses/learned.ts from an annotated
 * corpus: each sentence of each document is an example, marked positive when a
 * span of the model's category overlaps it. A logistic model over the
 * sentence's words and word pairs is fitted by Adagrad with both classes
 * weighted equally, then its weakest weights are dropped so the model stays
 * small. Training is deterministic: the same corpus gives the same model.
 *
 * Usage: `npm run build:models [-- DIR... [--before ID]]`. It writes one model
 * per category to src/core/data/generated/. `--before h1161` trains on the
 * documents before that id only, so later batches can be scored with models
 * that have never seen them.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { modelled, sentenceFeatures } from '../src/core/analyses/learned.js'
import { readReview } from '../src/core/analyses/people.js'
import type { Person } from '../src/core/analyses/people.js'
import { indexDocument } from '../src/core/text/document.js'
import { parseDocument } from '../src/core/text/parse.js'
import type { DocumentKind } from '../src/index.js'
import { annotatedFiles, readAnnotated } from './annotated-corpus.js'

/** A feature must be seen this many times to earn a weight. */
const MIN_COUNT = 3
/** Passes over the corpus. */
const ROUNDS = 600
/** Weight decay. */
const L2 = 1e-5
/** Weights smaller than this are dropped from the model. */
const MIN_WEIGHT = 0.4

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const before = option('--before')
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--before')
if (dirs.length === 0) dirs.push('tests/fixtures/held-out')
const idOf = (file: string) => Number(/\/h(\d+)-[^/]*$/.exec(file)?.[1] ?? Number.NaN)
const limit = before ? Number(before.replace(/^h/, '')) : Infinity
const files = annotatedFiles(dirs).filter((file) => !(idOf(file) >= limit))

/**
 * The models this script writes: the category a positive sentence carries, the kinds read, the
 * exported name, the file, and the probability above which a sentence is reported. The thresholds
 * are high, so that a model adds few false findings: on batches the models had never seen, the
 * misconception model at 0.9 found about twice as many more annotations as it added false findings
 * (at 0.8, about one for one); the focus model at 0.9 began to flag sentences that test him.
 * The second threshold is for a review the models read as weighing her throughout (`leaning` in
 * learned.ts), where a specialist flags her conduct in plain chronology too: see `LEANING_SHARE`.
 */
const MODELS: Array<[string, DocumentKind[], string, string, number, number]> = [
  ['misconception', ['letter', 'review'], 'WEIGHS_MODEL', 'src/core/data/generated/weighs-model.ts', 0.9, 0.8],
  ['focus', ['review'], 'DWELLS_MODEL', 'src/core/data/generated/dwells-model.ts', 0.95, 0.7],
]

// What the models are learned from: the corpus, this script, the features and the tokens they are read from.
// When none has changed since the models were written, they are left as they are.
const sources = [
  ...files,
  'scripts/train-sentence-model.ts',
  'src/core/analyses/learned.ts',
  'src/core/analyses/people.ts',
  ...readdirSync('src/core/text').map((f) => join('src/core/text', f)),
]
const inputs = createHash('sha256')
for (const file of sources.sort()) inputs.update(file).update(readFileSync(file))
const stamp = `// inputs ${inputs.digest('hex').slice(0, 16)}${before ? ` before ${before}` : ''}`
if (MODELS.every(([, , , file]) => existsSync(file) && readFileSync(file, 'utf8').includes(stamp))) {
  console.log('train-sentence-model: the models are up to date')
  process.exit(0)
}

/** Each sentence of three words or more, with its features and the categories of the spans over it. */
const sentences: Array<{ kind: DocumentKind; features: string[]; categories: Set<string> }> = []
for (const file of files) {
  const { meta, text, spans } = readAnnotated(file)
  let doc = indexDocument(await parseDocument(text, 'markdown', new VFile({ path: file, value: text })), text)
  // Read as the check reads it: a review with its names known and its pronouns read as the check reads them.
  let names: Map<string, Person> | undefined
  if (meta.kind === 'review') {
    const review = readReview(doc)
    doc = review.asHers
    names = review.people.names
  }
  doc.sentences.forEach((info, sentence) => {
    if (!modelled(info)) return
    const categories = new Set(spans.filter((s) => s.start < info.end && info.start < s.end).map((s) => s.category))
    sentences.push({ kind: meta.kind, features: sentenceFeatures(doc, sentence, meta.kind, names), categories })
  })
}

/**
 * Fit one model and write it.
 *
 * @param category The annotation category a positive sentence carries.
 * @param kinds The document kinds the model reads.
 * @param name The model's exported name.
 * @param file Where to write it.
 * @param threshold The probability above which the model reports a sentence.
 * @param leaningThreshold The same, in a review the models read as weighing her throughout.
 */
function train(category: string, kinds: readonly DocumentKind[], name: string, file: string, threshold: number, leaningThreshold: number): void {
  const rows = sentences.filter((s) => kinds.includes(s.kind)).map((s) => ({ features: s.features, label: s.categories.has(category) ? 1 : 0 }))

  const counts = new Map<string, number>()
  for (const row of rows) for (const f of row.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  const names = [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .map(([f]) => f)
    .sort()
  const index = new Map(names.map((f, i) => [f, i]))
  const examples = rows.map((row) => ({ ids: Int32Array.from(row.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))), label: row.label }))
  const positives = examples.filter((e) => e.label === 1).length
  const weightOf = (label: number) => (label === 1 ? 0.5 / (positives / examples.length) : 0.5 / (1 - positives / examples.length))

  const w = new Float64Array(names.length)
  const squares = new Float64Array(names.length).fill(1e-8)
  let bias = 0
  let biasSquares = 1e-8
  const gradient = new Float64Array(names.length)
  for (let round = 0; round < ROUNDS; round++) {
    gradient.fill(0)
    let biasGradient = 0
    for (const { ids, label } of examples) {
      let z = bias
      for (const id of ids) z += w[id]!
      const g = (1 / (1 + Math.exp(-z)) - label) * weightOf(label)
      for (const id of ids) gradient[id]! += g
      biasGradient += g
    }
    for (let i = 0; i < names.length; i++) {
      const g = gradient[i]! / examples.length + L2 * w[i]!
      squares[i]! += g * g
      w[i]! -= g / Math.sqrt(squares[i]!)
    }
    const gb = biasGradient / examples.length
    biasSquares += gb * gb
    bias -= gb / Math.sqrt(biasSquares)
  }

  const kept = names.flatMap((f, i) => (Math.abs(w[i]!) >= MIN_WEIGHT ? [[f, Math.round(w[i]! * 100) / 100] as const] : []))
  const source = `// Generated by scripts/train-sentence-model.ts from ${files.length} annotated documents${before ? ` before ${before}` : ''}; do not edit.
${stamp}
import type { SentenceModel } from '../../analyses/learned.js'

export const ${name}: SentenceModel = {
  bias: ${Math.round(bias * 100) / 100},
  threshold: ${threshold},
  leaningThreshold: ${leaningThreshold},
  weights: {
${kept.map(([f, v]) => `    ${JSON.stringify(f)}: ${v},`).join('\n')}
  },
}
`
  writeFileSync(file, source)
  console.log(
    `train-sentence-model: ${category}: ${examples.length} sentences (${positives} positive) from ${files.length} documents; ${kept.length} of ${names.length} features kept; wrote ${file}`,
  )
}

for (const [category, kinds, name, file, threshold, leaningThreshold] of MODELS) train(category, kinds, name, file, threshold, leaningThreshold)
