import { defineConfig } from 'tsup'

// Two CommonJS files (VS Code loads extensions with require): the client, and
// the language server bundled from ../src so the .vsix needs no node_modules.
// Everything but the `vscode` API, which VS Code provides, is inlined; the
// unified packages must be, because Node 20's require(esm) breaks their
// default-import interop (feasibility.md section 1).
export default defineConfig({
  entry: { extension: 'src/extension.ts', server: 'src/server.ts' },
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  external: ['vscode'],
  noExternal: [/^(?!vscode$).*/],
})
