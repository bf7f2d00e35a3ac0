/**
 * A real VS Code for the end-to-end test: code-server 4.100.3 (VS Code 1.100.3)
 * from the npm registry, installed once into a cache outside the repository,
 * started on 127.0.0.1 in its own process group so that every process it forks
 * can be ended together (feasibility.md section 2b).
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, openSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { homedir } from 'node:os'
import { join } from 'node:path'

export const CODE_SERVER_VERSION = '4.100.3'

/** Where code-server is installed; `HEED_E2E_CACHE` moves it (CI can cache that folder). */
export function cacheDir(): string {
  return process.env.HEED_E2E_CACHE ?? join(homedir(), '.cache', 'heed-e2e')
}

/**
 * Install code-server unless the cache has it already.
 *
 * @returns The path of the `code-server` executable.
 */
export function installCodeServer(): string {
  const dir = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`)
  const script = join(import.meta.dirname, 'install-code-server.sh')
  const result = spawnSync('bash', [script, dir], {
    stdio: 'inherit',
    env: { ...process.env, CODE_SERVER_VERSION },
  })
  if (result.status !== 0) throw new Error(`installing code-server into ${dir} failed (status ${result.status})`)
  return join(dir, 'node_modules', '.bin', 'code-server')
}

/** The folders one run of code-server uses, all inside a temporary folder. */
export interface Profile {
  userData: string
  extensions: string
  /** Stands in for the home folder's config and data, which code-server would otherwise write to. */
  home: string
}

/**
 * Make an empty profile with settings that keep VS Code quiet and offline.
 *
 * @param dir A temporary folder.
 * @returns The profile.
 */
export function makeProfile(dir: string): Profile {
  const profile = { userData: join(dir, 'user-data'), extensions: join(dir, 'extensions'), home: join(dir, 'home') }
  mkdirSync(join(profile.userData, 'User'), { recursive: true })
  mkdirSync(profile.home, { recursive: true })
  writeFileSync(
    join(profile.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'workbench.enableExperiments': false,
        'chat.disableAIFeatures': true,
      },
      null,
      2,
    ),
  )
  return profile
}

function profileArgs(profile: Profile): string[] {
  return ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions]
}

function profileEnv(profile: Profile): NodeJS.ProcessEnv {
  return { ...process.env, XDG_CONFIG_HOME: join(profile.home, 'config'), XDG_DATA_HOME: join(profile.home, 'data') }
}

/**
 * Install a .vsix into the profile.
 *
 * @param bin The code-server executable.
 * @param profile The profile.
 * @param vsix The packaged extension.
 */
export function installExtension(bin: string, profile: Profile, vsix: string): void {
  const result = spawnSync(bin, [...profileArgs(profile), '--install-extension', vsix], { encoding: 'utf8', env: profileEnv(profile) })
  if (result.status !== 0) throw new Error(`code-server could not install ${vsix}: ${result.stderr || result.stdout}`)
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** A running code-server. */
export interface Running {
  url: string
  /** Ends code-server and everything it started (its file watcher, the extension host, heed's server). */
  stop: () => Promise<void>
}

/**
 * Start code-server on 127.0.0.1 without authentication, and wait until it answers.
 *
 * @param bin The code-server executable.
 * @param profile The profile.
 * @param workspace The folder to open.
 * @param log A file for code-server's output.
 * @returns The running server.
 */
export async function startCodeServer(bin: string, profile: Profile, workspace: string, log: string): Promise<Running> {
  const port = await freePort()
  const config = join(profile.home, 'code-server.yaml')
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`)
  const out = openSync(log, 'a')
  const child = spawn(
    bin,
    [
      '--config',
      config,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...profileArgs(profile),
      workspace,
    ],
    { detached: true, stdio: ['ignore', out, out], env: profileEnv(profile) },
  )
  const group = child.pid!
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    signalGroup(group, 'SIGTERM')
    const timeout = new Promise((resolve) => setTimeout(resolve, 5_000))
    await Promise.race([exited, timeout])
    // Whatever is left of the group (a forked watcher outlives its parent) goes now.
    signalGroup(group, 'SIGKILL')
  }
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(url, 60_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal)
  } catch {
    // The group has already gone.
  }
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs / 1000} s`)
}
