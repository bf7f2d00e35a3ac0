import { defineConfig } from 'vitest/config'
import { PUBLIC_ENTRIES } from './scripts/public-entries.js'

/**
 * Suites left out of `npm run test:unit` (`npm test` runs them too): those that
 * spawn the CLI or the server, property and fuzz tests, and those that run over
 * every example letter or the whole held-out set. Measured with vitest's
 * per-file durations; together they take most of the full run.
 */
const SLOW = [
  // They start the CLI, the language server or the rule build as child processes.
  'tests/cli/cli.test.ts',
  'tests/cli/draft.test.ts',
  'tests/cli/annotate.test.ts',
  'tests/cli/report/report.test.ts',
  'tests/server/server.test.ts',
  'tests/scripts/build-rules.test.ts',
  // Property and fuzz tests, and the network ban (which stubs globals for its whole file).
  'tests/robustness/**',
  'tests/docx/split-runs.test.ts',
  // Every example letter, every drafted letter or the held-out set, end to end.
  'tests/perf/**',
  'tests/docx/annotate.test.ts',
  'tests/core/structure/fixes.test.ts',
  'tests/core/text/simple-markdown.test.ts',
  // It mocks a generated module, which needs a module graph of its own.
  'tests/core/data/stale-trie.test.ts',
]

export default defineConfig({
  resolve: { alias: PUBLIC_ENTRIES },
  test: {
    // A test file run on its own must not pass against stale generated data.
    globalSetup: ['tests/setup/rebuild-generated.ts'],
    // The CLI tests spawn the built binary; give a loaded 2-core machine room.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: SLOW,
          // These files neither mock modules nor stub globals, so they can share one module
          // graph per worker: importing the core once instead of once per file halves the run.
          // (`npm run test:unit` also uses every core: vitest's default leaves one free.)
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'slow', include: SLOW.map((pattern) => (pattern.endsWith('**') ? `${pattern}/*.test.ts` : pattern)) },
      },
    ],
  },
})
