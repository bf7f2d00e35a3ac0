import { describe, expect, it } from 'vitest'
import { LINT_BUDGET, measureLintBundle } from '../../scripts/bundle-size.js'

describe('import { lint } in a browser bundle', () => {
  it(`stays within ${LINT_BUDGET / 1000} KB minified before the first check`, async () => {
    const size = await measureLintBundle()
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
    console.log(`import { lint }: ${kb(size.initial)} before the first check, ${kb(size.total)} with every lazy chunk (budget ${kb(LINT_BUDGET)})`)
    expect(size.initial).toBeLessThanOrEqual(LINT_BUDGET)
    // The rules' and facts' examples (their flagged words marked ⟦ ⟧) are for the docs and tests only.
    expect(size.code).not.toContain('⟦')
    expect(size.total).toBeGreaterThan(size.initial)
  }, 60_000)
})
