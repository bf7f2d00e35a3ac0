/**
 * Builds the drafting page (web/) into one self-contained file,
 * web/dist/index.html, which works offline, from `file://` or any static host.
 */
import { defineConfig } from 'vite'
import { PUBLIC_ENTRIES } from '../scripts/public-entries.js'
import { inlineBundle } from './build/inline-bundle.js'

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [inlineBundle()],
  // heed itself through its public entries (package.json "exports"), from source.
  resolve: { alias: PUBLIC_ENTRIES },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One file: no preload helper, no split chunks, nothing fetched later.
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
