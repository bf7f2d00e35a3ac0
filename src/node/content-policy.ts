/**
 * The Content-Security-Policy of heed's self-contained pages (the drafting page
 * and the scrutiny report): everything refused by default, each kind of network
 * use also named so that the promise reads plainly, and only the page's own
 * inline script and style allowed, by hash.
 */
import { createHash } from 'node:crypto'

/**
 * The CSP hash source of an inline element's text.
 *
 * @param text The script's or style sheet's text, exactly as it sits in the page.
 * @returns A source such as `'sha256-…'`.
 */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The policy for a page made of one file.
 *
 * @param scripts Hash sources of its inline scripts.
 * @param styles Hash sources of its inline style sheets.
 * @returns The policy.
 */
export function strictPolicy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.join(' ')}`,
    // Only images inside the page itself (its empty icon), so the browser asks no server for one.
    'img-src data:',
    "connect-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ')
}
