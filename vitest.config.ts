import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests spawn the built binary; give a loaded 2-core machine room.
    testTimeout: 20_000,
  },
})
