/**
 * The editor's path, measured as an editor sees it: heed's language server
 * (dist/server/main.cjs) over stdio, a 5,000-word review open, then one-character
 * edits. For each edit it times, from sending the change, the first diagnostics
 * for the new version (the paragraph re-check) and the last (the whole-document
 * check, which waits for typing to pause).
 */
import { spawn } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** An LSP position (0-based line and character) of an offset. */
function positionAt(text, offset) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length - 1
  return { line, character: offset - (before.lastIndexOf('\n') + 1) }
}

/**
 * @param {{ root: string, server: string, text: string, edit: (text: string, n: number) => string, runs: number, warm: number }} options
 *   `edit` changes one character of the text it is given.
 * @returns {Promise<{ firstMs: number[], fullMs: number[] }>} per timed edit
 */
export async function lspEdit({ root, server, text, edit, runs, warm }) {
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] })
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  /** Arrival times of diagnostics by document version. */
  const arrivals = new Map()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const list = arrivals.get(params.version) ?? []
    list.push(performance.now())
    arrivals.set(params.version, list)
  })
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})))
  connection.onRequest(RegistrationRequest.type, () => undefined)
  connection.listen()
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true } },
  })
  await connection.sendNotification(InitializedNotification.type, {})

  const uri = pathToFileURL(join(root, 'bench', 'review.md')).href
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } })
  while (!arrivals.has(1)) await sleep(10)

  const firstMs = []
  const fullMs = []
  let current = text
  for (let n = 0; n < warm + runs; n++) {
    const version = n + 2
    // Each edit changes the document as it now stands, and is sent as an editor sends a keystroke: the range and its new text.
    const next = edit(current, n)
    let at = 0
    while (next[at] === current[at]) at++
    const change = { range: { start: positionAt(current, at), end: positionAt(current, at + 1) }, text: next[at] }
    current = next
    const sent = performance.now()
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] })
    // Wait for the whole-document check: it follows the paragraph re-check once typing pauses.
    const deadline = sent + 5000
    while ((arrivals.get(version)?.length ?? 0) < 2 && performance.now() < deadline) await sleep(5)
    await sleep(50)
    const times = arrivals.get(version) ?? []
    if (n >= warm && times.length > 0) {
      firstMs.push(times[0] - sent)
      fullMs.push(times.at(-1) - sent)
    }
  }
  await connection.sendRequest(ShutdownRequest.type)
  await connection.sendNotification(ExitNotification.type)
  connection.dispose()
  await new Promise((resolve) => child.once('exit', resolve))
  return { firstMs, fullMs }
}
