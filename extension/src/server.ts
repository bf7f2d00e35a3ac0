/**
 * The language server, started by the client (extension.ts) from dist/server.js:
 * heed's own, from its public `heed/server` entry, bundled so the .vsix needs no node_modules.
 */
import { startServer } from 'heed/server'

startServer()
