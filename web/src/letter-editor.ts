/**
 * The letter's editing box: a plain textarea, so typing, selecting, undo,
 * the spelling checker and screen readers all work as usual, with a backdrop
 * behind it that paints the flagged words. The backdrop is decoration only
 * (hidden from screen readers); the findings list is how to reach a finding.
 */
import { h } from './dom.js'
import { highlightSegments } from './highlights.js'
import type { HighlightRange } from './highlights.js'
import type { TextEdit } from './text-edits.js'

/** The editor on the page. */
export interface LetterEditor {
  element: HTMLElement
  textarea: HTMLTextAreaElement
  /** Replace the whole text (a new draft, a kept one, a cleared page). */
  setText(text: string): void
  /** Make an edit as if typed, so Ctrl+Z undoes it, then select what was put in. */
  edit(edit: TextEdit): void
  /** Select words and bring them into view. */
  select(start: number, end: number): void
  /** Paint the findings behind the text. */
  highlight(ranges: readonly HighlightRange[]): void
}

/**
 * Build the editor.
 *
 * @param id The textarea's id, for its label.
 * @param describedBy The id of the hint that describes it.
 * @param onInput Called after every change, typed or made by the page.
 * @returns The editor.
 */
export function buildLetterEditor(id: string, describedBy: string, onInput: (text: string) => void): LetterEditor {
  const painted = h('div', { class: 'backdrop-text' })
  const backdrop = h('div', { class: 'backdrop', 'aria-hidden': 'true' }, painted)
  // No browser spell check: some browsers send the words to their servers to check them.
  const textarea = h('textarea', { id, class: 'letter-text', 'aria-describedby': describedBy, spellcheck: 'false', autocomplete: 'off' })
  const element = h('div', { class: 'editor' }, backdrop, textarea)
  let ranges: readonly HighlightRange[] = []

  // The box grows with the letter instead of scrolling inside itself, so the
  // backdrop never has to follow a scroll position, and the page scrolls as one.
  const fit = () => {
    textarea.style.height = 'auto'
    textarea.style.height = `${textarea.scrollHeight + 2}px`
  }
  const paint = () => {
    const text = textarea.value
    painted.replaceChildren(
      ...highlightSegments(text, ranges).map((segment) =>
        segment.severity
          ? h('mark', { class: `finding-mark severity-${segment.severity}`, 'data-key': segment.key }, segment.text)
          : document.createTextNode(segment.text),
      ),
    )
    // A final line break only takes up a line in the backdrop when something follows it.
    painted.append('\u200b')
    fit()
  }
  textarea.addEventListener('input', () => {
    // Words that moved no longer line up with their findings until the next check.
    ranges = []
    paint()
    onInput(textarea.value)
  })
  new ResizeObserver(fit).observe(element)

  return {
    element,
    textarea,
    setText(text) {
      textarea.value = text
      ranges = []
      paint()
    },
    edit({ start, end, text }) {
      textarea.focus({ preventScroll: true })
      textarea.setSelectionRange(start, end)
      const before = textarea.value
      // insertText keeps the browser's undo history; setRangeText is the fallback where it is refused.
      const typed = document.execCommand('insertText', false, text)
      if (!typed || textarea.value === before) {
        textarea.setRangeText(text, start, end, 'end')
        textarea.dispatchEvent(new Event('input'))
      }
      this.select(start, start + text.length)
    },
    select(start, end) {
      textarea.focus({ preventScroll: true })
      textarea.setSelectionRange(start, end)
      // The textarea does not scroll (it grows), so bring the words into view by a marker in the backdrop.
      const probe = h('span', {}, '\u200b')
      const text = textarea.value
      painted.replaceChildren(text.slice(0, start), probe, text.slice(start))
      probe.scrollIntoView({ block: 'center' })
      paint()
    },
    highlight(next) {
      ranges = next
      paint()
    },
  }
}
