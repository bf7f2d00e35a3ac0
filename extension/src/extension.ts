/**
 * heed for VS Code: starts the language server bundled beside this file over
 * IPC for Markdown and plain text, and adds the reading-age status item and the
 * commands (a new letter, checking the workspace, annotating a Word document). Nothing is downloaded, sent or logged (DESIGN.md principle 4).
 */
import * as vscode from 'vscode'
import { LanguageClient, TransportKind } from 'vscode-languageclient/node'
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node'
import { annotateWord } from './annotate-word.js'
import { WorkspaceCheck } from './check-workspace.js'
import { newLetter } from './new-letter.js'
import { ReadingAgeItem } from './reading-age.js'

let client: LanguageClient | undefined

/**
 * Start the client and register the commands.
 *
 * @param context The extension's context.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // tsup writes the server next to the client, so the .vsix needs no node_modules.
  const module = context.asAbsolutePath('dist/server.js')
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  }
  const workspaceCheck = new WorkspaceCheck()
  const readingAge = new ReadingAgeItem()
  const clientOptions: LanguageClientOptions = {
    // `untitled` too, so a letter drafted in a new editor is checked before it is saved.
    documentSelector: ['file', 'untitled'].flatMap((scheme) => ['markdown', 'plaintext'].map((language) => ({ scheme, language }))),
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        workspaceCheck.handleDiagnostics(uri, diagnostics, next)
        // The server has just checked this document, so its summary is fresh.
        readingAge.documentChecked(uri)
      },
    },
  }
  // The id `heed` makes `heed.trace.server` the trace setting.
  client = new LanguageClient('heed', 'heed', serverOptions, clientOptions)
  readingAge.connect(client)
  context.subscriptions.push(
    readingAge,
    workspaceCheck.watch(() => client?.diagnostics),
    vscode.commands.registerCommand('heed.checkWorkspace', () => workspaceCheck.run()),
    vscode.commands.registerCommand('heed.newLetter', newLetter),
    vscode.commands.registerCommand('heed.annotateWord', annotateWord),
  )
  await client.start()
}

/**
 * Stop the language server.
 *
 * @returns When the server has stopped.
 */
export function deactivate(): Promise<void> | undefined {
  return client?.stop()
}
