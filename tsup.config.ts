import { defineConfig } from 'tsup'

// The library's entries, one per subpath export (package.json "exports").
const library = { index: 'src/index.ts', lint: 'src/lint.ts', draft: 'src/draft.ts', word: 'src/word.ts', server: 'src/server.ts' }
// Optional peer dependencies of heed/word and heed/server: left for the app to install.
const peers = [/^docx$/, /^fflate$/, /^vscode-languageserver(-textdocument)?(\/.*)?$/, /^yaml$/]
// Chunks shared by entries, out of the root of dist/.
const chunksIn = (folder: string) => ({
  esbuildOptions(options: { chunkNames?: string }) {
    options.chunkNames = `${folder}/[name]-[hash]`
  },
})

export default defineConfig([
  // ESM keeps the runtime dependencies external; the Handlebars runtime (a dev dependency:
  // its compiler is for the build) and the rest are bundled.
  { entry: library, format: ['esm'], dts: true, clean: true, target: 'node20', outDir: 'dist', ...chunksIn('chunks') },
  // The CommonJS build must inline the unified packages, because Node 20's require(esm)
  // breaks their default-import interop; the optional peers stay outside.
  // Split like the ESM build, so that the five entries share one copy of the core.
  {
    entry: library,
    format: ['cjs'],
    dts: true,
    target: 'node20',
    outDir: 'dist',
    noExternal: [/^(?!(docx|fflate|vscode-languageserver(-textdocument)?|yaml)(\/|$))/],
    external: peers,
    splitting: true,
    ...chunksIn('chunks'),
  },
  // The CLI with its dependencies, so a cold start does not resolve and load hundreds of
  // small modules; what only some commands need (Word, the report, the server) sits in
  // lazy chunks under dist/cli/. Bundled CommonJS packages need `require`, which ESM lacks.
  // tinypool stays a package, because it starts its threads from a file of its own.
  {
    entry: { main: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    outDir: 'dist/cli',
    platform: 'node',
    noExternal: [/^(?!tinypool$).*/],
    external: ['tinypool'],
    // Less source for the engine to read at each start.
    minify: true,
    banner: { js: "import { createRequire as heedCreateRequire } from 'node:module'; const require = heedCreateRequire(import.meta.url);" },
    ...chunksIn('chunks'),
  },
  // `heed report`'s worker thread, and the one that checks pieces of a long document, bundles of
  // their own beside the CLI, so that the CLI's own bundle stays whole (no shared chunk to load
  // at each start).
  {
    entry: { 'report-worker': 'src/cli/report/worker.ts', 'piece-worker': 'src/node/piece-worker.ts' },
    format: ['esm'],
    target: 'node20',
    outDir: 'dist/cli',
    platform: 'node',
    noExternal: [/.*/],
    splitting: false,
    minify: true,
    banner: { js: "import { createRequire as heedCreateRequire } from 'node:module'; const require = heedCreateRequire(import.meta.url);" },
  },
  // The language server as one self-contained file, for `heed lsp` users' editors to start.
  { entry: { 'server/main': 'src/server/main.ts' }, format: ['cjs'], target: 'node20', outDir: 'dist', platform: 'node', noExternal: [/.*/] },
])
