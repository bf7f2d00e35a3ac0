/**
 * One benchmark case for one tool, in its own process so that its peak memory
 * (the process's RSS high-water mark) is its own.
 *
 *   node bench/worker.mjs <heed|alex|write-good|parse-floor> <case> <warm-up runs> <runs>
 *
 * Cases: corpus, letter, edit, single-10000, single-50000, single-100000.
 * Prints one line of JSON: the wall time and the CPU time (user + system, all
 * threads) of each run in ms, the first call (module
 * load, set-up and one letter) in ms, and the peak RSS in MB after the first run
 * of the case and after all of them. `warm` counts the first run and must be at least 1.
 */
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { buildInputs, editOnce } from './inputs.mjs'

const [tool, name, warmArg, runsArg] = process.argv.slice(2)
const warm = Number(warmArg)
const runs = Number(runsArg)
const inputs = buildInputs()

async function loadTool() {
  if (tool === 'heed') {
    const lib = process.env.HEED_LIB ?? join(import.meta.dirname, '..', 'dist', 'index.js')
    const { lint } = await import(pathToFileURL(lib).href)
    return (text) => lint(text, { format: 'markdown' })
  }
  if (tool === 'alex') {
    const { markdown } = await import('alex')
    return (text) => markdown(text)
  }
  if (tool === 'write-good') {
    const { default: writeGood } = await import('write-good')
    return (text) => writeGood(text)
  }
  if (tool === 'parse-floor') {
    // What heed's Markdown parsing alone costs (its own parser stack): the floor under any retext linter.
    const [{ unified }, { default: remarkParse }, { default: remarkRetext }, { ParseEnglish }, { VFile }] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-retext'),
      import('parse-english'),
      import('vfile'),
    ])
    const processor = unified().use(remarkParse).use(remarkRetext, ParseEnglish).freeze()
    return (text) => {
      const file = new VFile({ value: text })
      return processor.runSync(processor.parse(file), file)
    }
  }
  throw new Error(`unknown tool ${tool}`)
}

/** The work of one timed run, given the run's number. */
function job(check) {
  if (name === 'corpus') {
    return async () => {
      for (const text of inputs.corpus.docs) await check(text)
    }
  }
  if (name === 'letter') return async () => check(inputs.letter.text)
  if (name === 'edit') return async (n) => check(n < 0 ? inputs.review.text : editOnce(inputs.review.text, n))
  const single = /^single-(\d+)$/.exec(name)
  if (single) return async () => check(inputs.single[single[1]].text)
  throw new Error(`unknown case ${name}`)
}

// First call: module load, set-up and one letter.
const started = performance.now()
const check = await loadTool()
await check(inputs.letter.text)
const initMs = performance.now() - started

// The first run of the case is the first warm-up; the RSS high-water mark after it is the
// memory one check of this input needs (later runs let garbage pile up before the GC runs).
const work = job(check)
await work(-1)
const peakRssOneRunMB = process.resourceUsage().maxRSS / 1024
for (let i = 1; i < warm; i++) await work(-1 - i)
const times = []
const cpuTimes = []
for (let i = 0; i < runs; i++) {
  const cpu = process.cpuUsage()
  const t = performance.now()
  await work(i)
  times.push(performance.now() - t)
  const used = process.cpuUsage(cpu)
  cpuTimes.push((used.user + used.system) / 1000)
}
process.stdout.write(JSON.stringify({ tool, case: name, initMs, times, cpuTimes, peakRssOneRunMB, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n')
