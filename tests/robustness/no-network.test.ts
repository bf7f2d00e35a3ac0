/**
 * Letters hold sensitive personal data: heed never reaches the network. The
 * library is checked in-process with every network API made to throw; the CLI
 * in a child process whose network APIs end it with status 99.
 */
import { spawnSync } from 'node:child_process'
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import { draft, lint } from '../../src/index.js'

const root = join(import.meta.dirname, '../..')
const examples = ['letters', 'reviews'].flatMap((folder) => readdirSync(join(root, 'examples', folder)).map((name) => join(root, 'examples', folder, name)))

describe('no network', () => {
  const attempts: string[] = []
  const refuse = (what: string) => () => {
    attempts.push(what)
    throw new Error(`network use: ${what}`)
  }

  beforeAll(() => {
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('net.Socket.connect'))
    vi.spyOn(net, 'connect').mockImplementation(refuse('net.connect'))
    vi.spyOn(http, 'request').mockImplementation(refuse('http.request'))
    vi.spyOn(https, 'request').mockImplementation(refuse('https.request'))
    vi.spyOn(dns, 'lookup').mockImplementation(refuse('dns.lookup'))
    vi.stubGlobal('fetch', refuse('fetch'))
  })
  afterAll(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('lint uses none, on every example', async () => {
    for (const path of examples) {
      const file = await lint(readFileSync(path, 'utf8'), { format: 'markdown' })
      expect(file.messages.length).toBeGreaterThanOrEqual(0)
    }
    expect(attempts).toEqual([])
  })

  it('draft uses none, for every letter type', async () => {
    for (const name of readdirSync(join(root, 'examples/data'))) {
      const type = name.replace(/\.ya?ml$/, '')
      const fields = parse(readFileSync(join(root, 'examples/data', name), 'utf8')) as Record<string, unknown>
      const result = await draft({ type: type as never, fields, format: 'markdown' })
      expect(result.lint.messages).toEqual([])
    }
    expect(attempts).toEqual([])
  })

  it('the CLI uses none', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', join(import.meta.dirname, 'block-network.mjs'), join(root, 'dist/cli/main.js'), 'check', '--format', 'json', ...examples],
      { encoding: 'utf8' },
    )
    expect(result.stderr).not.toMatch(/NETWORK ATTEMPT/)
    expect([0, 1]).toContain(result.status)
    expect(JSON.parse(result.stdout)).toHaveLength(examples.length)
  })

  it('the preload really stops a process that tries', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', join(import.meta.dirname, 'block-network.mjs'), '-e', "require('node:http').get('http://127.0.0.1:9')"],
      { encoding: 'utf8' },
    )
    expect(result.status).toBe(99)
    expect(result.stderr).toMatch(/NETWORK ATTEMPT: http.request/)
  })
})
