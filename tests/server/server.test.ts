/**
 * The language server, driven over stdio by a real LSP client: diagnostics on
 * open and change, quick fixes, hover, the ignore-list command and the
 * readability summary. `npm test` builds the server first.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  CodeActionRequest,
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node'
import type { CodeAction, Diagnostic, Hover, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

interface Session {
  process: ChildProcess
  connection: ProtocolConnection
  diagnostics: (uri: string, predicate?: (d: Diagnostic[]) => boolean) => Promise<Diagnostic[]>
}

async function startSession(command: string[], settings: Record<string, unknown>): Promise<Session> {
  const child = spawn(process.execPath, command, { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] })
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const latest = new Map<string, Diagnostic[]>()
  const waiting: Array<() => void> = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params.diagnostics)
    waiting.splice(0).forEach((wake) => wake())
  })
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings))
  connection.onRequest(RegistrationRequest.type, () => undefined)
  connection.listen()
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  })
  await connection.sendNotification(InitializedNotification.type, {})
  const diagnostics = async (uri: string, predicate: (d: Diagnostic[]) => boolean = () => true) => {
    for (;;) {
      const found = latest.get(uri)
      if (found && predicate(found)) return found
      await new Promise<void>((resolve) => waiting.push(resolve))
    }
  }
  return { process: child, connection, diagnostics }
}

async function stop(session: Session) {
  await session.connection.sendRequest(ShutdownRequest.type)
  await session.connection.sendNotification(ExitNotification.type)
  session.connection.dispose()
  await new Promise((resolve) => session.process.once('exit', resolve))
}

const letter = 'Dear Ms Doe,\n\nThe police marked the case NFA last week.\n\nIt has been decided that he will not be charged.\n'

describe('heed language server over stdio', () => {
  let session: Session
  let dir: string
  let uri: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'heed-lsp-'))
    uri = pathToFileURL(join(dir, 'letter.md')).href
    session = await startSession([join(root, 'dist/server/main.cjs'), '--stdio'], { kind: 'letter' })
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text: letter },
    })
  })

  afterAll(async () => {
    await stop(session)
  })

  it('publishes diagnostics with rule ids, severities and docs links', async () => {
    const diagnostics = await session.diagnostics(uri)
    const nfa = diagnostics.find((d) => d.code === 'jargon/nfa')!
    expect(nfa).toMatchObject({
      source: 'heed',
      severity: 2,
      range: { start: { line: 2, character: 27 }, end: { line: 2, character: 30 } },
      codeDescription: { href: expect.stringMatching(/#jargonnfa$/) },
    })
    expect(diagnostics.map((d) => d.code)).toContain('tone/agentless-decision')
  })

  it('offers no advice as a quick fix, and a switch for the line', async () => {
    const diagnostics = await session.diagnostics(uri)
    const nfa = diagnostics.find((d) => d.code === 'jargon/nfa')!
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: nfa.range,
      context: { diagnostics: [nfa] },
    })) as CodeAction[]
    expect(actions.map((a) => a.title)).toEqual(
      expect.arrayContaining(['Switch off jargon/nfa for this line', "Add “NFA” to the project's ignore list (.heedrc.yml)"]),
    )
    // “NFA” has advice but no wording that reads right in its place.
    expect(actions.filter((a) => a.title.startsWith('Replace'))).toEqual([])
  })

  it('explains a finding on hover, saying each thing once and not what the diagnostic already says', async () => {
    const diagnostics = await session.diagnostics(uri)
    const nfa = diagnostics.find((d) => d.code === 'jargon/nfa')!
    const hover = (await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 2, character: 28 },
    })) as Hover
    const value = (hover.contents as { value: string }).value
    expect(value).toMatch(/shorthand/)
    expect(value).toContain('Say plainly that no one will be charged')
    expect(value).toMatch(/\(https:[^)]*#jargonnfa\)/)
    // The editor shows the message and the rule id beside the hover already.
    expect(value).not.toContain(nfa.message)
    expect(value).not.toContain('jargon/nfa')
    const sentences = value.split(/(?<=\.)\s+/).filter((line) => line.length > 20)
    expect(new Set(sentences).size).toBe(sentences.length)
  })

  it('answers code actions only for the findings in the requested range, whatever the client sends', async () => {
    const diagnostics = await session.diagnostics(uri)
    const nfa = diagnostics.find((d) => d.code === 'jargon/nfa')!
    // As Neovim does: the cursor's position, and every diagnostic of the document.
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: nfa.range.start, end: nfa.range.start },
      context: { diagnostics },
    })) as CodeAction[]
    expect(actions.length).toBeGreaterThan(0)
    expect(actions.every((a) => a.diagnostics!.every((d) => d.code === 'jargon/nfa'))).toBe(true)
    const elsewhere = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } },
      context: { diagnostics },
    })) as CodeAction[]
    expect(elsewhere).toEqual([])
  })

  it('finds what a quick fix needs when the client sends diagnostics back without their data', async () => {
    const decided = (await session.diagnostics(uri)).find((d) => d.code === 'tone/agentless-decision')!
    const bare = { ...decided, data: undefined }
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: decided.range,
      context: { diagnostics: [bare] },
    })) as CodeAction[]
    expect(actions.map((a) => a.title)).toContain('Replace with “I have decided”')
  })

  it('anchors a missing part where its paragraph goes, offers it by the name of the part, and no switch for a line', async () => {
    const diagnostics = await session.diagnostics(uri)
    const support = diagnostics.find((d) => d.code === 'structure/missing-support')!
    // At the end of the opening paragraph: this letter has no sign-off, so every part goes there.
    expect(support.range).toEqual({ start: { line: 2, character: 41 }, end: { line: 2, character: 41 } })
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: support.range,
      context: { diagnostics: [support] },
    })) as CodeAction[]
    expect(actions.map((a) => a.title)).toEqual(['Insert a paragraph on support'])
    const edit = actions[0]!.edit!.changes![uri]![0]!
    expect(edit.range).toEqual(support.range)
    expect(edit.newText).toMatch(/^\n\nThese services give free support:/)
  })

  it('checks again after a change', async () => {
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'Dear Ms Doe,\n\nNo one will be charged.\n\nIt has been decided that he will not be charged.\n' }],
    })
    const diagnostics = await session.diagnostics(uri, (d) => !d.some((x) => x.code === 'jargon/nfa'))
    expect(diagnostics.map((d) => d.code)).toContain('tone/agentless-decision')
  })

  it('answers the readability summary request', async () => {
    const summary = (await session.connection.sendRequest('heed/summary', { uri })) as { readingAge: number; kind: string; words: number }
    expect(summary.kind).toBe('letter')
    expect(summary.words).toBeGreaterThan(5)
    expect(summary.readingAge).toBeGreaterThan(4)
  })

  it('adds a phrase to the ignore list and stops reporting it', async () => {
    await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'heed.ignorePhrase', arguments: [uri, 'It has been decided'] })
    expect(readFileSync(join(dir, '.heedrc.yml'), 'utf8')).toBe('ignore:\n  - It has been decided\n')
    await session.diagnostics(uri, (d) => !d.some((x) => x.code === 'tone/agentless-decision'))
  })
})

describe('heed lsp', () => {
  it('starts the same server over stdio from the CLI', async () => {
    const session = await startSession([join(root, 'dist/cli/main.js'), 'lsp'], {})
    const uri = 'untitled:review'
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: 'R v Smith. The complainant and the suspect had sex.' },
    })
    const diagnostics = await session.diagnostics(uri)
    expect(diagnostics.map((d) => d.code)).toContain('misconception/consensual-sex-language')
    await stop(session)
  })
})
