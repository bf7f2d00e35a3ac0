/**
 * The end-to-end test: the packaged extension in a real VS Code (code-server),
 * driven by Debian's Chromium through playwright-core. It opens a letter, finds
 * heed's findings in the Problems panel, applies a jargon and a misconception
 * quick fix and checks the exact sentences they leave, checks the
 * workspace, drafts a letter from a template, and saves screenshots to
 * tests/e2e/artifacts/. It needs no
 * internet, only the npm registry the first time (feasibility.md section 2).
 * Run it with `npm run test:e2e`; it is not part of `npm test`.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assert, launchChromium, progress } from '../browser.js'
import type { Browser, Page } from 'playwright-core'
import { installCodeServer, installExtension, makeProfile, startCodeServer } from './code-server.js'
import type { Running } from './code-server.js'

const root = join(import.meta.dirname, '../..')
const artifacts = join(import.meta.dirname, 'artifacts')
const { version } = JSON.parse(readFileSync(join(root, 'extension/package.json'), 'utf8')) as { version: string }
const vsix = join(root, 'extension', `heed-${version}.vsix`)
/** Long enough for a cold start on a loaded 2-core CI machine. */
const WAIT_MS = 60_000
const step = progress('e2e')

async function main(): Promise<void> {
  // Start clean, so a screenshot left by an earlier failure cannot be mistaken for this run's.
  rmSync(artifacts, { recursive: true, force: true })
  mkdirSync(artifacts, { recursive: true })
  assert(existsSync(vsix), `${vsix} is missing: run \`npm run package:extension\` first`)
  step('installing code-server (cached after the first run)')
  const bin = installCodeServer()
  const temp = mkdtempSync(join(tmpdir(), 'heed-e2e-'))
  const workspace = join(temp, 'workspace')
  cpSync(join(import.meta.dirname, 'workspace'), workspace, { recursive: true })
  const profile = makeProfile(temp)
  let server: Running | undefined
  let browser: Browser | undefined
  let page: Page | undefined
  try {
    step(`installing ${vsix}`)
    installExtension(bin, profile, vsix)
    server = await startCodeServer(bin, profile, workspace, join(artifacts, 'code-server.log'))
    // Interrupted (Ctrl+C, a CI timeout): still end code-server's whole process group.
    const running = server
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void running.stop().finally(() => process.exit(130)))
    }
    step(`code-server answers at ${server.url}`)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } })
    page.setDefaultTimeout(WAIT_MS)
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`)
    await page.locator('.monaco-workbench').waitFor()
    step('workbench loaded')
    await testLetter(page, workspace)
    await testCheckWorkspace(page)
    await testNewLetter(page)
    step('passed')
  } catch (error) {
    if (page) await page.screenshot({ path: join(artifacts, 'failure.png') }).catch(() => undefined)
    throw error
  } finally {
    await browser?.close()
    await server?.stop()
    rmSync(temp, { recursive: true, force: true })
  }
}

/** Findings in the Problems panel, a setting honoured, the reading age, a quick fix. */
async function testLetter(page: Page, workspace: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'letter.md' }).click()
  await page.locator('.monaco-editor .view-lines', { hasText: 'Prior to making' }).waitFor()
  step('letter open')
  await page.keyboard.press('Control+Shift+M')
  const panel = page.locator('.markers-panel')
  await panel.filter({ hasText: 'jargon/nfa' }).waitFor()
  const problems = await panel.innerText()
  step('findings in the Problems panel')
  for (const expected of [
    'Explain “NFA” in plain words',
    'jargon/nfa',
    'Write “Before” instead of “Prior to”',
    'jargon/prior-to',
    'misconception/denial-intensifier',
    'structure/missing-support',
  ]) {
    assert(problems.includes(expected), `the Problems panel lacks "${expected}":\n${problems}`)
  }
  // .vscode/settings.json switches this rule off; seeing it would mean heed.rules never reached the server.
  assert(!problems.includes('readability/hidden-actor'), `heed.rules was ignored:\n${problems}`)
  const readingAge = page.locator('.statusbar-item', { hasText: 'Reading age' })
  await readingAge.waitFor()
  step(`status bar: ${(await readingAge.innerText()).trim()}`)
  await page.screenshot({ path: join(artifacts, 'problems-panel.png') })

  // One jargon fix and one misconception fix, each a drop-in: the sentence reads correctly after it.
  await quickFix(page, 'jargon/prior-to', 'Replace with “Before”')
  await page.locator('.monaco-editor .view-lines', { hasText: 'Before making my decision' }).waitFor()
  await quickFix(page, 'misconception/denial-intensifier', 'Replace with “denies”')
  await page.locator('.monaco-editor .view-lines', { hasText: 'and he denies the offence' }).waitFor()
  step('quick fixes applied')
  await page.keyboard.press('Control+S')
  const saved = await poll(
    () => readFileSync(join(workspace, 'letter.md'), 'utf8'),
    (text) => text.includes('he denies the offence'),
  )
  const sentences = saved.split(/(?<=[.!?])\s+/)
  assert(sentences.includes('Before making my decision, I read every statement.'), `after the jargon fix the letter says:\n${saved}`)
  assert(sentences.includes('They spoke to Mr Doe again, and he denies the offence.'), `after the misconception fix the letter says:\n${saved}`)
  await panel.filter({ hasNotText: 'jargon/prior-to' }).filter({ hasNotText: 'misconception/denial-intensifier' }).waitFor()
  step('letter saved with both fixes, exactly; their findings are gone')
  await page.screenshot({ path: join(artifacts, 'after-quick-fix.png') })
}

/**
 * Apply a quick fix from the Problems panel. Clicking a problem selects its words in the
 * editor but keeps the focus in the panel; Ctrl+1 moves it to the editor, where Ctrl+.
 * lists heed's quick fixes for what is under the cursor.
 */
async function quickFix(page: Page, ruleId: string, title: string): Promise<void> {
  const rows = page.locator('.action-widget .monaco-list-row.action')
  // On a loaded machine the Problems panel can re-sort as a full check replaces the quick
  // paragraph check, so the click lands on another row, or the menu opens before the server
  // has answered. Close it and go again from the click, a few times.
  for (let attempt = 1; ; attempt++) {
    try {
      // The list is virtual: a row below the panel's fold is not in the page until scrolled to.
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: ruleId })
      if (!(await row.isVisible())) {
        await page
          .locator('.markers-panel .monaco-list')
          .first()
          .click({ position: { x: 5, y: 5 } })
        await page.keyboard.press(attempt % 2 === 1 ? 'End' : 'Home')
      }
      // Clicked near its left end, on the message: the rule id further along is a link to the rule's page.
      await row.click({ position: { x: 80, y: 10 }, timeout: 10_000 })
      await page.keyboard.press('Control+1')
      await page.locator('.monaco-editor.focused').waitFor({ timeout: 10_000 })
      await page.keyboard.press('Control+.')
      await rows.filter({ hasText: title }).waitFor({ timeout: 10_000 })
      break
    } catch (error) {
      if (attempt === 4) {
        await page.screenshot({ path: join(artifacts, `quick-fix-${ruleId.replace('/', '-')}.png`) }).catch(() => undefined)
        throw new Error(`the quick-fix menu for ${ruleId} never offered “${title}”; it showed:\n${(await rows.allInnerTexts()).join('\n')}`, { cause: error })
      }
      await page.keyboard.press('Escape')
      await page.waitForTimeout(500)
    }
  }
  // Only the finding under the cursor is offered: its fixes, its line switch, its ignore entry.
  const titles = await rows.allInnerTexts()
  const others = titles.filter((row) => (row.includes('Switch off') && !row.includes(ruleId)) || row.includes('Insert a paragraph'))
  assert(others.length === 0, `the menu offers actions for other findings:\n${titles.join('\n')}`)
  await chooseAction(page, title)
}

/** `heed: Check workspace` lists the findings of a file that was never opened. */
async function testCheckWorkspace(page: Page): Promise<void> {
  await runCommand(page, 'heed: Check workspace')
  await page.locator('.markers-panel', { hasText: 'misconception/intoxication-as-weakness' }).waitFor()
  step('Check workspace reported review.txt')
  await page.screenshot({ path: join(artifacts, 'check-workspace.png') })
}

/** Fictional answers for a no-charge letter, by the title heed gives each question. */
const ANSWERS: Record<string, string> = {
  'victim name': 'Sam Example',
  'address as': 'Ms Example',
  'letter date': '2026-03-03',
  'prosecutor name': 'Jo Prosecutor',
  'contact phone': '01632 960 448',
  'suspect name': 'John Doe',
  reasons: 'The street camera does not show the corner at the time you describe.',
  'vlu phone': '01632 960 400',
}

/** `heed: New letter from template` asks for each field and opens the drafted letter. */
async function testNewLetter(page: Page): Promise<void> {
  await runCommand(page, 'heed: New letter from template')
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'no-charge' }).first().waitFor()
  await page.keyboard.type('no-charge')
  await page.keyboard.press('Enter')
  // The optional details: tick none.
  await page.locator('.quick-input-widget input[placeholder^="Tick any details"]').waitFor()
  await page.keyboard.press('Enter')
  const title = page.locator('.quick-input-widget .quick-input-title')
  const letter = page.locator('.monaco-editor .view-lines', { hasText: 'Ms Example' })
  const asked = new Set<string>()
  for (;;) {
    // Either the next question (a title not seen yet) or the drafted letter.
    const next = await poll(
      async () => {
        if (await letter.isVisible()) return 'letter'
        return (await title.isVisible()) ? (await title.innerText()).trim() : ''
      },
      (shown) => shown === 'letter' || (shown !== '' && !asked.has(shown)),
    )
    if (next === 'letter') break
    const answer = ANSWERS[next]
    assert(answer !== undefined, `New letter from template asked an unexpected question: "${next}"`)
    asked.add(next)
    await page.keyboard.type(answer)
    await page.keyboard.press('Enter')
  }
  step('New letter from template drafted a letter')
  await page.screenshot({ path: join(artifacts, 'new-letter.png') })
}

/** Run a command from the Command Palette. */
async function runCommand(page: Page, name: string): Promise<void> {
  await page.keyboard.press('F1')
  await page.keyboard.type(name)
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: name.replace(/^heed: /, '') })
    .first()
    .waitFor()
  await page.keyboard.press('Enter')
}

/** Pick an entry in the quick-fix list by keyboard: VS Code lays a pointer block over the list. */
async function chooseAction(page: Page, label: string): Promise<void> {
  const rows = page.locator('.action-widget .monaco-list-row.action')
  await rows.filter({ hasText: label }).waitFor()
  for (let i = await rows.count(); i > 0; i -= 1) {
    if (await rows.filter({ hasText: label }).evaluate((row) => row.classList.contains('focused'))) break
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press('Enter')
}

async function poll<T>(read: () => T | Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`e2e FAILED: ${(error as Error).message}`)
    process.exit(1)
  },
)
