/**
 * The report benchmark (part of `npm run bench`; alone: `node bench/report.mjs`). It writes
 * 1,000, 4,000 and 10,000 generated letters and reviews to a temporary folder and times
 * `heed report --format json` over each with one worker thread and with two, recording wall
 * time, CPU time (all threads, and the main thread alone), peak memory and the machine's load
 * average: the fastest of the runs each, the highest peak. It also times `heed check` and
 * `heed report` on single 10 MB files of three shapes. Writes bench/report-results.json.
 * A benchmark, not a test: it asserts nothing, it reports.
 *
 * Peak memory is the peak resident set size of the heed process (getrusage's ru_maxrss, which
 * Node gives as process.resourceUsage().maxRSS, read as the process exits). Worker threads live
 * in the process's memory, so this is the main thread and every worker together. It is flat when
 * the largest folder's peak is within 10% of the smallest's, for each number of workers.
 *
 * Options (environment):
 *   BENCH_REPORT_SIZES  comma-separated folder sizes (default 1000,4000,10000)
 *   BENCH_REPORT_JOBS   comma-separated worker counts (default 1,2)
 *   BENCH_REPORT_RUNS   runs of each worker count per folder, taking turns (default 2; the fastest is kept)
 *   BENCH_REPORT_LARGE  0 to skip the 10 MB files
 *   BENCH_REPORT_CEILING 0 to skip the machine's own limit (two independent processes on halves of the largest folder)
 *   BENCH_REPORT_OUT    where to write the JSON
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { variants } from './inputs.mjs'

const ROOT = join(import.meta.dirname, '..')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const PEAK = join(import.meta.dirname, 'peak-rss.mjs')
const SIZES = (process.env.BENCH_REPORT_SIZES ?? '1000,4000,10000').split(',').map(Number)
const JOBS = (process.env.BENCH_REPORT_JOBS ?? '1,2').split(',').map(Number)
const LARGE = process.env.BENCH_REPORT_LARGE !== '0'
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 2)
const CEILING = process.env.BENCH_REPORT_CEILING !== '0'
/** Flat: the largest folder's peak memory at most this many times the smallest's. */
const FLAT = 1.1
const OUT = process.env.BENCH_REPORT_OUT ?? join(import.meta.dirname, 'report-results.json')

if (!existsSync(CLI)) {
  process.stderr.write(`bench: ${CLI} is missing; run \`npm run build\` first\n`)
  process.exit(2)
}

const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

/** The 1, 5 and 15 minute load averages, as `uptime` shows them. */
const loadNow = () => loadavg().map((n) => round(n))

/**
 * Run the CLI once; its output is thrown away. Returns wall time, CPU time (all threads; the
 * main thread's, on Linux), peak RSS, and the load average as it started.
 */
function timeCli(args) {
  return new Promise((resolve, reject) => {
    const load = loadNow()
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, ['--import', PEAK, CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk) => (err += chunk))
    child.on('error', reject)
    child.on('close', (status) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const line = /heed-bench (\{.*\})/.exec(err)
      if (!line || status === null || status > 2) return reject(new Error(`heed ${args.join(' ')} exited with ${status}: ${err.slice(0, 300)}`))
      const usage = JSON.parse(line[1])
      const cpuS = round((usage.userMs + usage.systemMs) / 1000)
      const mainCpuS = usage.mainThreadMs === null ? null : round(usage.mainThreadMs / 1000)
      resolve({
        status,
        wallS: round(wallMs / 1000),
        cpuS,
        mainCpuS,
        mainCpuShare: mainCpuS === null ? null : round(mainCpuS / cpuS, 3),
        peakRssMB: round(usage.maxRssKB / 1024, 1),
        load,
      })
    })
  })
}

/** A folder of `count` documents, letters and reviews as the examples come, each a variant. */
function writeSet(count) {
  const folder = mkdtempSync(join(tmpdir(), `heed-bench-report-${count}-`))
  const docs = variants(count, 11)
  docs.forEach((doc, i) => {
    // Sub-folders of 500, as case files are often kept.
    const sub = join(folder, String(Math.floor(i / 500)).padStart(3, '0'))
    mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `${String(i).padStart(5, '0')}.md`), doc.text)
  })
  return { folder, words: docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0) }
}

/** 10 MB files of three shapes: one-letter words on one line, one word per line, and letters. */
function writeLarge(folder) {
  const size = 10 * 1024 * 1024 - 1024
  const letters = variants(5, 13)
    .map((d) => d.text)
    .join('\n\n')
  const shapes = {
    'one-letter-words': 'a '.repeat(size / 2),
    'one-word-lines': 'word\n'.repeat(Math.floor(size / 5)),
    'letters-and-reviews': letters.repeat(Math.floor(size / (letters.length + 2))),
  }
  return Object.entries(shapes).map(([shape, text]) => {
    const path = join(folder, `${shape}.md`)
    writeFileSync(path, text)
    return { shape, path, megabytes: round(text.length / 1048576, 2) }
  })
}

/**
 * What this machine allows two-way parallel checking to reach, whatever heed's own design: the
 * folder checked in this thread by one process (`--jobs 0`), against two independent processes
 * started together, each checking half of its files. No pool, no messages, no shared heap:
 * the pair's wall time over the single run is the best ratio any split of the work can reach here.
 */
async function measureCeiling(folder) {
  const subs = readdirSync(folder)
    .sort()
    .map((name) => join(folder, name))
  const files = subs.flatMap((sub) =>
    readdirSync(sub)
      .sort()
      .map((name) => join(sub, name)),
  )
  const halves = [files.slice(0, Math.ceil(files.length / 2)), files.slice(Math.ceil(files.length / 2))]
  const single = []
  const pair = []
  for (let turn = 0; turn < RUNS; turn++) {
    const one = await timeCli(['report', ...subs, '--format', 'json', '--jobs', '0'])
    single.push(one)
    const started = process.hrtime.bigint()
    const both = await Promise.all(halves.map((half) => timeCli(['report', ...half, '--format', 'json', '--jobs', '0'])))
    const wallS = round(Number(process.hrtime.bigint() - started) / 1e9)
    pair.push({ wallS, cpuS: round(both[0].cpuS + both[1].cpuS), halves: both })
    process.stderr.write(`  ceiling: one process ${one.wallS} s wall, ${one.cpuS} s CPU; two processes on halves ${wallS} s wall, ${pair.at(-1).cpuS} s CPU\n`)
  }
  const fastest = (runs) => runs.reduce((a, b) => (b.wallS < a.wallS ? b : a))
  const best = { single: fastest(single), pair: fastest(pair) }
  return { ...best, pairToSingle: round(best.pair.wallS / best.single.wallS, 3), samples: { single, pair } }
}

const began = Date.now()
const load = loadNow()
const folders = {}
for (const size of SIZES) {
  const { folder, words } = writeSet(size)
  const entry = { documents: size, words, runs: {} }
  try {
    // Worker counts take turns, and each keeps its fastest run: on a shared machine the other
    // work slows some runs a lot and none of them less than it is.
    const samples = Object.fromEntries(JOBS.map((jobs) => [jobs, []]))
    for (let round = 0; round < RUNS; round++) {
      for (const jobs of JOBS) {
        const result = await timeCli(['report', folder, '--format', 'json', '--jobs', String(jobs)])
        samples[jobs].push(result)
        process.stderr.write(
          `  report ${String(size).padStart(6)} files, ${jobs} worker${jobs === 1 ? ' ' : 's'}: ${result.wallS} s wall, ${result.cpuS} s CPU (main thread ${result.mainCpuS ?? '?'} s), ${result.peakRssMB} MB peak, load ${result.load.join(' ')}\n`,
        )
      }
    }
    for (const jobs of JOBS) {
      const best = samples[jobs].reduce((a, b) => (b.wallS < a.wallS ? b : a))
      entry.runs[`jobs-${jobs}`] = { ...best, peakRssMB: Math.max(...samples[jobs].map((r) => r.peakRssMB)), samples: samples[jobs] }
    }
    if (CEILING && size === Math.max(...SIZES)) entry.ceiling = await measureCeiling(folder)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  const one = entry.runs['jobs-1']
  const two = entry.runs['jobs-2']
  if (one && two) {
    entry.twoWorkersToOne = round(two.wallS / one.wallS, 3)
    // What the two workers cost in CPU against one: on two idle cores the wall-time ratio can
    // come near half of this, whatever other work on the machine makes of the measured one.
    entry.twoWorkersToOneCpu = round(two.cpuS / one.cpuS, 3)
  }
  folders[size] = entry
}

const large = []
if (LARGE) {
  const folder = mkdtempSync(join(tmpdir(), 'heed-bench-large-'))
  try {
    for (const file of writeLarge(folder)) {
      const check = await timeCli(['check', '--format', 'json', file.path])
      const report = await timeCli(['report', '--format', 'json', '--jobs', '1', file.path])
      large.push({ ...file, check, report })
      process.stderr.write(
        `  ${file.shape} (${file.megabytes} MB): check ${check.wallS} s, ${check.peakRssMB} MB; report ${report.wallS} s, ${report.peakRssMB} MB\n`,
      )
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const sizes = Object.keys(folders)
  .map(Number)
  .sort((a, b) => a - b)
const smallest = folders[sizes[0]]
const largest = folders[sizes.at(-1)]
const results = {
  generated: new Date().toISOString(),
  machine: { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverageBefore: load, loadAverageAfter: loadNow() },
  peakMemory:
    'peak resident set size of the heed process (getrusage ru_maxrss, read at exit): the main thread and all worker threads together; the highest of the runs',
  command: 'node dist/cli/main.js report FOLDER --format json --jobs N (output discarded)',
  folders,
  large,
  targets: {
    "two workers ≤ 0.6 of one worker's wall time (largest folder)": largest?.twoWorkersToOne === undefined ? null : largest.twoWorkersToOne <= 0.6,
    ...Object.fromEntries(
      JOBS.map((jobs) => [
        `peak memory flat: ${sizes.at(-1)?.toLocaleString('en-GB')} files within ${Math.round((FLAT - 1) * 100)}% of ${sizes[0]?.toLocaleString('en-GB')} (${jobs} worker${jobs === 1 ? '' : 's'})`,
        sizes.length < 2 ? null : largest.runs[`jobs-${jobs}`].peakRssMB <= smallest.runs[`jobs-${jobs}`].peakRssMB * FLAT,
      ]),
    ),
    'main thread under 10% of the CPU time (largest folder, every worker count)':
      sizes.length === 0 || JOBS.some((jobs) => largest.runs[`jobs-${jobs}`].mainCpuShare === null)
        ? null
        : JOBS.every((jobs) => largest.runs[`jobs-${jobs}`].mainCpuShare < 0.1),
    'every 10 MB file checked within 10 s and 500 MB, by check and report':
      large.length === 0 ? null : large.every((f) => [f.check, f.report].every((r) => r.wallS <= 10 && r.peakRssMB <= 500)),
  },
  totalSeconds: round((Date.now() - began) / 1000, 1),
}
writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n')
const lines = [
  '',
  `heed report benchmark: ${results.machine.nproc} CPUs, Node ${process.version}, load average ${load.join(' ')} → ${results.machine.loadAverageAfter.join(' ')}`,
]
for (const size of sizes) {
  const f = folders[size]
  const runs = JOBS.map((jobs) => `${jobs}w ${f.runs[`jobs-${jobs}`].peakRssMB} MB`).join(', ')
  const two = f.runs['jobs-2']
  lines.push(
    `${String(size).padStart(6)} files: peak ${runs}${f.twoWorkersToOne === undefined ? '' : `; 2 workers ÷ 1: wall ${f.twoWorkersToOne} (load ${two.load[0]} at the start of the 2-worker run), CPU ${f.twoWorkersToOneCpu}`}`,
  )
}
const ceiling = largest?.ceiling
if (ceiling) {
  lines.push(
    `the machine's limit: two independent processes on halves of ${sizes.at(-1)} files take ${ceiling.pairToSingle} of one process's wall time (${ceiling.pair.wallS} s against ${ceiling.single.wallS} s)`,
  )
}
for (const [target, met] of Object.entries(results.targets)) lines.push(`${met === null ? 'not run' : met ? 'met    ' : 'MISSED '} ${target}`)
lines.push(`${results.totalSeconds} s in all; written to ${OUT.startsWith(ROOT) ? OUT.slice(ROOT.length + 1) : OUT}`, '')
process.stdout.write(lines.join('\n'))
