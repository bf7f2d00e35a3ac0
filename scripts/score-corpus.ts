/**
 * Scores heed against an annotated corpus (the format of tests/fixtures/held-out:
 * front matter with `kind`, `letter-type` and `expect-missing`, and inline
 * `⟦category:words⟧` spans). Usage: `npm run score:held-out [-- DIR...] [--verbose] [--by-rule]`.
 * `--by-rule` adds each rule's right and false messages, so a rule that costs more than it finds shows.
 *
 * Recall, per category: an annotated span is found when a message of that
 * category overlaps it. Precision: a jargon, misconception, tone, focus,
 * structure or accuracy message is right when it overlaps any annotation (of
 * any category, or `?`). Infos (prompts) are neither rewarded nor punished; readability
 * and inclusive messages are not scored. Missing parts are scored as a set.
 */
import { lint } from '../src/index.js'
import { annotatedFiles, readAnnotated } from './annotated-corpus.js'

const SCORED = ['jargon', 'misconception', 'tone', 'focus', 'structure', 'accuracy']
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const byRule = args.includes('--by-rule')
const dirs = args.filter((a) => !a.startsWith('--'))
if (dirs.length === 0) dirs.push('tests/fixtures/held-out')
const files = annotatedFiles(dirs)

const found: Record<string, [number, number]> = Object.fromEntries(SCORED.map((c) => [c, [0, 0]]))
let right = 0
let wrong = 0
/** Right and false messages per rule, for `--by-rule`. */
const perRule = new Map<string, [number, number]>()
const elements = { truePositive: 0, falsePositive: 0, falseNegative: 0 }
for (const file of files) {
  const { meta, text, spans } = readAnnotated(file)
  const result = await lint(text, { kind: meta.kind, letterType: meta['letter-type'] })
  const messages = result.messages.map((m) => {
    const place = m.place as { start: { offset: number }; end: { offset: number } }
    const extra = m as unknown as { severity: string; category: string }
    return { ruleId: m.ruleId!, category: extra.category, severity: extra.severity, start: place.start.offset, end: place.end.offset }
  })
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end
  for (const span of spans) {
    if (!found[span.category]) continue
    const hit = messages.some((m) => m.severity !== 'info' && m.category === span.category && overlaps(m, span))
    found[span.category]![1]++
    if (hit) found[span.category]![0]++
    else if (verbose) console.log(`miss  ${file}: ${span.category}: ${span.text}`)
  }
  for (const m of messages) {
    if (m.severity === 'info' || !SCORED.includes(m.category) || m.ruleId.startsWith('structure/missing-')) continue
    const tally = perRule.get(m.ruleId) ?? [0, 0]
    perRule.set(m.ruleId, tally)
    if (spans.some((s) => overlaps(m, s))) {
      right++
      tally[0]++
    } else {
      wrong++
      tally[1]++
      if (verbose) console.log(`false ${file}: ${m.ruleId}: ${text.slice(m.start, m.end).slice(0, 80)}`)
    }
  }
  const expected = new Set(meta['expect-missing'] ?? [])
  const reported = new Set(messages.filter((m) => m.ruleId.startsWith('structure/missing-')).map((m) => m.ruleId.slice('structure/missing-'.length)))
  for (const element of reported) {
    if (expected.has(element)) elements.truePositive++
    else {
      elements.falsePositive++
      if (verbose) console.log(`false ${file}: structure/missing-${element}`)
    }
  }
  for (const element of expected) {
    if (!reported.has(element)) {
      elements.falseNegative++
      if (verbose) console.log(`miss  ${file}: missing-${element}`)
    }
  }
}
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`)
console.log(`documents: ${files.length}`)
for (const [category, [hit, all]] of Object.entries(found)) {
  if (all > 0) console.log(`recall ${category.padEnd(14)} ${pct(hit, all).padStart(6)}  (${hit}/${all})`)
}
const inlineHit = Object.values(found).reduce((sum, [hit]) => sum + hit, 0)
const inlineAll = Object.values(found).reduce((sum, [, all]) => sum + all, 0)
const p = elements.truePositive / (elements.truePositive + elements.falsePositive || 1)
const r = elements.truePositive / (elements.truePositive + elements.falseNegative || 1)
console.log(
  `structure elements: P ${pct(elements.truePositive, elements.truePositive + elements.falsePositive)} R ${pct(elements.truePositive, elements.truePositive + elements.falseNegative)} F1 ${(p + r === 0 ? 0 : (200 * p * r) / (p + r)).toFixed(1)}%`,
)
if (byRule) {
  // Rules with the most false messages first.
  for (const [rule, [ok, bad]] of [...perRule].sort((a, b) => b[1][1] - a[1][1] || a[0].localeCompare(b[0]))) {
    console.log(`rule  ${rule.padEnd(44)} right ${String(ok).padStart(5)}  false ${String(bad).padStart(4)}  precision ${pct(ok, ok + bad)}`)
  }
}
console.log(
  `inline: precision ${pct(right, right + wrong)} (${wrong} false of ${right + wrong}), recall ${pct(inlineHit, inlineAll)} (${inlineHit}/${inlineAll})`,
)
