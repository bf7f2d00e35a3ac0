/**
 * The browser test of `heed report`'s HTML page: a report over generated
 * letters and reviews, a Word document and an unreadable file, opened from a
 * file in Debian's Chromium through playwright-core. It asserts the page makes
 * no network request and breaks no rule of its Content-Security-Policy, runs
 * axe-core on the screen and print views, sorts the table from the keyboard,
 * and saves screenshots to tests/report/artifacts/ (git-ignored).
 * Run it with `npm run test:report`, which builds first; it is not part of
 * `npm test`. `-- --readme-screenshot` also refreshes docs/report-page.png.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
// @ts-expect-error: the benchmark's input generator is plain JavaScript.
import { variants } from '../../bench/inputs.mjs'
import { assert, launchChromium, progress } from '../browser.js'
import { assertNoAxeViolations } from '../web/axe.js'

declare const document: {
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; getAttribute(name: string): string | null }>
}
declare const window: { heedCspReports: string[] }

const root = join(import.meta.dirname, '../..')
const artifacts = join(import.meta.dirname, 'artifacts')
const bin = join(root, 'dist/cli/main.js')
const step = progress('report')

function makeSet(): string {
  const set = mkdtempSync(join(tmpdir(), 'heed-report-page-'))
  const docs = variants(60, 7) as Array<{ name: string; kind: string; text: string }>
  docs.forEach((doc, i) => {
    const folder = join(set, doc.kind === 'review' ? 'reviews' : 'letters')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, `${String(i + 1).padStart(3, '0')}-${doc.name.split('/')[1]}`), doc.text)
  })
  const drafted = spawnSync(process.execPath, [
    bin,
    'draft',
    '--type',
    'no-charge',
    '--data',
    join(root, 'examples/data/no-charge.yml'),
    '-o',
    join(set, 'letters', 'drafted.docx'),
  ])
  assert(drafted.status === 0, `heed draft failed: ${drafted.stderr}`)
  writeFileSync(join(set, 'letters', 'scan.txt'), Buffer.from([0xff, 0xfe, 0, 0x41]))
  return set
}

async function main(): Promise<void> {
  rmSync(artifacts, { recursive: true, force: true })
  mkdirSync(artifacts, { recursive: true })
  const set = makeSet()
  const out = join(artifacts, 'report.html')
  // Run from inside the folder, so the report names files as a panel would see them.
  const made = spawnSync(process.execPath, [bin, 'report', '.', '-o', out], { cwd: set, encoding: 'utf8' })
  assert(made.status === 2 && /1 file could not be read/.test(made.stderr), `heed report: unexpected exit ${made.status}: ${made.stderr}`)
  step(`report written over ${set}`)

  let browser: Browser | undefined
  try {
    browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    const page = await context.newPage()
    const url = pathToFileURL(out).href
    const requests: string[] = []
    const errors: string[] = []
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url())
    })
    page.on('websocket', (socket) => requests.push(socket.url()))
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.addInitScript(() => {
      window.heedCspReports = []
      document.addEventListener('securitypolicyviolation', (event) => window.heedCspReports.push(`${event.violatedDirective} ${event.blockedURI}`))
    })
    await page.goto(url)
    await page.getByRole('heading', { name: 'Scrutiny report' }).waitFor()
    step('page open')

    await assertNoAxeViolations(page, 'the report')
    step('axe: no violations on screen')
    await page.screenshot({ path: join(artifacts, 'report.png') })
    // The README's picture: the key figures, the criteria and their chart.
    await page.screenshot({ path: join(artifacts, 'report-summary.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1260 } })

    // Sort by reading age from the keyboard, then the other way.
    const button = page.getByRole('button', { name: 'Reading age' })
    await button.focus()
    await page.keyboard.press('Enter')
    const header = page.locator('th', { has: button })
    assert((await header.getAttribute('aria-sort')) === 'ascending', 'the reading-age column does not say it is sorted ascending')
    const ages = async () =>
      (await page.locator('table[data-sortable] tbody tr td:nth-child(4)').allTextContents()).map((t) => (t === '–' ? -Infinity : Number(t)))
    const up = await ages()
    assert(up.length === 61 && up.every((v, i) => i === 0 || up[i - 1]! <= v), 'rows are not in ascending reading age')
    await page.keyboard.press('Enter')
    const down = await ages()
    assert(
      down.every((v, i) => i === 0 || down[i - 1]! >= v),
      'rows are not in descending reading age',
    )
    assert((await page.getByRole('status').textContent())?.includes('Reading age, descending'), 'the sort is not announced')
    step('table sorts from the keyboard and says so')
    await assertNoAxeViolations(page, 'the sorted report')
    await page.screenshot({ path: join(artifacts, 'report-sorted.png') })
    await page.screenshot({ path: join(artifacts, 'report-full.png'), fullPage: true })

    await page.emulateMedia({ media: 'print' })
    await assertNoAxeViolations(page, 'the print view')
    await page.pdf({ path: join(artifacts, 'report.pdf'), format: 'A4', landscape: true })
    step('print view: axe clean, PDF saved')

    assert((await page.getByText('scan.txt: looks like a binary file, not text').count()) === 1, 'the unreadable file is not listed')
    const csp = await page.evaluate(() => window.heedCspReports)
    assert(csp.length === 0, `the page broke its Content-Security-Policy: ${csp.join('; ')}`)
    assert(errors.length === 0, `the page logged errors: ${errors.join('; ')}`)
    assert(requests.length === 0, `the page made network requests: ${requests.join(', ')}`)
    step('no request, no CSP report, no error')

    if (process.argv.includes('--readme-screenshot')) {
      copyFileSync(join(artifacts, 'report-summary.png'), join(root, 'docs/report-page.png'))
      step('docs/report-page.png refreshed')
    }
  } finally {
    await browser?.close()
    rmSync(set, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(`report: ${(error as Error).message}`)
  process.exitCode = 1
})
