/**
 * The browser test of the drafting page (web/): the built page, served as
 * `npm run web` serves it and opened from a file, driven by Debian's Chromium
 * through playwright-core, with every control pressed and every field typed
 * from the keyboard. It drafts a no-charge letter from the
 * template's fields, types in a jargon phrase and sees it flagged, applies the
 * suggestion, inserts a missing paragraph, copies and downloads the letter,
 * checks a pasted letter, runs axe-core at each stage, and asserts from the
 * browser's request log that the page made no network request while in use.
 * Screenshots and downloads go to tests/web/artifacts/ (git-ignored).
 * Run it with `npm run test:web`, which builds the page first; it is not part
 * of `npm test`. `-- --readme-screenshot` also refreshes docs/web-page.png.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import mammoth from 'mammoth'
import { assert, launchChromium, progress } from '../browser.js'
import { heedCommentIds, packageProblems, text, unzip } from '../docx/package-check.js'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { preview } from 'vite'
import { assertNoAxeViolations } from './axe.js'

// The page's own globals, for the callbacks that run inside it. This file is type-checked with Node's
// libraries only (tsconfig.json), so the few browser names those callbacks use are declared here.
interface TextBox {
  value: string
  selectionStart: number
  selectionEnd: number
  focus(): void
  setSelectionRange(start: number, end: number): void
}
declare const window: { scrollTo(x: number, y: number): void; heedCspReports: string[] }
declare const document: {
  activeElement: unknown
  documentElement: { scrollWidth: number; clientWidth: number }
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void
}
declare const navigator: { clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } }
declare const localStorage: { length: number }

const root = join(import.meta.dirname, '../..')
const artifacts = join(import.meta.dirname, 'artifacts')
const built = join(root, 'web/dist/index.html')
/** Long enough for a cold start on a loaded 2-core CI machine. */
const WAIT_MS = 30_000
const step = progress('web')

/** What a page did that the test must see: requests after it loaded, errors, CSP reports. */
interface Watch {
  requests: string[]
  errors: string[]
}

/** Fictional details for a no-charge letter, typed into the form. */
const FIELDS: Record<string, string> = {
  victim_name: 'Sam Example',
  address_as: 'Ms Example',
  letter_date: '2026-03-03',
  prosecutor_name: 'Jo Prosecutor',
  contact_phone: '01632 960 448',
  suspect_name: 'Mr Doe',
  reasons: 'The street camera does not show the corner at the time you describe.',
  vlu_phone: '01632 960 400',
}

async function main(): Promise<void> {
  rmSync(artifacts, { recursive: true, force: true })
  mkdirSync(artifacts, { recursive: true })
  assert(existsSync(built), `${built} is missing: run \`npm run build:web\` first`)
  const html = readFileSync(built, 'utf8')
  assert(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*connect-src 'none'/.test(html),
    'the built page has no Content-Security-Policy forbidding connections',
  )
  assert(!/<script[^>]+src=|<link[^>]+rel="stylesheet"/.test(html), 'the built page still loads a script or style sheet from a file')

  const server = await preview({ root: join(root, 'web'), logLevel: 'warn', preview: { port: 4178, strictPort: false } })
  const url = server.resolvedUrls?.local[0]
  assert(url, 'vite preview gave no local address')
  let browser: Browser | undefined
  let page: Page | undefined
  try {
    step(`page served at ${url}`)
    browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, locale: 'en-GB' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin })
    page = await context.newPage()
    const watch = await open(page, url)
    await testDraft(page)
    await testExports(page)
    await testKeptAndCleared(page, watch)
    await testCheckMode(page)
    await testZoom(page)
    await testNoNetwork(page, watch, url)
    await context.close()
    await testFromFile(browser)
    step('passed')
  } catch (error) {
    if (page && !page.isClosed()) await page.screenshot({ path: join(artifacts, 'failure.png'), fullPage: true }).catch(() => undefined)
    throw error
  } finally {
    await browser?.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
}

/** Open the page, and from then on record its requests, errors and CSP reports. */
async function open(page: Page, url: string): Promise<Watch> {
  const watch: Watch = { requests: [], errors: [] }
  page.setDefaultTimeout(WAIT_MS)
  page.on('pageerror', (error) => watch.errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text())
  })
  // Init scripts come from the browser's debugging protocol, not the page, so the page's CSP does not stop them.
  await page.addInitScript(() => {
    const reports: string[] = []
    Object.assign(window, { heedCspReports: reports })
    document.addEventListener('securitypolicyviolation', (event) => reports.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  await page.goto(url)
  await page.locator('#field-victim_name').waitFor()
  page.on('request', (request) => watch.requests.push(request.url()))
  page.on('websocket', (socket) => watch.requests.push(socket.url()))
  step('page loaded')
  return watch
}

/** Press a control from the keyboard: focus it, then Enter (or Space for a radio or checkbox). */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus()
  await control.press(key)
}

/** Type into a field from the keyboard, as a writer would. */
async function typeInto(control: Locator, text: string): Promise<void> {
  await control.focus()
  await control.press('Control+A')
  await control.press('Delete')
  if ((await control.getAttribute('type')) === 'date') await control.fill(text)
  else await control.pressSequentially(text)
}

const letter = (page: Page) => page.locator('#letter-text')
const letterValue = (page: Page) => letter(page).inputValue()

async function waitForLetter(page: Page, done: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const text = await letterValue(page)
    if (done(text)) return text
    if (Date.now() > deadline) throw new Error(`the letter never ${what}:\n${text}`)
    await page.waitForTimeout(100)
  }
}

/** Select words in the letter (a writer would use Shift and the arrow keys; the test sets the selection directly). */
async function selectInLetter(page: Page, from: string, to: string): Promise<void> {
  await letter(page).evaluate(
    (box: TextBox, [a, b]) => {
      const start = box.value.indexOf(a!)
      const end = box.value.indexOf(b!, start)
      box.focus()
      box.setSelectionRange(start, end)
    },
    [from, to],
  )
}

/** Tab forward from where the focus is until the named control has it; proves it can be reached by keyboard. */
async function tabTo(page: Page, control: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await control.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${control.toString()}`)
}

/** Fields from the template, a checked draft, a fix, a missing paragraph. */
async function testDraft(page: Page): Promise<void> {
  // Drafting with nothing filled in shows each problem beside its field and in a summary.
  await press(page.locator('#draft-button'))
  const summary = page.locator('#field-problems')
  await summary.getByText('There are 8 problems with the details').waitFor()
  const nameError = page.locator('#field-victim_name-error')
  assert((await nameError.innerText()) === 'Victim name is missing.', `no message beside the victim's name: ${await nameError.innerText()}`)
  assert((await page.locator('#field-victim_name').getAttribute('aria-invalid')) === 'true', 'the victim name field is not marked invalid')
  assert(await summary.evaluate((element) => element === document.activeElement), 'the problem summary did not take the focus')
  await page.screenshot({ path: join(artifacts, 'field-problems.png') })
  await assertNoAxeViolations(page, 'the form with problems')
  step('problems shown beside the fields; no axe violations')

  for (const [name, value] of Object.entries(FIELDS)) await typeInto(page.locator(`#field-${name}`), value)
  // The Easy Read layout: the decision first, one sentence to a line, a heading for every part.
  await page.locator('#easy-read').check()
  await press(page.locator('#draft-button'))
  const easy = await waitForLetter(page, (text) => text.includes('About this letter'), 'was drafted in Easy Read')
  assert(
    easy.indexOf('I have decided not to charge Mr Doe.') < easy.indexOf('About this letter'),
    `the Easy Read letter does not lead with the decision:\n${easy}`,
  )
  await page.locator('#easy-read').uncheck()
  step('drafted the Easy Read layout')
  await press(page.locator('#draft-button'))
  const drafted = await waitForLetter(page, (text) => text.includes('Dear Ms Example,'), 'was drafted')
  assert(drafted.includes('## My decision') && drafted.includes('I have decided not to charge Mr Doe.'), `the draft is not a no-charge letter:\n${drafted}`)
  assert(await page.locator('#field-problems').isHidden(), 'the problem summary is still shown after a good draft')
  await page.locator('#findings-list', { hasText: 'heed found nothing to change.' }).waitFor()
  await page.locator('#reading-age-text', { hasText: /Reading age [\d.]+: on target/ }).waitFor()
  await page.locator('#status', { hasText: 'Drafted a no-charge letter' }).waitFor()
  const said = (await page.locator('body').innerText()).split('heed found nothing to change.').length - 1
  assert(said === 1, `"heed found nothing to change." is on the page ${said} times`)
  step('drafted a no-charge letter from the fields, with no findings')

  // The writer adds a sentence with a jargon phrase; heed flags it in the list and in the text.
  await letter(page).evaluate((box: TextBox) => {
    const at = box.value.indexOf('I have decided not to charge')
    box.focus()
    box.setSelectionRange(at, at)
  })
  await page.keyboard.type('Prior to making my decision, I read everything again. ')
  const prior = page.locator('li.finding[data-rule="jargon/prior-to"]')
  await prior.waitFor()
  await page.locator('.backdrop mark', { hasText: 'Prior to' }).waitFor()
  assert((await prior.innerText()).includes('Write “Before” instead of “Prior to”'), `the finding lacks its reason:\n${await prior.innerText()}`)
  step('the jargon phrase is flagged in the list and highlighted in the letter')

  // A missing part: the writer deletes the support section, and heed offers its paragraph.
  await selectInLetter(page, '## Support for you', '## If anything happens')
  await page.keyboard.press('Delete')
  const missing = page.locator('li.finding.missing[data-rule="structure/missing-support"]')
  await missing.waitFor()
  // The README's picture: the whole first screen, down to the flagged words.
  await page.setViewportSize({ width: 1400, height: 1080 })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(artifacts, 'web-page.png') })
  await page.setViewportSize({ width: 1400, height: 900 })
  await assertNoAxeViolations(page, 'the letter with findings')
  step('the support section is reported missing; no axe violations')
  await testAnnotatedDownload(page)

  // The suggestion, from the keyboard: Tab from the letter to its button.
  const use = prior.getByRole('button', { name: 'Use “Before” instead of “Prior to”' })
  await letter(page).focus()
  await tabTo(page, use)
  await page.keyboard.press('Enter')
  await waitForLetter(page, (text) => text.includes('Before making my decision') && !text.includes('Prior to'), 'took the suggestion')
  await prior.waitFor({ state: 'detached' })
  // The page makes the edit as typing would, so the browser's undo takes it back.
  await letter(page).press('Control+Z')
  await waitForLetter(page, (text) => text.includes('Prior to making my decision'), 'undid the suggestion with Ctrl+Z')
  await letter(page).press('Control+Shift+Z')
  await waitForLetter(page, (text) => text.includes('Before making my decision'), 'redid the suggestion')
  step('applied the suggestion by keyboard; Ctrl+Z and Ctrl+Shift+Z undo and redo it')

  await press(missing.getByRole('button', { name: 'Insert a paragraph on support' }))
  const inserted = await waitForLetter(page, (text) => text.includes('Rape Crisis'), 'took the missing paragraph')
  await missing.waitFor({ state: 'detached' })
  const selected = await letter(page).evaluate((box: TextBox) => box.value.slice(box.selectionStart, box.selectionEnd))
  assert(selected.includes('Rape Crisis') && inserted.includes(selected), `the inserted paragraph is not selected: "${selected}"`)
  await page.locator('#status', { hasText: 'Inserted a paragraph on support' }).waitFor()
  await assertStatusClear(page)
  step('inserted the missing paragraph; the status message sits above the letter, not over it')
}

/** The letter with heed's findings as Word comments, as heed annotate writes them: the flagged words and the missing part. */
async function testAnnotatedDownload(page: Page): Promise<void> {
  const [annotated] = await Promise.all([page.waitForEvent('download'), press(page.locator('#download-docx-comments'))])
  assert(annotated.suggestedFilename() === 'no-charge-letter-with-comments.docx', `the annotated file is called ${annotated.suggestedFilename()}`)
  const annotatedPath = join(artifacts, 'letter-with-comments.docx')
  await annotated.saveAs(annotatedPath)
  const said = await page.locator('#status', { hasText: 'comment' }).textContent()
  const parts = unzip(readFileSync(annotatedPath))
  const ids = parts.has('word/comments.xml') ? heedCommentIds(text(parts, 'word/comments.xml')) : []
  assert(said?.includes(`with ${ids.length} comment${ids.length === 1 ? '' : 's'} from heed`) === true, `the page said "${said}" for ${ids.length} comments`)
  assert(packageProblems(parts).length === 0, `the annotated document has problems: ${packageProblems(parts).join('; ')}`)
  const comments = text(parts, 'word/comments.xml')
  assert(
    comments.includes('Write “Before” instead of “Prior to”') && comments.includes('Paragraph to add'),
    'the comments lack the jargon finding or the missing paragraph',
  )
  step(`downloaded the letter with ${ids.length} heed comments, the package sound`)
}

/** Copy as plain text, and the .docx and .md downloads. */
async function testExports(page: Page): Promise<void> {
  await press(page.locator('#copy-text'))
  await page.locator('#status', { hasText: 'Copied the letter as plain text' }).waitFor()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  assert(
    copied.includes('Dear Ms Example,') && copied.includes('\nMy decision\n') && !copied.includes('## '),
    `the copied text is not the plain letter:\n${copied}`,
  )

  const [docx] = await Promise.all([page.waitForEvent('download'), press(page.locator('#download-docx'))])
  assert(docx.suggestedFilename() === 'no-charge-letter.docx', `the Word file is called ${docx.suggestedFilename()}`)
  const docxPath = join(artifacts, 'letter.docx')
  await docx.saveAs(docxPath)
  const { value: docxHtml } = await mammoth.convertToHtml({ path: docxPath })
  for (const expected of ['<h2>My decision</h2>', 'Before making my decision', 'Rape Crisis', 'Dear Ms Example,']) {
    assert(docxHtml.includes(expected), `the Word document lacks ${expected}:\n${docxHtml}`)
  }
  const [markdown] = await Promise.all([page.waitForEvent('download'), press(page.locator('#download-md'))])
  const mdPath = join(artifacts, 'letter.md')
  await markdown.saveAs(mdPath)
  const md = readFileSync(mdPath, 'utf8')
  assert(md.includes('## My decision') && md.includes('Crown Prosecution Service'), `the Markdown file is not the letter:\n${md}`)
  step('copied as plain text; downloaded .docx (Word headings, the edits) and .md')
}

/** The draft survives a reload, and Clear draft wipes it from the page and from storage. */
async function testKeptAndCleared(page: Page, watch: Watch): Promise<void> {
  const before = await letterValue(page)
  const requestsBefore = watch.requests.length
  await page.reload()
  await page.locator('#field-victim_name').waitFor()
  // The log sees the page being fetched again, which shows it is listening; that is loading, not the page in use.
  assert(watch.requests.length > requestsBefore, 'the request log missed the reload')
  watch.requests.splice(requestsBefore)
  await waitForLetter(page, (text) => text === before, 'came back after a reload')
  assert((await page.locator('#field-victim_name').inputValue()) === 'Sam Example', 'the fields were not kept')
  const stored = await page.evaluate(() => Object.keys(localStorage))
  assert(stored.length === 1 && stored[0] === 'heed.draft.v1', `unexpected storage: ${stored.join(', ')}`)

  // A second tab saves to the same place: the first is told, rather than quietly overwritten.
  const other = await page.context().newPage()
  await other.goto(page.url())
  await other.locator('#letter-text').focus()
  await other.keyboard.press('Control+End')
  await other.keyboard.type(' Typed in a second tab.')
  await page.locator('#status', { hasText: 'open in another tab' }).waitFor()
  await other.close()

  page.once('dialog', (dialog) => void dialog.accept())
  await press(page.locator('#clear-draft'))
  await waitForLetter(page, (text) => text === '', 'was cleared')
  assert((await page.locator('#field-victim_name').inputValue()) === '', 'the fields were not cleared')
  assert((await page.evaluate(() => localStorage.length)) === 0, 'Clear draft left something in storage')
  await page.reload()
  await page.locator('#field-victim_name').waitFor()
  watch.requests.splice(requestsBefore)
  assert((await letterValue(page)) === '' && (await page.evaluate(() => localStorage.length)) === 0, 'the draft came back after clearing')
  step('kept across a reload; a second tab is named; Clear draft wiped the page and storage')
}

/** The status message never covers the letter: at the top of the page, and with the letter scrolled under the window's top. */
async function assertStatusClear(page: Page): Promise<void> {
  for (const scroll of [0, 400]) {
    await page.evaluate((y) => window.scrollTo(0, y), scroll)
    const status = await page.locator('#status').boundingBox()
    const box = await page.locator('#editor').boundingBox()
    assert(
      status && box && status.y + status.height <= box.y,
      `the status message covers the letter (scrolled ${scroll}px): ${JSON.stringify({ status, box })}`,
    )
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}

/** A rushed letter, typed into the drafting box and then checked. */
const RUSHED = [
  'Dear Sam,',
  '',
  'I am writing about the above matter. I have decided not to charge Mr Doe, and the police have recorded the case as NFA. Mr Doe strenuously denies the offence. Prior to making my decision, I read every statement. Notwithstanding the aforementioned considerations, the prosecutorial determination necessitated comprehensive evaluation. I will write to you again by [insert date].',
  '',
  'Yours sincerely,',
  '',
  'Jo',
  '',
].join('\n')

/** The sentence of the letter that starts with these words. */
const sentenceFrom = (text: string, start: string) => text.split(/(?<=[.!?])\s+/).find((sentence) => sentence.startsWith(start))

/** Check mode: the letter in the box comes along, and is checked the same way; one misconception and one jargon fix, exactly. */
async function testCheckMode(page: Page): Promise<void> {
  await letter(page).focus()
  await page.evaluate((text) => navigator.clipboard.writeText(text), RUSHED)
  await letter(page).press('Control+V')
  await waitForLetter(page, (text) => text === RUSHED, 'took the rushed letter')
  // Arrow keys move between radio buttons, as they do everywhere.
  await page.locator('#mode-draft').focus()
  await page.keyboard.press('ArrowRight')
  await page.locator('#check-setup').waitFor()
  assert((await letterValue(page)) === RUSHED, `switching to Check lost the letter:\n${await letterValue(page)}`)
  await page.locator('li.finding[data-rule="jargon/nfa"]').waitFor()
  await page.locator('li.finding[data-rule="tone/case-called-the-matter"]').waitFor()
  await page.locator('#checked-as', { hasText: 'Checked as a no-charge letter (worked out from the text).' }).waitFor()
  const review = page.locator('li.finding.missing[data-rule="structure/missing-right-to-review"]')
  await review.waitFor()
  // A missing part is placed where its paragraph would go: before the sign-off.
  await press(review.getByRole('button', { name: 'Show where it goes' }))
  const caret = await letter(page).evaluate((box: TextBox) => [box.selectionStart, box.selectionEnd])
  assert(caret[0] === RUSHED.indexOf('Yours sincerely') && caret[1] === caret[0], `"Show where it goes" put the cursor at ${caret.join('-')}`)

  // What must change comes first, then what should, then the missing parts.
  const headings = await page.locator('#findings-list h3').allInnerTexts()
  const order = ['Must change', 'Should change', 'Missing parts'].map((label) => headings.findIndex((heading) => heading.startsWith(label)))
  assert(order[0] === 0 && order[0] < order[1]! && order[1]! < order[2]!, `the sections are out of order: ${headings.join(' | ')}`)
  assert(
    (await page.locator('.group-error li.finding').first().getAttribute('data-rule')) === 'structure/placeholder',
    'the placeholder is not the first thing to change',
  )
  // A readability card quotes the sentence it is about.
  const hard = page.locator('li.finding[data-rule="readability/hard-sentence"]')
  await hard.first().waitFor()
  const quoted = await hard.first().locator('q.actual').innerText()
  assert(
    quoted === 'Notwithstanding the aforementioned considerations, the prosecutorial determination necessitated comprehensive evaluation.',
    `the readability card quotes "${quoted}"`,
  )
  await page.screenshot({ path: join(artifacts, 'check-mode.png') })
  await page.locator('section.findings').screenshot({ path: join(artifacts, 'check-mode-findings.png') })
  await assertNoAxeViolations(page, 'check mode')
  step('Draft to Check kept the letter; must-change first; the readability card quotes its sentence; no axe violations')

  // One misconception fix and one jargon fix, each a drop-in: the sentence reads correctly after it.
  await press(
    page.locator('li.finding[data-rule="misconception/denial-intensifier"]').getByRole('button', { name: 'Use “denies” instead of “strenuously denies”' }),
  )
  let text = await waitForLetter(page, (value) => !value.includes('strenuously'), 'took the misconception fix')
  assert(sentenceFrom(text, 'Mr Doe') === 'Mr Doe denies the offence.', `after the misconception fix: "${sentenceFrom(text, 'Mr Doe')}"`)
  await page.locator('li.finding[data-rule="misconception/denial-intensifier"]').waitFor({ state: 'detached' })
  await press(page.locator('li.finding[data-rule="jargon/prior-to"]').getByRole('button', { name: 'Use “Before” instead of “Prior to”' }))
  text = await waitForLetter(page, (value) => !value.includes('Prior to'), 'took the jargon fix')
  assert(sentenceFrom(text, 'Before') === 'Before making my decision, I read every statement.', `after the jargon fix: "${sentenceFrom(text, 'Before')}"`)
  await page.locator('li.finding[data-rule="jargon/prior-to"]').waitFor({ state: 'detached' })
  assert(text === RUSHED.replace('strenuously denies', 'denies').replace('Prior to', 'Before'), `the fixes changed more than their words:\n${text}`)
  await page.screenshot({ path: join(artifacts, 'check-mode-fixed.png') })
  step('applied a misconception fix and a jargon fix: "Mr Doe denies the offence." "Before making my decision, I read every statement."')
}

/** At 200% zoom (a 1280-pixel window is 640 CSS pixels wide) the page reflows into one column with no sideways scrolling. */
async function testZoom(page: Page): Promise<void> {
  await page.setViewportSize({ width: 640, height: 900 })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  assert(overflow <= 0, `at 200% zoom the page scrolls sideways by ${overflow}px`)
  await page.screenshot({ path: join(artifacts, 'zoom-200.png'), fullPage: true })
  await assertNoAxeViolations(page, '200% zoom')
  await page.setViewportSize({ width: 1400, height: 900 })
  step('reflows at 200% zoom; no axe violations')
}

/** Nothing left the page: no request after it loaded, and the policy blocks a connection a script attempts. */
async function testNoNetwork(page: Page, watch: Watch, url: string): Promise<void> {
  assert(watch.requests.length === 0, `the page made requests while in use:\n${watch.requests.join('\n')}`)
  const reportsInUse = await page.evaluate(() => window.heedCspReports.slice())
  assert(reportsInUse.length === 0, `the page broke its own Content-Security-Policy:\n${reportsInUse.join('\n')}`)
  const attempt = await page.evaluate(
    (target) =>
      fetch(target).then(
        () => 'sent',
        () => 'blocked',
      ),
    new URL('/probe', url).href,
  )
  assert(attempt === 'blocked', 'a fetch from the page was not blocked')
  const reports = await page.evaluate(() => window.heedCspReports.slice())
  assert(
    reports.some((report) => report.startsWith('connect-src')),
    `no connect-src report for the blocked fetch: ${reports.join(', ')}`,
  )
  assert(watch.errors.filter((error) => !/Content Security Policy|Failed to fetch/.test(error)).length === 0, `errors in the page:\n${watch.errors.join('\n')}`)
  step('no request while in use, downloads included; the CSP blocked a test fetch')
}

/** The same built file works opened straight from disk. */
async function testFromFile(browser: Browser): Promise<void> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  page.setDefaultTimeout(WAIT_MS)
  const file = pathToFileURL(built).href
  await page.goto(file)
  await press(page.locator('#example-button'))
  await press(page.locator('#draft-button'))
  await waitForLetter(page, (text) => text.includes('Dear Ms Delaney,'), 'was drafted from file://')
  await page.locator('#status', { hasText: 'Drafted a no-charge letter' }).waitFor()
  assert(errors.length === 0, `errors from file://:\n${errors.join('\n')}`)
  assert(requests.length === 1 && requests[0] === file, `requests from file://:\n${requests.join('\n')}`)
  await page.screenshot({ path: join(artifacts, 'from-file.png') })
  await context.close()
  step('drafted a letter from file://, with no other request')
}

main().then(
  () => {
    if (process.argv.includes('--readme-screenshot')) copyFileSync(join(artifacts, 'web-page.png'), join(root, 'docs/web-page.png'))
    process.exit(0)
  },
  (error: unknown) => {
    console.error(`web FAILED: ${(error as Error).message}`)
    process.exit(1)
  },
)
