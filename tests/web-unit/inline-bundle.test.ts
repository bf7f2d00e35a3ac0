/**
 * The built page as one file: its script and style sheet inside it, and a
 * Content-Security-Policy that allows exactly those, by hash, and no network.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineIntoPage } from '../../web/build/inline-bundle.js'

const PAGE = `<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <title>heed</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body></body>
</html>`

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? ''

describe('inlineIntoPage', () => {
  const files: Record<string, string> = { 'assets/index-abc.js': 'const a = "</script>"; run(a)', 'assets/index-def.css': 'body { margin: 0 }' }
  const read = (path: string) => files[path]!

  it('fills in the preload mark of a lazy import, which would otherwise throw when the import runs', () => {
    const lazy = (path: string) => (path.endsWith('.js') ? 'load(async () => import("./fixes.js"), __VITE_PRELOAD__, import.meta.url)' : read(path))
    const { html } = inlineIntoPage(PAGE, lazy)
    expect(html).not.toContain('__VITE_PRELOAD__')
    expect(html).toContain('load(async () => import("./fixes.js"), void 0, import.meta.url)')
  })

  it('puts the script and the style sheet in the page, and names both files as inlined', () => {
    const { html, inlined } = inlineIntoPage(PAGE, read)
    expect(inlined).toEqual(['assets/index-abc.js', 'assets/index-def.css'])
    expect(html).not.toMatch(/src=|href=/)
    expect(html).toContain('<style>body { margin: 0 }</style>')
  })

  it('keeps a closing script tag inside the code from ending the script', () => {
    const { html } = inlineIntoPage(PAGE, read)
    expect(html).toContain('<script type="module">const a = "<\\/script>"; run(a)</script>')
  })

  it('allows exactly the inlined script and style, by the hash of the text in the page', () => {
    const { html } = inlineIntoPage(PAGE, read)
    const policy = policyOf(html)
    expect(policy).toContain(`script-src ${sha('const a = "<\\/script>"; run(a)')}`)
    expect(policy).toContain(`style-src ${sha('body { margin: 0 }')}`)
    expect(policy).toMatch(/^default-src 'none'; /)
    // The policy comes straight after the charset, before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(html.indexOf('Content-Security-Policy'))
  })

  it('refuses a page that would still load a file, or that has no charset to put the policy after', () => {
    expect(() => inlineIntoPage(PAGE.replace('</head>', '<script src="https://cdn.example/x.js"></script></head>'), read)).toThrow(/would still load a file/)
    expect(() => inlineIntoPage(PAGE.replace('<meta charset="utf-8">', ''), read)).toThrow(/charset/)
  })

  it('refuses code that could break out of an inline script', () => {
    const risky: Record<string, string> = { ...files, 'assets/index-abc.js': 'const a = "<!--"; const b = "<script>"' }
    expect(() => inlineIntoPage(PAGE, (path) => risky[path]!)).toThrow(/cannot go inside the page safely/)
  })
})

describe('contentSecurityPolicy', () => {
  it('forbids every connection, form, base and plug-in, and allows only the given hashes', () => {
    const policy = contentSecurityPolicy({ scripts: ["'sha256-a'"], styles: ["'sha256-b'"] })
    for (const directive of [
      "default-src 'none'",
      "connect-src 'none'",
      "form-action 'none'",
      "base-uri 'none'",
      "object-src 'none'",
      "script-src 'sha256-a'",
      "style-src 'sha256-b'",
      'img-src data:',
    ]) {
      expect(policy.split('; ')).toContain(directive)
    }
    expect(policy).not.toMatch(/unsafe|\*|https?:/)
  })
})
