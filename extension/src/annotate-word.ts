/**
 * `heed: Annotate Word document…`: a copy of a .docx with heed's findings as
 * Word comments (and, if asked, tracked changes), made by the same code as
 * `heed annotate`. The original is only read; the copy goes where the writer
 * says in a save dialog, which asks before replacing a file.
 */
import * as vscode from 'vscode'
import { DOCUMENT_KINDS, LETTER_TYPES } from 'heed/lint'
import type { DocumentKind, LetterType } from 'heed/lint'
import { DocxError, annotateDocx } from 'heed/word'

/** The largest document read, as for `heed check`. */
const MAX_BYTES = 10 * 1024 * 1024

/**
 * Annotate a Word document: the one right-clicked in the Explorer, or one picked.
 *
 * @param uri The document, when the command comes from the Explorer.
 */
export async function annotateWord(uri?: vscode.Uri): Promise<void> {
  const input =
    uri ?? (await vscode.window.showOpenDialog({ title: 'heed: Annotate Word document', filters: { 'Word documents': ['docx'] }, canSelectMany: false }))?.[0]
  if (!input) return
  const name = input.path.slice(input.path.lastIndexOf('/') + 1)
  const how = await vscode.window.showQuickPick(
    [
      { label: 'Comments', description: 'a comment on each finding', trackChanges: false },
      { label: 'Comments and tracked changes', description: 'each suggested wording also put in as a change to accept or reject', trackChanges: true },
    ],
    { title: `heed: Annotate ${name}`, placeHolder: 'What should heed add to the copy?' },
  )
  if (!how) return
  const output = await vscode.window.showSaveDialog({
    title: 'heed: Save the annotated copy',
    defaultUri: vscode.Uri.joinPath(input, '..', name.replace(/\.docx$/i, '') + '-with-comments.docx'),
    filters: { 'Word documents': ['docx'] },
  })
  if (!output) return
  if (output.toString() === input.toString()) {
    void vscode.window.showErrorMessage('heed never changes the original: choose a new name for the annotated copy.')
    return
  }

  const settings = vscode.workspace.getConfiguration('heed', input)
  const kind = settings.get<string>('kind')
  const letterType = settings.get<string>('letterType')
  try {
    const { size } = await vscode.workspace.fs.stat(input)
    if (size > MAX_BYTES) throw new DocxError(`is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit`)
    const result = await annotateDocx(await vscode.workspace.fs.readFile(input), {
      lint: {
        kind: DOCUMENT_KINDS.includes(kind as DocumentKind) ? (kind as DocumentKind) : undefined,
        letterType: LETTER_TYPES.includes(letterType as LetterType) ? (letterType as LetterType) : undefined,
      },
      trackChanges: how.trackChanges,
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    })
    await vscode.workspace.fs.writeFile(output, result.bytes)
    const count = result.comments.length
    const open = 'Open in Word'
    const answer = await vscode.window.showInformationMessage(`heed added ${count} comment${count === 1 ? '' : 's'} to a copy of ${name}.`, open)
    if (answer === open) await vscode.env.openExternal(output)
  } catch (error) {
    // The reason is one line and never quotes the document.
    if (error instanceof DocxError) void vscode.window.showErrorMessage(`${name} ${error.message}`)
    else throw error
  }
}
