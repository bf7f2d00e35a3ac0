/**
 * `heed/server`: the language server, for an editor to start over stdio or IPC.
 * Needs the optional packages `vscode-languageserver`,
 * `vscode-languageserver-textdocument` and `yaml` (the CLI's `heed lsp` carries its own copies).
 */
export { DEBOUNCE_MS, SUMMARY_REQUEST, startServer } from './server/start.js'
