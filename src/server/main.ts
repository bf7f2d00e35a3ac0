/**
 * Entry point of the bundled language server (`dist/server/main.js`), which the
 * VS Code extension starts over IPC and `heed lsp` starts over stdio.
 */
import { startServer } from './start.js'

startServer()
