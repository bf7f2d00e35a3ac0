/**
 * `heed report --format html`: one self-contained page, written a row at a
 * time. Its Content-Security-Policy refuses every network request and allows
 * only its own style sheet and sorting script, by hash. It holds file names
 * and counts; the flagged words appear only with `--include-quotes`.
 */
import { hashSource, strictPolicy } from '../../node/content-policy.js'
import { barChart, escapeHtml as esc } from './charts.js'
import { CRITERIA } from './criteria.js'
import type { DocumentEntry, ReportEntry } from './entry.js'
import { SORT_SCRIPT } from './sort-script.js'
import type { Totals } from './totals.js'

const STYLE = `
:root { color: #1a1a1a; background: #fff; font: 16px/1.5 system-ui, sans-serif; }
body { margin: 0 auto; padding: 1.5rem; max-width: 78rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; } h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 2px solid #1d5ea8; }
.meta { color: #444; margin: 0 0 1rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem; padding: 0; list-style: none; }
.figures li { border: 1px solid #888; border-radius: 4px; padding: .75rem; }
.figures strong { display: block; font-size: 1.6rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
thead th { background: #eef2f7; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: #0b3d75; text-decoration: underline; }
th button:focus-visible { outline: 3px solid #b45f00; outline-offset: 2px; }
th[aria-sort=ascending] button::after { content: " ▲"; } th[aria-sort=descending] button::after { content: " ▼"; }
.chart { max-width: 100%; height: auto; display: block; } .chart-bar { fill: #1d5ea8; } .chart-label, .chart-value { font-size: 13px; fill: #1a1a1a; }
.yes { color: #135e2a; } .no { color: #8a1c1c; }
.note { color: #333; max-width: 60rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.wide { overflow-x: auto; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  th button { color: inherit; text-decoration: none; }
  thead { display: table-header-group; } tr, .chart, .figures li { break-inside: avoid; }
  h2 { break-after: avoid; } .wide { overflow: visible; }
}
`

/** The policy: nothing from anywhere, except this page's own style and script. */
export function reportPolicy(): string {
  return strictPolicy([hashSource(SORT_SCRIPT)], [hashSource(STYLE)])
}

const pct = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`)
const num = (n: number) => n.toLocaleString('en-GB')

function figures(t: Totals): string {
  const items = [
    [`${num(t.standard.meeting)} of ${num(t.standard.letters)}`, `letters meet the standard on the checkable criteria (${pct(t.standard.share)})`],
    [
      pct(t.readingAge.plainShare),
      `of letters have a reading age of ${t.readingAge.threshold} or lower (${num(t.readingAge.plain)} of ${num(t.readingAge.measured)} measured)`,
    ],
    [
      pct(t.reviewFocus.leansOnVictimShare),
      `of reviews weigh the complainant's conduct more than the suspect's (${num(t.reviewFocus.leansOnVictim)} of ${num(t.reviewFocus.reviews)})`,
    ],
    [num(t.messages), `findings: ${num(t.severity.error)} errors, ${num(t.severity.warning)} warnings, ${num(t.severity.info)} infos`],
  ]
  if (t.unreadable > 0) items.push([num(t.unreadable), 'files could not be read (listed at the end)'])
  return `<ul class="figures">${items.map(([big, text]) => `<li><strong>${esc(big!)}</strong> ${esc(text!)}</li>`).join('')}</ul>`
}

function criteriaSection(t: Totals): string {
  const rows = CRITERIA.map(
    (c) =>
      `<tr><th scope="row">${esc(c.label)}</th><td class="n">${num(t.standard.criteria[c.id].met)}</td><td class="n">${pct(t.standard.criteria[c.id].share)}</td></tr>`,
  )
  const bars = CRITERIA.map((c) => ({ label: c.label, value: Math.round((t.standard.criteria[c.id].share ?? 0) * 1000) / 10 }))
  return `<h2 id="standard">Letters against the checkable criteria</h2>
<p class="note">A letter meets the standard here when it meets every criterion below. Inspectors judge a letter as a whole;
these are only the parts of that judgement heed can check, so read a sample of the letters that pass as well.</p>
<table><caption class="visually-hidden">Letters meeting each criterion</caption><thead><tr><th scope="col">Criterion</th><th scope="col" class="n">Letters</th><th scope="col" class="n">Share of ${num(t.standard.letters)}</th></tr></thead>
<tbody>${rows.join('')}<tr><th scope="row">All of them</th><td class="n">${num(t.standard.meeting)}</td><td class="n">${pct(t.standard.share)}</td></tr></tbody></table>
${barChart(bars, 'Share of letters meeting each criterion', { max: 100, unit: '%' })}`
}

function readingAgeSection(t: Totals): string {
  const bars = t.readingAge.bands.map((b) => ({ label: `Reading age ${b.band}`, value: b.letters }))
  return `<h2 id="reading-age">Reading age of letters</h2>
<p>${num(t.readingAge.plain)} of ${num(t.readingAge.measured)} letters with enough prose to measure (${pct(t.readingAge.plainShare)}) have a reading age of ${t.readingAge.threshold} or lower.</p>
${barChart(bars, 'Letters by reading age')}`
}

function partsSection(t: Totals): string {
  const types = Object.entries(t.letterTypes).sort((a, b) => b[1].letters - a[1].letters)
  if (types.length === 0) return ''
  const rows = types.map(([type, v]) => {
    const parts =
      v.required.length === 0
        ? '<td>No parts checked: the letter type was not recognised</td>'
        : `<td>${v.required.map((e) => `${esc(e)}: ${num(v.present[e]!)} (${pct(v.letters ? v.present[e]! / v.letters : null)})`).join('<br>')}</td>`
    return `<tr><th scope="row">${esc(type)}</th><td class="n">${num(v.letters)}</td>${parts}</tr>`
  })
  return `<h2 id="parts">Required parts present, by letter type</h2>
<table><caption class="visually-hidden">Letters that have each required part</caption><thead><tr><th scope="col">Letter type</th><th scope="col" class="n">Letters</th><th scope="col">Letters with each required part</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function rulesSection(t: Totals): string {
  const categories = Object.entries(t.categories).sort((a, b) => b[1] - a[1])
  const rows = t.topRules.map(
    (r) => `<tr><th scope="row"><code>${esc(r.ruleId)}</code></th><td class="n">${num(r.count)}</td><td class="n">${num(r.documents)}</td></tr>`,
  )
  return `<h2 id="rules">What heed found most</h2>
${barChart(
  categories.map(([label, value]) => ({ label, value })),
  'Findings by category',
)}
<table><caption>The ten rules that fire most</caption><thead><tr><th scope="col">Rule</th><th scope="col" class="n">Findings</th><th scope="col" class="n">Documents</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

const COLUMNS = [
  ['File', 'text'],
  ['Kind', 'text'],
  ['Letter type', 'text'],
  ['Reading age', 'number'],
  ['Findings', 'number'],
  ['Errors', 'number'],
  ['Warnings', 'number'],
  ['By category', 'text'],
  ['Missing parts', 'text'],
  ['Accuracy', 'number'],
  ['Victim : suspect', 'number'],
  ['Meets standard', 'text'],
] as const

function documentRow(e: DocumentEntry, quotes: boolean): string {
  const focus = e.focus ? `${e.focus.victimScrutiny} : ${e.focus.suspectAnalysis}${e.focus.leansOnVictim ? ' (leans on victim)' : ''}` : ''
  const type = e.letterType ? `${e.letterType} (${e.letterTypeSource === 'given' ? 'given' : 'recognised'})` : e.kind === 'letter' ? 'not recognised' : ''
  const meets = e.meetsStandard === undefined ? '' : e.meetsStandard ? '<span class="yes">Yes</span>' : '<span class="no">No</span>'
  const cells = [
    `<th scope="row">${esc(e.path)}</th>`,
    `<td>${e.kind}${e.kindSource === 'detected' ? ' (recognised)' : ' (given)'}</td>`,
    `<td>${esc(type)}</td>`,
    `<td class="n" data-sort="${e.readingAge ?? ''}">${e.readingAge ?? '–'}</td>`,
    `<td class="n">${e.messages}</td>`,
    `<td class="n">${e.severity.error}</td>`,
    `<td class="n">${e.severity.warning}</td>`,
    `<td>${esc(
      Object.entries(e.counts)
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} ${n}`)
        .join(', '),
    )}</td>`,
    `<td>${esc(e.missing.join(', '))}</td>`,
    `<td class="n">${e.accuracy}</td>`,
    `<td class="n" data-sort="${e.focus ? e.focus.victimScrutiny - e.focus.suspectAnalysis : ''}">${esc(focus)}</td>`,
    `<td data-sort="${e.meetsStandard === undefined ? '' : e.meetsStandard ? 'yes' : 'no'}">${meets}</td>`,
  ]
  if (quotes) {
    const list = (e.quotes ?? []).map(
      (q) => `<li><code>${esc(q.ruleId)}</code> line ${q.line}: ${esc(q.actual.length > 200 ? `${q.actual.slice(0, 200)}…` : q.actual)}</li>`,
    )
    cells.push(`<td>${list.length ? `<details><summary>${list.length} flagged</summary><ul>${list.join('')}</ul></details>` : ''}</td>`)
  }
  return `<tr>${cells.join('')}</tr>\n`
}

/**
 * @param totals The totals.
 * @param entries Reads the entries again, in order (called twice).
 * @param meta The heed version, the date, and whether quotes are included.
 * @returns The page, in pieces.
 */
export async function* renderHtml(
  totals: Totals,
  entries: () => AsyncIterable<ReportEntry>,
  meta: { version: string; date: Date; includeQuotes: boolean },
): AsyncGenerator<string> {
  const date = meta.date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  yield `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>heed scrutiny report: ${num(totals.documents)} documents</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Scrutiny report</h1>
<p class="meta">${num(totals.letters)} letters and ${num(totals.reviews)} reviews checked by heed ${esc(meta.version)} on ${esc(date)}.
${meta.includeQuotes ? 'This report quotes the flagged words of each document: handle it as you would the letters.' : 'This report holds file names and counts only, no words of the letters.'}</p>
</header>
<main>
<h2 id="summary">Summary</h2>
${figures(totals)}
${criteriaSection(totals)}
${readingAgeSection(totals)}
${partsSection(totals)}
<h2 id="reviews">Reviews: where the scrutiny falls</h2>
<p>${num(totals.reviewFocus.leansOnVictim)} of ${num(totals.reviewFocus.reviews)} reviews (${pct(totals.reviewFocus.leansOnVictimShare)}) have more sentences weighing the complainant's conduct or credibility than testing the suspect's conduct or account.</p>
${rulesSection(totals)}
<h2 id="documents">Every document</h2>
<p id="sort-status" role="status" class="note">Press a column's name to sort by it.</p>
<div class="wide" role="region" aria-labelledby="documents" tabindex="0">
<table data-sortable><caption class="visually-hidden">Documents checked, one row each</caption><thead><tr>${[
    ...COLUMNS,
    ...(meta.includeQuotes ? [['Flagged words', 'text'] as const] : []),
  ]
    .map(([label, type]) => `<th scope="col" data-type="${type}"${type === 'number' ? ' class="n"' : ''}><button type="button">${label}</button></th>`)
    .join('')}</tr></thead>
<tbody>
`
  for await (const entry of entries()) if (!('error' in entry)) yield documentRow(entry, meta.includeQuotes)
  yield '</tbody></table>\n</div>\n'
  if (totals.unreadable > 0) {
    yield '<h2 id="unreadable">Files that could not be read</h2>\n<ul>\n'
    for await (const entry of entries()) if ('error' in entry) yield `<li>${esc(entry.path)}: ${esc(entry.error)}</li>\n`
    yield '</ul>\n'
  }
  yield `</main>\n<script>${SORT_SCRIPT}</script>\n</body>\n</html>\n`
}
