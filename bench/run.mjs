/**
 * `npm run bench`: heed's full pipeline against alex and write-good on the same
 * inputs, plus heed's CLI cold start. Prints a table of medians and writes
 * bench/results.json. A benchmark, not a test: it asserts nothing, it reports.
 *
 * Options (environment):
 *   HEED_LIB     the heed build to measure (default dist/index.js; build it first)
 *   BENCH_QUICK  1 for fewer runs (a smoke run)
 *   BENCH_OUT    where to write the JSON (default bench/results.json)
 *   BENCH_TOOLS  a comma-separated subset of heed,alex,write-good,parse-floor (default all)
 *   BENCH_CASES  a comma-separated subset of the cases (default all)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { buildInputs, editOnce } from './inputs.mjs'
import { lspEdit } from './lsp-edit.mjs'

const ROOT = join(import.meta.dirname, '..')
const WORKER = join(import.meta.dirname, 'worker.mjs')
const QUICK = process.env.BENCH_QUICK === '1'
const OUT = process.env.BENCH_OUT ?? join(import.meta.dirname, 'results.json')
const HEED_LIB = process.env.HEED_LIB ?? join(ROOT, 'dist', 'index.js')
const TOOLS = (process.env.BENCH_TOOLS ?? 'heed,alex,write-good,parse-floor').split(',')

if (!existsSync(HEED_LIB)) {
  process.stderr.write(`bench: ${HEED_LIB} is missing; run \`npm run build\` first\n`)
  process.exit(2)
}

/**
 * Warm-up runs and timed runs per case. Every worker first loads its tool and checks one letter;
 * alex gets fewer runs on the big inputs (one timed run on the two largest files) to keep the
 * whole benchmark near 3 minutes.
 */
const PLAN = {
  corpus: { warm: { heed: 1, alex: 1, 'write-good': 1, 'parse-floor': 1 }, runs: { heed: 5, alex: 2, 'write-good': 5, 'parse-floor': 3 } },
  letter: { warm: { heed: 30, alex: 30, 'write-good': 30, 'parse-floor': 30 }, runs: { heed: 30, alex: 20, 'write-good': 30, 'parse-floor': 30 } },
  edit: { warm: { heed: 10, alex: 3, 'write-good': 10, 'parse-floor': 10 }, runs: { heed: 15, alex: 7, 'write-good': 15, 'parse-floor': 15 } },
  'single-10000': { warm: { heed: 2, alex: 1, 'write-good': 2, 'parse-floor': 2 }, runs: { heed: 5, alex: 3, 'write-good': 5, 'parse-floor': 5 } },
  'single-50000': { warm: { heed: 1, alex: 1, 'write-good': 1, 'parse-floor': 1 }, runs: { heed: 3, alex: 1, 'write-good': 3, 'parse-floor': 3 } },
  'single-100000': { warm: { heed: 1, alex: 1, 'write-good': 1, 'parse-floor': 1 }, runs: { heed: 3, alex: 1, 'write-good': 3, 'parse-floor': 3 } },
}
const CLI_RUNS = QUICK ? 3 : 10

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

function runWorker(tool, name, warm, runs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, tool, name, String(warm), String(runs)], {
      cwd: ROOT,
      env: { ...process.env, HEED_LIB },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${tool} ${name} exited with ${code}`))
      else resolve(JSON.parse(out.trim().split('\n').at(-1)))
    })
  })
}

/** Median wall time of the CLI checking one letter, each run a fresh process. */
function cliColdStart() {
  // The CLI built beside the library being measured.
  const cli = join(dirname(HEED_LIB), 'cli', 'main.js')
  const args = [cli, 'check', 'examples/letters/no-charge-poor.md']
  const times = []
  let status
  for (let i = 0; i < CLI_RUNS + 1; i++) {
    const started = process.hrtime.bigint()
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    status = result.status
    if (i > 0) times.push(ms) // the first run warms the file system cache
  }
  return {
    command: 'node dist/cli/main.js check examples/letters/no-charge-poor.md',
    exitStatus: status,
    medianMs: round(median(times), 1),
    runs: times.length,
    samplesMs: times.map((t) => round(t, 1)),
  }
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  let nproc
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim())
  } catch {
    nproc = cpus().length
  }
  return {
    nproc,
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    // Other work on the machine slows every tool alike; the ratios hold better than the times.
    loadAverage1mBefore: round(loadBefore[0], 2),
    loadAverage1mAfter: round(loadavg()[0], 2),
  }
}

const inputs = buildInputs()
const WORDS = {
  corpus: inputs.corpus.words,
  letter: inputs.letter.words,
  edit: inputs.review.words,
  'single-10000': inputs.single[10_000].words,
  'single-50000': inputs.single[50_000].words,
  'single-100000': inputs.single[100_000].words,
}
const DESCRIBE = {
  corpus: `${inputs.corpus.docs.length} letter-sized documents, one pass over all of them`,
  letter: 'one letter (examples/letters/no-charge-good.md), warm',
  edit: 'one review after a one-character edit: a full re-lint of the edited text, warm (the language server re-checks only the edited paragraph: see editorPath)',
  'single-10000': 'one file',
  'single-50000': 'one file',
  'single-100000': 'one file',
}

const begun = Date.now()
const loadBefore = loadavg()
const cases = {}
const CASES = process.env.BENCH_CASES?.split(',')
for (const [name, plan] of Object.entries(PLAN)) {
  if (CASES && !CASES.includes(name)) continue
  const words = WORDS[name]
  const entry = { description: DESCRIBE[name], words }
  for (const tool of TOOLS) {
    const runs = QUICK ? Math.min(3, plan.runs[tool]) : plan.runs[tool]
    const result = await runWorker(tool, name, QUICK ? 1 : plan.warm[tool], runs)
    const ms = median(result.times)
    const cpu = median(result.cpuTimes)
    entry[tool] = {
      medianMs: round(ms, 1),
      msPer1kWords: round((ms / words) * 1000),
      medianCpuMs: round(cpu, 1),
      cpuMsPer1kWords: round((cpu / words) * 1000),
      wordsPerSecond: Math.round((words / ms) * 1000),
      peakRssOneRunMB: round(result.peakRssOneRunMB, 1),
      peakRssAllRunsMB: round(result.peakRssMB, 1),
      firstCallMs: round(result.initMs, 1),
      runs: result.times.length,
      samplesMs: result.times.map((t) => round(t, 1)),
    }
    process.stderr.write(`  ${name.padEnd(14)} ${tool.padEnd(10)} ${entry[tool].medianMs} ms\n`)
  }
  const ratio = (other, field) => (entry.heed && entry[other] ? round(entry.heed[field] / entry[other][field], 3) : null)
  entry.ratios = {
    heedToAlex: ratio('alex', 'medianMs'),
    heedToWriteGood: ratio('write-good', 'medianMs'),
    heedToAlexCpu: ratio('alex', 'medianCpuMs'),
    heedToWriteGoodCpu: ratio('write-good', 'medianCpuMs'),
    heedToParseFloorCpu: ratio('parse-floor', 'medianCpuMs'),
  }
  cases[name] = entry
}
const cli = cliColdStart()

/** One-character edits in the 5,000-word review through heed's language server (bench/lsp-edit.mjs). */
async function editorPath() {
  const server = join(dirname(HEED_LIB), 'server', 'main.cjs')
  if (!existsSync(server)) return undefined
  const runs = QUICK ? 5 : 25
  const { firstMs, fullMs } = await lspEdit({ root: ROOT, server, text: inputs.review.text, edit: editOnce, runs, warm: QUICK ? 2 : 5 })
  return {
    description: 'dist/server/main.cjs over stdio, the review open, one-character edits sent as ranges; time from sending each edit to its diagnostics',
    words: inputs.review.words,
    paragraphRecheckMedianMs: round(median(firstMs), 1),
    fullRecheckMedianMs: round(median(fullMs), 1),
    runs: firstMs.length,
    paragraphSamplesMs: firstMs.map((t) => round(t, 1)),
    fullSamplesMs: fullMs.map((t) => round(t, 1)),
  }
}
const editor = !CASES || CASES.includes('edit') ? await editorPath() : undefined
process.stderr.write(
  editor ? `  editor path    heed       ${editor.paragraphRecheckMedianMs} ms (paragraph), ${editor.fullRecheckMedianMs} ms (whole document)\n` : '',
)

/** Each target of issue 9, met or not (null when its case was not run). */
function targets(c, cli, editor) {
  const check = (entry, test) => (entry ? test(entry) : null)
  return {
    'heed ≤ 10 ms per 1,000 words (corpus)': check(c.corpus?.heed, (e) => e.msPer1kWords <= 10),
    'heed ≤ half of alex (corpus)': check(c.corpus?.alex && c.corpus, (e) => e.ratios.heedToAlex <= 0.5),
    'one 600-word letter ≤ 10 ms warm': check(c.letter?.heed, (e) => e.medianMs <= 10),
    're-check after a one-character edit in 5,000 words through the language server ≤ 20 ms': check(editor, (e) => e.paragraphRecheckMedianMs <= 20),
    'one 100,000-word file < 2 s': check(c['single-100000']?.heed, (e) => e.medianMs < 2000),
    'one 100,000-word file < 300 MB peak RSS': check(c['single-100000']?.heed, (e) => e.peakRssOneRunMB < 300),
    'CLI cold start ≤ 0.35 s': cli.medianMs <= 350,
  }
}

const results = {
  generated: new Date().toISOString(),
  machine: machine(),
  heedLib: HEED_LIB.startsWith(ROOT) ? HEED_LIB.slice(ROOT.length + 1) : HEED_LIB,
  quick: QUICK,
  wordCounting: 'runs of letters or digits with inner apostrophes or hyphens, the same count for every tool',
  heedOptions: { format: 'markdown', kind: 'detected' },
  cases,
  cliColdStart: cli,
  editorPath: editor,
  targets: targets(cases, cli, editor),
  totalSeconds: round((Date.now() - begun) / 1000, 1),
}
writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n')

const pad = (value, width) => String(value).padStart(width)
const lines = [
  `heed benchmark: ${results.machine.nproc} CPUs, ${results.machine.cpu}, Node ${results.machine.node}, load average ${results.machine.loadAverage1mBefore} → ${results.machine.loadAverage1mAfter}`,
  '',
  `${'case'.padEnd(14)} ${pad('words', 7)} | ${pad('heed ms', 9)} ${pad('ms/1k', 6)} ${pad('words/s', 8)} ${pad('RSS MB', 7)} | ${pad('alex ms', 9)} ${pad('ms/1k', 6)} ${pad('RSS MB', 7)} | ${pad('w-g ms', 8)} ${pad('ms/1k', 6)} ${pad('RSS MB', 7)} | ${pad('h/alex', 6)} ${pad('h/w-g', 6)}`,
]
const cell = (tool, field, width) => pad(tool?.[field] ?? '-', width)
for (const [name, e] of Object.entries(cases)) {
  lines.push(
    `${name.padEnd(14)} ${pad(e.words, 7)} | ${cell(e.heed, 'medianMs', 9)} ${cell(e.heed, 'msPer1kWords', 6)} ${cell(e.heed, 'wordsPerSecond', 8)} ${cell(e.heed, 'peakRssOneRunMB', 7)} | ` +
      `${cell(e.alex, 'medianMs', 9)} ${cell(e.alex, 'msPer1kWords', 6)} ${cell(e.alex, 'peakRssOneRunMB', 7)} | ` +
      `${cell(e['write-good'], 'medianMs', 8)} ${cell(e['write-good'], 'msPer1kWords', 6)} ${cell(e['write-good'], 'peakRssOneRunMB', 7)} | ` +
      `${pad(e.ratios.heedToAlex ?? '-', 6)} ${pad(e.ratios.heedToWriteGood ?? '-', 6)}`,
  )
}
lines.push(
  '',
  'CPU time (user + system of the process, all threads), which other work on the machine disturbs less;',
  '`parse` is Markdown → nlcst alone (remark-parse, remark-retext, parse-english), ms per 1,000 words:',
  '',
)
lines.push(
  `${'case'.padEnd(14)} ${pad('words', 7)} | ${pad('heed ms', 9)} ${pad('ms/1k', 6)} | ${pad('alex ms', 9)} ${pad('ms/1k', 6)} | ${pad('w-g ms', 8)} ${pad('ms/1k', 6)} | ${pad('parse', 6)} | ${pad('h/alex', 6)} ${pad('h/w-g', 6)} ${pad('h/parse', 7)}`,
)
for (const [name, e] of Object.entries(cases)) {
  lines.push(
    `${name.padEnd(14)} ${pad(e.words, 7)} | ${cell(e.heed, 'medianCpuMs', 9)} ${cell(e.heed, 'cpuMsPer1kWords', 6)} | ` +
      `${cell(e.alex, 'medianCpuMs', 9)} ${cell(e.alex, 'cpuMsPer1kWords', 6)} | ` +
      `${cell(e['write-good'], 'medianCpuMs', 8)} ${cell(e['write-good'], 'cpuMsPer1kWords', 6)} | ` +
      `${cell(e['parse-floor'], 'cpuMsPer1kWords', 6)} | ` +
      `${pad(e.ratios.heedToAlexCpu ?? '-', 6)} ${pad(e.ratios.heedToWriteGoodCpu ?? '-', 6)} ${pad(e.ratios.heedToParseFloorCpu ?? '-', 7)}`,
  )
}
lines.push('', `CLI cold start (${cli.command}): ${cli.medianMs} ms median of ${cli.runs}`)
if (editor)
  lines.push(
    `Editor path (language server, ${editor.words}-word review, one-character edits): diagnostics for the edited paragraph ${editor.paragraphRecheckMedianMs} ms, for the whole document after the pause ${editor.fullRecheckMedianMs} ms (medians of ${editor.runs})`,
  )
lines.push('')
for (const [target, met] of Object.entries(results.targets)) lines.push(`${met === null ? 'not run' : met ? 'met    ' : 'MISSED '} ${target}`)
lines.push(
  '',
  `medians; RSS is the peak after one check of the input; ${results.totalSeconds} s in all; written to ${OUT.startsWith(ROOT) ? OUT.slice(ROOT.length + 1) : OUT}`,
)
process.stdout.write(lines.join('\n') + '\n')
