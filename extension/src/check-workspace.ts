/**
 * `heed: Check workspace`: puts the findings for every letter and review in the
 * workspace into the Problems panel. Each file is opened as a document without
 * an editor, so the language server checks it exactly as it checks what the
 * user types, with the same settings and `.heedrc` files.
 */
import * as vscode from 'vscode'
import type { Middleware } from 'vscode-languageclient/node'

/** The files `heed check` reads in a folder. */
const INCLUDE = '**/*.{md,markdown,txt}'
const EXCLUDE = '{**/node_modules/**,**/.git/**}'
const LANGUAGES = new Set(['markdown', 'plaintext'])
/** After this long without an answer for a file, move on to the next. */
const PER_FILE_TIMEOUT_MS = 20_000
/**
 * VS Code releases documents opened without an editor after three minutes or
 * past fifty (its BoundModelReferenceCollection), so open a few at a time and
 * wait for each one's findings before opening more.
 */
const CONCURRENCY = 4

type HandleDiagnostics = NonNullable<Middleware['handleDiagnostics']>

/** Runs the check, and keeps its findings when VS Code releases the documents. */
export class WorkspaceCheck {
  private readonly checked = new Set<string>()
  private readonly waiting = new Map<string, () => void>()

  /**
   * Client middleware for published diagnostics. When VS Code releases a
   * checked document the server clears its findings; keep them instead, so the
   * Problems panel still lists the file until it changes.
   */
  readonly handleDiagnostics: HandleDiagnostics = (uri, diagnostics, next) => {
    const key = uri.toString()
    this.waiting.get(key)?.()
    if (diagnostics.length === 0 && this.checked.has(key) && !isOpen(key)) return
    next(uri, diagnostics)
  }

  /**
   * Re-check a checked file that changes on disk while it is not open, and drop
   * the findings of one that is deleted.
   *
   * @param diagnostics The client's diagnostic collection, once it has one.
   * @returns The file watcher, to dispose.
   */
  watch(diagnostics: () => vscode.DiagnosticCollection | undefined): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(INCLUDE, true, false, false)
    watcher.onDidChange((uri) => {
      if (this.checked.has(uri.toString()) && !isOpen(uri.toString())) void this.checkFile(uri)
    })
    watcher.onDidDelete((uri) => {
      if (this.checked.delete(uri.toString())) diagnostics()?.delete(uri)
    })
    return watcher
  }

  /** Check every Markdown and text file in the workspace, showing progress. */
  async run(): Promise<void> {
    const files = await vscode.workspace.findFiles(INCLUDE, EXCLUDE)
    if (files.length === 0) {
      void vscode.window.showInformationMessage('heed found no .md or .txt files in this workspace.')
      return
    }
    const title = 'heed: checking the workspace'
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const queue = [...files]
      let done = 0
      const worker = async () => {
        for (let uri = queue.shift(); uri && !token.isCancellationRequested; uri = queue.shift()) {
          await this.checkFile(uri)
          done += 1
          progress.report({ increment: 100 / files.length, message: `${done} of ${files.length} files` })
        }
      }
      await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    })
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus')
  }

  private async checkFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString()
    this.checked.add(key)
    // An open document has been checked already and is kept up to date.
    if (isOpen(key)) return
    const published = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, PER_FILE_TIMEOUT_MS)
      this.waiting.set(key, () => {
        clearTimeout(timer)
        resolve()
      })
    })
    try {
      const document = await vscode.workspace.openTextDocument(uri)
      // A file the user has told VS Code to read as another language is not ours.
      if (LANGUAGES.has(document.languageId)) await published
    } catch {
      // Unreadable (binary or too large): VS Code has said nothing to the server.
    } finally {
      this.waiting.get(key)?.()
      this.waiting.delete(key)
    }
  }
}

function isOpen(key: string): boolean {
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)
}
