/**
 * How much `import { lint } from 'heed/lint'` adds to a browser app: esbuild
 * bundles the entry as an app's bundler would (minified, split at the lazy
 * imports), and this reports the code loaded before the first check (the entry
 * and the chunks it imports statically) and the whole, with what weighs most.
 *
 * `npm run size` prints it; tests/package/bundle-size.test.ts holds the budget.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/** The most the code loaded before the first check may weigh, minified, in bytes. */
export const LINT_BUDGET = 450_000

export interface BundleSize {
  /** Bytes loaded before the first check: the entry and its static imports. */
  initial: number
  /** Bytes of every chunk, with those loaded only when a document needs them (YAML front matter, full Markdown, retext-equality). */
  total: number
  /** Bytes in the output by source file or package, largest first. */
  inputs: Array<[string, number]>
  /** The code of every chunk. */
  code: string
}

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Bundle `import { lint }` for the browser and weigh it.
 *
 * @returns The sizes.
 */
export async function measureLintBundle(): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: "export { lint } from './src/lint.ts'", resolveDir: root, sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'error',
  })
  const outputs = result.metafile.outputs
  // Every lazy chunk is an entry point of its own in the metafile: the app's is the one built from stdin.
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === 'app.js')!
  const initial = new Set<string>()
  const visit = (name: string) => {
    if (initial.has(name)) return
    initial.add(name)
    for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path)
  }
  visit(entry)
  const byInput = new Map<string, number>()
  for (const output of Object.values(outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
      const key = inPackage ? inPackage[1]! : path
      byInput.set(key, (byInput.get(key) ?? 0) + bytesInOutput)
    }
  }
  const sum = (names: Iterable<string>) => [...names].reduce((total, name) => total + outputs[name]!.bytes, 0)
  return {
    initial: sum(initial),
    total: sum(Object.keys(outputs)),
    inputs: [...byInput].sort((a, b) => b[1] - a[1]),
    code: result.outputFiles.map((file) => file.text).join('\n'),
  }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = await measureLintBundle()
  console.log(`import { lint }: ${kb(size.initial)} before the first check (budget ${kb(LINT_BUDGET)}), ${kb(size.total)} with every lazy chunk, minified`)
  for (const [input, bytes] of size.inputs.slice(0, 25)) console.log(`${kb(bytes).padStart(10)}  ${input}`)
}
