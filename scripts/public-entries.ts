/**
 * The package's public entries (package.json "exports") by import path, as source
 * files: web/, the extension and the tests import heed through these, never its
 * internal modules. tsconfig.json's `paths` say the same to the type checker.
 */
import { fileURLToPath } from 'node:url'

const entry = (name: string) => fileURLToPath(new URL(`../src/${name}.ts`, import.meta.url))

/** Aliases for vite and vitest: exact import paths only, so no other `heed/...` path resolves. */
export const PUBLIC_ENTRIES = ['index', 'lint', 'draft', 'word', 'server'].map((name) => ({
  find: name === 'index' ? /^heed$/ : new RegExp(`^heed/${name}$`),
  replacement: entry(name),
}))
