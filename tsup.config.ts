import { defineConfig } from 'tsup'

// ESM keeps the unified packages external; the CommonJS build must inline them,
// because Node 20's require(esm) breaks their default-import interop.
export default defineConfig([
  { entry: ['src/index.ts'], format: ['esm'], dts: true, clean: true, target: 'node20', outDir: 'dist' },
  { entry: ['src/index.ts'], format: ['cjs'], dts: true, target: 'node20', outDir: 'dist', noExternal: [/.*/] },
  // The CLI as one file with its dependencies, so a cold start does not resolve and load
  // hundreds of small modules. Bundled CommonJS packages need `require`, which ESM lacks.
  // tinypool stays a package, because it starts its threads from a file of its own.
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    outDir: 'dist',
    platform: 'node',
    noExternal: [/^(?!tinypool$).*/],
    external: ['tinypool'],
    // Less source for the engine to read at each start.
    minify: true,
    banner: { js: "import { createRequire as heedCreateRequire } from 'node:module'; const require = heedCreateRequire(import.meta.url);" },
  },
  // `heed report`'s worker thread, a bundle of its own beside the CLI, so that the CLI's own
  // bundle stays whole (no shared chunk to load at each start).
  {
    entry: { 'cli/report-worker': 'src/cli/report/worker.ts' },
    format: ['esm'],
    target: 'node20',
    outDir: 'dist',
    platform: 'node',
    noExternal: [/.*/],
    minify: true,
    banner: { js: "import { createRequire as heedCreateRequire } from 'node:module'; const require = heedCreateRequire(import.meta.url);" },
  },
  // The language server as one self-contained file, for the VS Code extension to start.
  { entry: { 'server/main': 'src/server/main.ts' }, format: ['cjs'], target: 'node20', outDir: 'dist', platform: 'node', noExternal: [/.*/] },
])
