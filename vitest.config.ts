import { defineConfig } from 'vitest/config'
import { PUBLIC_ENTRIES } from './scripts/public-entries.js'

export default defineConfig({
  resolve: { alias: PUBLIC_ENTRIES },
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests spawn the built binary; give a loaded 2-core machine room.
    testTimeout: 20_000,
  },
})
