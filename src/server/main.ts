/**
 * Entry point of the self-contained language server (`dist/server/main.cjs`), which an
 * editor can start over stdio as `heed lsp` does (the VS Code extension bundles `heed/server`).
 */
import { startServer } from './start.js'

startServer()
