/**
 * Edits the page makes to the letter for the writer: a suggestion in place of
 * the flagged words, or a missing paragraph. A suggestion goes in only while
 * the words it replaces are still the ones flagged, so a click never lands on
 * words that have since moved.
 */

/** An edit: replace `start`–`end` with `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

/**
 * Whether an edit still fits the text: the offsets are inside it, and the words
 * to be replaced are still the ones that were flagged.
 *
 * @param text The letter now.
 * @param edit The edit.
 * @param expected The words the edit replaces, as they were when checked.
 * @returns True when the edit can be made.
 */
export function editFits(text: string, edit: TextEdit, expected: string): boolean {
  return edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length && text.slice(edit.start, edit.end) === expected
}
