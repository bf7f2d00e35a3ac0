/**
 * The heed language server: diagnostics for Markdown and plain text on open
 * and change (the edited paragraph at once, the whole document when typing
 * pauses), quick fixes, hover help, settings per document,
 * `.heedrc` files honoured and watched, and a readability summary request.
 * It logs no document text (DESIGN.md principle 4).
 */
import type { Connection, Diagnostic } from 'vscode-languageserver'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { lint } from '../core/lint.js'
import { ConfigFileError, forgetConfigFiles } from '../node/config-file.js'
import { IGNORE_COMMAND, codeActionsFor } from './code-actions.js'
import { toDiagnostics } from './diagnostics.js'
import { placeFindings, quickCheck } from './quick-check.js'
import type { CheckedText } from './quick-check.js'
import { hoverAt } from './hover.js'
import { addIgnorePhrase } from './ignore-list.js'
import { DEFAULT_SETTINGS, folderOf, lintOptionsFor, readSettings } from './settings.js'
import type { ServerSettings } from './settings.js'

/** Wait this long after the last keystroke before checking the whole document again. */
export const DEBOUNCE_MS = 300
/** The custom request for a document's readability summary. */
export const SUMMARY_REQUEST = 'heed/summary'

/**
 * Start the server on the transport named on the command line (`--stdio`, `--node-ipc`).
 *
 * @returns The connection.
 */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all)
  const documents = new TextDocuments(TextDocument)
  const settingsCache = new Map<string, Promise<ServerSettings>>()
  const diagnosticsCache = new Map<string, Diagnostic[]>()
  /** Each document as last checked: for the paragraph re-check after an edit, and the summary request. */
  const checkedCache = new Map<string, CheckedText>()
  const timers = new Map<string, NodeJS.Timeout>()
  let canConfigure = false
  let canWatch = false

  connection.onInitialize((params) => {
    canConfigure = Boolean(params.capabilities.workspace?.configuration)
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        executeCommandProvider: { commands: [IGNORE_COMMAND] },
      },
      serverInfo: { name: 'heed' },
    }
  })

  connection.onInitialized(() => {
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, undefined)
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.heedrc{,.yml,.yaml,.json}' }],
      })
    }
  })

  const settingsFor = (uri: string): Promise<ServerSettings> => {
    if (!canConfigure) return Promise.resolve(DEFAULT_SETTINGS)
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'heed' }).then(readSettings, () => DEFAULT_SETTINGS)
      settingsCache.set(uri, settings)
    }
    return settings
  }

  /** The version each document's last full check was of: a paragraph re-check never replaces a full one. */
  const fullVersions = new Map<string, number>()

  const publish = async (document: TextDocument, version: number, checked: CheckedText, full: boolean) => {
    // Drop the result if the document changed while it was being checked (documents are updated in place).
    if (documents.get(document.uri)?.version !== version) return
    if (!full && (fullVersions.get(document.uri) ?? -1) >= version) return
    if (full) fullVersions.set(document.uri, version)
    checkedCache.set(document.uri, checked)
    const diagnostics = toDiagnostics(checked.findings, document)
    diagnosticsCache.set(document.uri, diagnostics)
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics })
  }

  const reportFailure = (error: unknown) => {
    const reason = error instanceof ConfigFileError ? error.message : `heed could not check this document: ${(error as Error).message.split('\n')[0]}`
    void connection.window.showWarningMessage(reason)
  }

  const validate = async (document: TextDocument) => {
    const { version } = document
    const text = document.getText()
    const settings = await settingsFor(document.uri)
    try {
      const file = await lint(text, await lintOptionsFor(document.uri, document.languageId, settings))
      await publish(document, version, { text, findings: placeFindings(file), data: file.data.heed }, true)
    } catch (error) {
      reportFailure(error)
    }
  }

  /** At each edit, the changed paragraph at once; the whole document when typing pauses. */
  const recheck = async (document: TextDocument) => {
    const previous = checkedCache.get(document.uri)
    if (!previous) return
    const { version } = document
    const text = document.getText()
    try {
      const settings = await settingsFor(document.uri)
      const checked = await quickCheck(previous, text, await lintOptionsFor(document.uri, document.languageId, settings))
      if (checked) await publish(document, version, checked, false)
    } catch (error) {
      reportFailure(error)
    }
  }

  const schedule = (document: TextDocument, delay = DEBOUNCE_MS) => {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        void validate(document)
      }, delay),
    )
  }
  const revalidateAll = () => {
    for (const document of documents.all()) schedule(document, 0)
  }

  documents.onDidOpen((event) => schedule(event.document, 0))
  documents.onDidChangeContent((event) => {
    void recheck(event.document)
    schedule(event.document)
  })
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri))
    settingsCache.delete(event.document.uri)
    diagnosticsCache.delete(event.document.uri)
    checkedCache.delete(event.document.uri)
    fullVersions.delete(event.document.uri)
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] })
  })

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear()
    revalidateAll()
  })
  connection.onDidChangeWatchedFiles(() => {
    forgetConfigFiles()
    revalidateAll()
  })

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    return document ? codeActionsFor(document, params.range, params.context.diagnostics, diagnosticsCache.get(document.uri)) : []
  })

  connection.onHover((params) => hoverAt(params.position, diagnosticsCache.get(params.textDocument.uri) ?? []))

  connection.onExecuteCommand((params) => {
    if (params.command !== IGNORE_COMMAND) return
    const [uri, phrase] = (params.arguments ?? []) as [string, string]
    const folder = typeof uri === 'string' ? folderOf(uri) : undefined
    if (!folder || typeof phrase !== 'string') {
      void connection.window.showWarningMessage('heed: save the document first, so the ignore list can go in its folder.')
      return
    }
    addIgnorePhrase(folder, phrase)
    forgetConfigFiles()
    revalidateAll()
  })

  connection.onRequest(SUMMARY_REQUEST, (params: { uri: string }) => {
    // A paragraph re-check carries the last full check's summary; the whole document's words are counted there.
    const data = checkedCache.get(params.uri)?.data
    const document = documents.get(params.uri)
    if (!data || !document) return null
    return {
      kind: data.kind,
      letterType: data.letterType,
      words: data.words,
      readingAge: data.readability.readingAge,
      averageSentenceLength: data.readability.averageSentenceLength,
      longestSentences: data.readability.longestSentences.map((s) => ({
        range: { start: document.positionAt(s.start), end: document.positionAt(s.end) },
        words: s.words,
      })),
    }
  })

  documents.listen(connection)
  connection.listen()
  return connection
}
