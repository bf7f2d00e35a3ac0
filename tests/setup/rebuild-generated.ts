/**
 * Vitest global set-up: rebuilds the generated data (`npm run build:rules` and
 * `build:templates`) when any file it is built from is newer than the oldest
 * generated file, so a test file run on its own never passes against stale code.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = join(import.meta.dirname, '../..')

/** The build scripts; what they import from the repository counts as a source too. */
const BUILD_SCRIPTS = ['scripts/build-rules.ts', 'scripts/build-templates.ts']
/** The data the build scripts read. */
const DATA_DIRS = ['rules', 'templates']

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
}

/** Every folder named `generated` under src/, wherever the build puts it. */
function generatedDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => (entry.name === 'generated' ? [join(dir, entry.name)] : generatedDirs(join(dir, entry.name))))
}

const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g

/** A script and every repository file it imports, directly or not, leaving out generated files. */
function importClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file) || !existsSync(file) || file.includes('/generated/')) continue
    seen.add(file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolve(dirname(file), specifier!)
      queue.push(target.endsWith('.js') ? target.slice(0, -3) + '.ts' : target)
    }
  }
  return [...seen]
}

function newest(files: readonly string[]): { file: string; time: number } | undefined {
  let best: { file: string; time: number } | undefined
  for (const file of files) {
    const time = statSync(file).mtimeMs
    if (!best || time > best.time) best = { file, time }
  }
  return best
}

/**
 * Why the generated files under `root` are stale, or undefined when they are up to date.
 * @param root the repository root
 * @returns one line naming the newer source and the older generated file, or the missing folder
 */
export function staleReason(root: string): string | undefined {
  const outputs = generatedDirs(join(root, 'src')).flatMap(filesUnder)
  if (outputs.length === 0) return 'no generated files under src/'
  const oldest = outputs.map((file) => ({ file, time: statSync(file).mtimeMs })).sort((a, b) => a.time - b.time)[0]!
  const sources = [...DATA_DIRS.flatMap((dir) => filesUnder(join(root, dir))), ...importClosure(BUILD_SCRIPTS.map((script) => join(root, script)))]
  const latest = newest(sources)
  if (!latest || latest.time <= oldest.time) return undefined
  return `${relative(root, latest.file)} is newer than ${relative(root, oldest.file)}`
}

/**
 * Rebuilds the generated files when they are stale.
 * @param root the repository root
 * @param rebuild runs the build scripts (injected so the check can be tested without them)
 * @returns the line reported when a rebuild ran, or undefined when none was needed
 */
export function rebuildIfStale(root: string, rebuild: () => void): string | undefined {
  const reason = staleReason(root)
  if (!reason) return undefined
  rebuild()
  return `generated files rebuilt: ${reason}`
}

function runBuildScripts(): void {
  for (const script of ['build:rules', 'build:templates']) {
    execFileSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  }
}

export default function setup(): void {
  const report = rebuildIfStale(ROOT, runBuildScripts)
  if (report) console.log(report)
}
