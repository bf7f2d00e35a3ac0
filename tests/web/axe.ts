/**
 * Runs axe-core, the accessibility engine, inside the page under test. Its
 * source is evaluated through the browser's debugging protocol, which the
 * page's Content-Security-Policy does not govern, so the page keeps its policy.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

// This file is type-checked with Node's libraries only; these are the page's names the callback uses.
declare const window: { axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }
declare const document: unknown

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  help: string
  nodes: Array<{ target: unknown[] }>
}

/**
 * Fail when axe finds any violation of WCAG 2.2 A or AA, or of its best practices.
 *
 * @param page The page, in the state to check.
 * @param state What the page shows, for the message.
 */
export async function assertNoAxeViolations(page: Page, state: string): Promise<void> {
  // A source string is evaluated by the debugging protocol itself; an eval() inside the page would meet the policy.
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const result = await window.axe!.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    })
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
  if (violations.length > 0) {
    const lines = violations.map((v: AxeViolation) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`)
    throw new Error(`axe found ${violations.length} accessibility violations in ${state}:\n${lines.join('\n')}`)
  }
}
