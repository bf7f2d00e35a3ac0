/**
 * Adversarial inputs of about 1 MB each, checked with heed's full pipeline as
 * text and as Markdown: one endless word, brackets and quotes nested 125,000
 * deep, and half a million one-letter words. Prints the time and peak memory of
 * each and writes bench/adversarial.json; exits 1 if any check exceeds the
 * bound. Build first (`npm run build`).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The bound for one check of 1 MB, on this 2-core machine. */
const BOUND_MS = 10_000
const lib = process.env.HEED_LIB ?? join(import.meta.dirname, '..', 'dist', 'index.js')
const { lint } = await import(pathToFileURL(lib).href)

const inputs = {
  'one 1 MB word': 'a'.repeat(1_000_000),
  'brackets and quotes nested 125,000 deep': '("[“'.repeat(125_000) + ')"]”'.repeat(125_000),
  '500,000 one-letter words': 'a '.repeat(500_000),
}
const results = []
for (const [name, text] of Object.entries(inputs)) {
  for (const format of ['text', 'markdown']) {
    const started = performance.now()
    const file = await lint(text, { format })
    const ms = Math.round(performance.now() - started)
    const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024)
    results.push({ name, format, bytes: text.length, ms, findings: file.messages.length, peakRssMB, withinBound: ms <= BOUND_MS })
    console.log(`${name.padEnd(42)} ${format.padEnd(8)} ${String(ms).padStart(6)} ms  peak ${peakRssMB} MB`)
  }
}
writeFileSync(join(import.meta.dirname, 'adversarial.json'), JSON.stringify({ boundMs: BOUND_MS, results }, null, 2) + '\n')
process.exitCode = results.every((r) => r.withinBound) ? 0 : 1
