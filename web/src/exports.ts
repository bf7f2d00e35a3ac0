/**
 * Taking the letter back to where the writer works: copied as plain text, or
 * saved as a Word document or a Markdown file. Files are made in the page and
 * handed to the browser's own download, so nothing leaves the computer.
 */
import { Packer } from 'docx'
import { annotateDocx, buildDocx } from 'heed/word'
import type { AnnotateOptions } from 'heed/word'
import { h } from './dom.js'
import { toLetterBlocks } from './letter-blocks.js'
import type { Syntax } from './letter-blocks.js'

/**
 * Put text on the clipboard.
 *
 * @param text The text.
 * @returns True when it was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // Some browsers refuse the clipboard API to pages opened from a file; the older way still works there.
    const scratch = h('textarea', { class: 'visually-hidden', 'aria-hidden': 'true', tabindex: '-1' })
    scratch.value = text
    document.body.append(scratch)
    scratch.select()
    const copied = document.execCommand('copy')
    scratch.remove()
    return copied
  }
}

/**
 * Hand a file to the browser's download.
 *
 * @param name The file's name.
 * @param blob Its contents.
 */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = h('a', { href: url, download: name, class: 'visually-hidden' })
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/**
 * The letter as a Word document.
 *
 * @param text The letter.
 * @param syntax How it is written.
 * @returns The .docx file.
 */
export function docxFile(text: string, syntax: Syntax): Promise<Blob> {
  return Packer.toBlob(buildDocx(toLetterBlocks(text, syntax)))
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * The letter as a Word document with heed's findings as Word comments on it,
 * made the same way as `heed annotate`.
 *
 * @param text The letter.
 * @param syntax How it is written.
 * @param lint The kind and letter type to check it as.
 * @returns The .docx file and how many comments it has.
 */
export async function annotatedDocxFile(text: string, syntax: Syntax, lint: AnnotateOptions['lint']): Promise<{ file: Blob; comments: number }> {
  const plain = new Uint8Array(await (await docxFile(text, syntax)).arrayBuffer())
  const result = await annotateDocx(plain, { lint, date: new Date().toISOString().replace(/\.\d+Z$/, 'Z') })
  return { file: new Blob([result.bytes], { type: DOCX_TYPE }), comments: result.comments.length }
}

/** The Markdown file type browsers and editors recognise. */
export const MARKDOWN_TYPE = 'text/markdown;charset=utf-8'
