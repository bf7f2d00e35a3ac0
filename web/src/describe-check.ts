/**
 * One line saying what heed took the document for, so a writer can see when a
 * pasted letter was read as the wrong type and put it right.
 */
import type { HeedFileData } from 'heed/lint'

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a')

/**
 * Say what the document was checked as.
 *
 * @param data `data.heed` from a lint result.
 * @returns A sentence such as "Checked as an acquittal letter (worked out from the text)."
 */
export function describeCheck(data: HeedFileData | undefined): string {
  if (!data) return ''
  if (data.kind === 'review') return `Checked as a charging review${data.kindSource === 'detected' ? ' (worked out from the text)' : ''}.`
  const what = data.letterType ? `${data.letterType} letter` : 'letter to a victim'
  const guessed = data.kindSource === 'detected' || data.letterTypeSource === 'detected'
  return `Checked as ${article(what)} ${what}${guessed ? ' (worked out from the text)' : ''}.`
}
