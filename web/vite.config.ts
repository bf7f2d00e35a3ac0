/**
 * Builds the drafting page (web/) into one self-contained file,
 * web/dist/index.html, which works offline, from `file://` or any static host.
 */
import { defineConfig } from 'vite'
import { inlineBundle } from './build/inline-bundle.js'

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [inlineBundle()],
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
