#!/usr/bin/env node
/**
 * The `heed` executable: wires the CLI to the process's streams and exit code.
 * `heed lsp` starts the language server instead (stdio unless another transport is named).
 */
import { once } from 'node:events'
import { run } from './run.js'

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const argv = process.argv.slice(2)
if (argv[0] === 'lsp') {
  if (!argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg))) process.argv.push('--stdio')
  const { startServer } = await import('../server/start.js')
  startServer()
} else {
  const status = await run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
  }).catch((error: unknown) => {
    // An unexpected failure: say so in one line, without the document's text.
    process.stderr.write(`heed: internal error: ${(error as Error).message.split('\n')[0]}\n`)
    return 2
  })
  process.exitCode = status
}
