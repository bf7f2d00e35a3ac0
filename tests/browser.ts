/**
 * What the two browser tests share (the extension in code-server, tests/e2e,
 * and the drafting page, tests/web): Debian's Chromium started the way that
 * works here (feasibility.md section 2b), a timed progress line, and an assert.
 */
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'

/** Chromium from Debian's package, or the path in `CHROMIUM`. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

/** Start headless Chromium with no background traffic of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

/**
 * A progress printer: each line says how long the run has taken.
 *
 * @param label What the lines are about (`e2e`, `web`).
 */
export function progress(label: string): (what: string) => void {
  const started = Date.now()
  return (what) => console.log(`${label} ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${what}`)
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}
