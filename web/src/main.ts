/**
 * The drafting page: fill in a template's fields and draft a letter, or paste
 * one to check; edit it with heed's findings beside it; take it away as text,
 * Word or Markdown. Everything runs here, in the page.
 */
import './styles.css'
import { DraftError, LETTER_TYPES, draft, lint, listTemplates } from 'heed'
import type { VFile } from 'vfile'
import type { LetterType, LintOptions } from 'heed'
import { describeCheck } from './describe-check.js'
import { byId, h } from './dom.js'
import { MARKDOWN_TYPE, annotatedDocxFile, copyText, docxFile, saveFile } from './exports.js'
import { buildFieldForm } from './field-form.js'
import type { FieldForm } from './field-form.js'
import { exampleEntry, problemsByField, toFieldValues } from './field-values.js'
import { renderFindings } from './findings-panel.js'
import { isMissingPart, partName, summariseFindings, toFindings } from './findings.js'
import type { PageFinding } from './findings.js'
import { buildLetterEditor } from './letter-editor.js'
import { toEditorText, toMarkdownFile, toPlainText } from './letter-blocks.js'
import type { Syntax } from './letter-blocks.js'
import { liveCheck } from './live-check.js'
import { describeReadingAge } from './reading-age.js'
import { STORAGE_KEY, clearWork, emptyWork, loadWork, saveWork } from './draft-store.js'
import type { KeyValueStore, SavedWork } from './draft-store.js'
import { editFits } from './text-edits.js'
import type { TextEdit } from './text-edits.js'

const templates = new Map(listTemplates().map((template) => [template.type, template]))

/** The browser's storage, or a stand-in that forgets, when the browser refuses storage to this page. */
function openStore(): { store: KeyValueStore; kept: boolean } {
  try {
    const store = window.localStorage
    store.getItem('heed.probe')
    return { store, kept: true }
  } catch {
    const memory = new Map<string, string>()
    return { store: { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) }, kept: false }
  }
}
const { store, kept } = openStore()
byId('storage-note').hidden = kept
let work: SavedWork = loadWork(store)

const status = byId('status')
const say = (message: string) => {
  // A repeated message must still be read out, so the region is emptied first.
  status.textContent = ''
  requestAnimationFrame(() => (status.textContent = message))
}
const persist = () => {
  if (!saveWork(store, work)) byId('storage-note').hidden = false
}
// The browser tells a page when another tab of it saves. Both save to one place, so the last to
// save wins: say so plainly rather than let one tab quietly replace the other's letter.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) say('heed is open in another tab, and each tab saves over the other. Keep working in one tab only.')
})

// The letter and its findings.
const syntax = (): Syntax => (work.mode === 'draft' ? 'text' : work.check.syntax)
const letterText = () => (work.mode === 'draft' ? work.draft.text : work.check.text)
let findings: PageFinding[] = []
let checkedText = ''

function lintOptions(): LintOptions {
  if (work.mode === 'draft') return { kind: 'letter', letterType: work.draft.letterType, format: 'text' }
  const { kind, letterType } = work.check
  return {
    kind: kind === 'detect' ? undefined : kind,
    letterType: kind === 'review' || letterType === 'detect' ? undefined : letterType,
    format: work.check.syntax,
  }
}

/** Show a check's findings, highlights, reading age and summary. */
function showCheck(text: string, file: VFile): void {
  checkedText = text
  const empty = text.trim() === ''
  // An empty box lacks every part of a letter; listing them all would only be noise.
  findings = empty ? [] : toFindings(file)
  // A missing part is about the whole letter: it has no words to mark.
  editor.highlight(findings.filter((finding) => !isMissingPart(finding)))
  const list = byId('findings-list')
  if (empty)
    list.replaceChildren(h('p', {}, `${work.mode === 'draft' ? 'Draft a letter' : 'Paste a letter or review'}, and what heed finds in it will be listed here.`))
  else renderFindings(list, findings, actions)
  const data = file.data.heed
  byId('checked-as').textContent = empty ? '' : describeCheck(data)
  const gauge = describeReadingAge(empty ? undefined : data?.readability.readingAge, data?.kind ?? 'letter')
  const meter = byId<HTMLMeterElement>('reading-age')
  // On target up to the aim, a little over it amber, well over it red.
  meter.low = gauge.aim + 0.01
  meter.high = gauge.aim + 3
  meter.optimum = meter.min
  meter.value = gauge.value ?? meter.min
  // With no reading age, an empty meter would still be read out, and drawn as if on target.
  meter.hidden = gauge.value === undefined
  byId('reading-age-text').textContent = gauge.text
  // The count is not announced on every pause in typing; actions announce their own results.
  // With nothing found, the list says so, once.
  byId('check-summary').textContent = empty || findings.length === 0 ? '' : summariseFindings(findings)
}

const checker = liveCheck(
  (text) => lint(text, lintOptions()),
  showCheck,
  () => say('heed could not check the letter. Copy it somewhere safe, then reload the page.'),
)

const editor = buildLetterEditor('letter-text', 'letter-hint', (text) => {
  // The last message was about the letter before this change.
  status.textContent = ''
  if (work.mode === 'draft') work.draft.text = text
  else work.check.text = text
  persist()
  checker.schedule(text)
})
byId('editor').append(editor.element)

/** Findings name places in the text they were found in; after more typing, check again before acting. */
async function upToDate(): Promise<boolean> {
  if (editor.textarea.value === checkedText) return true
  await checker.now(editor.textarea.value)
  // A failed check has already said so; only a fresh list may be called up to date.
  if (editor.textarea.value !== checkedText) return false
  say('The letter changed after it was checked. The list is up to date now: choose again.')
  // The list was drawn again, so the button that was pressed is gone: keep the keyboard in the list.
  byId('findings-heading').focus()
  return false
}

const actions = {
  async show(finding: PageFinding) {
    if (await upToDate()) editor.select(finding.start, finding.end)
  },
  async replace(finding: PageFinding, suggestion: string) {
    if (!(await upToDate())) return
    const edit: TextEdit = { start: finding.start, end: finding.end, text: suggestion }
    if (!editFits(editor.textarea.value, edit, finding.actual)) return say('Those words are no longer in the letter.')
    editor.edit(edit)
    say(`Replaced “${finding.actual}” with “${suggestion}”.`)
  },
  async insert(finding: PageFinding) {
    if (!finding.fix || !(await upToDate())) return
    editor.edit(finding.fix)
    say(`Inserted a paragraph on ${partName(finding.ruleId)}. It is selected in the letter: read it through before you send the letter.`)
  },
}

// Drafting from a template.
const letterTypeSelect = byId<HTMLSelectElement>('letter-type')
letterTypeSelect.append(...LETTER_TYPES.map((type) => h('option', { value: type }, type)))
let form: FieldForm

function showTemplate(type: LetterType): void {
  const template = templates.get(type)!
  letterTypeSelect.value = type
  byId('letter-type-summary').textContent = template.summary
  form = buildFieldForm(template.fields, () => {
    work.draft.entries = { ...work.draft.entries, ...form.read() }
    for (const spec of template.fields) if (!(spec.name in form.read())) delete work.draft.entries[spec.name]
    persist()
  })
  form.write(work.draft.entries)
  byId('fields').replaceChildren(form.element)
}

letterTypeSelect.addEventListener('change', () => {
  work.draft.letterType = letterTypeSelect.value as LetterType
  persist()
  showTemplate(work.draft.letterType)
  if (work.draft.text.trim() !== '') void checker.now(work.draft.text)
})

byId('example-button').addEventListener('click', () => {
  const template = templates.get(work.draft.letterType)!
  if (Object.keys(form.read()).length > 0 && !window.confirm('Replace the details you have entered with an example?')) return
  form.write(Object.fromEntries(template.fields.map((spec) => [spec.name, exampleEntry(spec)])))
  // The details entered for other letter types stay, as they do when the type is changed.
  work.draft.entries = { ...work.draft.entries, ...form.read() }
  persist()
  say('Filled in an example. All its names and numbers are made up.')
})

byId('draft-button').addEventListener('click', async () => {
  const type = work.draft.letterType
  const template = templates.get(type)!
  let output: string
  try {
    const style = byId<HTMLInputElement>('easy-read').checked ? 'easy-read' : 'standard'
    output = toEditorText((await draft({ type, fields: toFieldValues(template.fields, form.read()), style })).blocks)
  } catch (error) {
    if (error instanceof DraftError) form.showProblems(problemsByField(error.problems, template.fields))
    else say('heed could not draft the letter. Your details are kept: reload the page and try again.')
    return
  }
  form.showProblems(new Map())
  const edited = work.draft.text.trim() !== '' && work.draft.text !== work.draft.drafted
  if (edited && !window.confirm('Replace the letter with a new draft? The changes you made to it will be lost.')) return
  work.draft.text = work.draft.drafted = output
  persist()
  editor.setText(output)
  await checker.now(output)
  // Focus goes to the start of the new letter; a tall box would otherwise be scrolled to its end.
  editor.textarea.setSelectionRange(0, 0)
  editor.textarea.focus({ preventScroll: true })
  byId('letter-heading').scrollIntoView({ block: 'start' })
  // With nothing found, the list already says so.
  say(findings.length > 0 ? `Drafted a ${type} letter. ${summariseFindings(findings)}` : `Drafted a ${type} letter.`)
})

// Checking a letter or review.
const checkKind = byId<HTMLSelectElement>('check-kind')
const checkLetterType = byId<HTMLSelectElement>('check-letter-type')
const checkSyntax = byId<HTMLSelectElement>('check-syntax')
checkLetterType.append(...LETTER_TYPES.map((type) => h('option', { value: type }, type)))
for (const select of [checkKind, checkLetterType, checkSyntax]) {
  select.addEventListener('change', () => {
    work.check = {
      ...work.check,
      kind: checkKind.value as SavedWork['check']['kind'],
      letterType: checkLetterType.value as SavedWork['check']['letterType'],
      syntax: checkSyntax.value as Syntax,
    }
    checkLetterType.disabled = work.check.kind === 'review'
    persist()
    void checker.now(work.check.text)
  })
}

function showMode(): void {
  const drafting = work.mode === 'draft'
  byId<HTMLInputElement>(drafting ? 'mode-draft' : 'mode-check').checked = true
  byId('draft-setup').hidden = !drafting
  byId('check-setup').hidden = drafting
  byId('setup-heading').textContent = drafting ? 'Letter details' : 'About the document'
  byId('letter-label').textContent = drafting ? 'The letter' : 'The letter or review'
  byId('letter-hint').hidden = !drafting
  checkKind.value = work.check.kind
  checkLetterType.value = work.check.letterType
  checkLetterType.disabled = work.check.kind === 'review'
  checkSyntax.value = work.check.syntax
  editor.setText(letterText())
  void checker.now(letterText())
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
  radio.addEventListener('change', () => {
    const to = radio.value === 'check' ? 'check' : 'draft'
    if (to === work.mode) return
    // The letter in the box goes with the writer, unless the other mode has a letter of its own to show.
    const text = editor.textarea.value
    if (text.trim() !== '' && work[to].text.trim() === '') work[to].text = text
    work.mode = to
    persist()
    showMode()
  })
}

// Taking the letter away.
const fileName = (extension: string) => `${work.mode === 'draft' ? `${work.draft.letterType}-letter` : 'checked-letter'}.${extension}`
function letterOrSay(): string | undefined {
  const text = editor.textarea.value
  if (text.trim() !== '') return text
  say('There is no letter yet.')
  return undefined
}
byId('copy-text').addEventListener('click', async () => {
  const text = letterOrSay()
  if (text === undefined) return
  say(
    (await copyText(toPlainText(text, syntax())))
      ? 'Copied the letter as plain text. Paste it where you need it.'
      : 'The browser would not copy. Select the letter and copy it with Ctrl+C.',
  )
})
byId('download-docx').addEventListener('click', async () => {
  const text = letterOrSay()
  if (text === undefined) return
  saveFile(fileName('docx'), await docxFile(text, syntax()))
  say(`Saved ${fileName('docx')} to your downloads.`)
})
byId('download-docx-comments').addEventListener('click', async () => {
  const text = letterOrSay()
  if (text === undefined) return
  const { kind, letterType } = lintOptions()
  const name = fileName('docx').replace(/\.docx$/, '-with-comments.docx')
  const { file, comments } = await annotatedDocxFile(text, syntax(), { kind, letterType })
  saveFile(name, file)
  say(`Saved ${name} to your downloads, with ${comments} comment${comments === 1 ? '' : 's'} from heed. Open it in Word to review them.`)
})
byId('download-md').addEventListener('click', () => {
  const text = letterOrSay()
  if (text === undefined) return
  saveFile(fileName('md'), new Blob([toMarkdownFile(text, syntax())], { type: MARKDOWN_TYPE }))
  say(`Saved ${fileName('md')} to your downloads.`)
})

byId('clear-draft').addEventListener('click', () => {
  if (!window.confirm('Clear the letter and every detail you entered, here and in this browser’s storage? This cannot be undone.')) return
  clearWork(store)
  work = emptyWork()
  form.showProblems(new Map())
  showTemplate(work.draft.letterType)
  showMode()
  say('Cleared. Nothing from this page is kept in the browser now.')
})

showTemplate(work.draft.letterType)
showMode()
