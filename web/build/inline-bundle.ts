/**
 * Makes the built page one self-contained file: the script and the style sheet
 * go inside index.html, and a Content-Security-Policy that allows exactly
 * those two, by hash, and nothing else goes in its head. A page made of one
 * file opens from `file://` (a browser refuses to load a module script from
 * disk) and can be saved or passed on as it is; the policy makes the browser
 * refuse any network connection, whatever a script tries.
 */
import { hashSource, strictPolicy } from '../../src/node/content-policy.js'
import type { Plugin, Rolldown } from 'vite'

/** Sources in the policy: a hash for each inline script and style sheet. */
export interface PolicySources {
  scripts: readonly string[]
  styles: readonly string[]
}

/** The page's Content-Security-Policy (src/node/content-policy.ts, as the scrutiny report's). */
export function contentSecurityPolicy(sources: PolicySources): string {
  return strictPolicy(sources.scripts, sources.styles)
}

/** Vite's placeholder for the files a lazy import preloads. */
const PRELOAD_MARK = '__VITE_PRELOAD__'

/** Text that would end an inline script early. */
const SCRIPT_END = /<\/(script)/gi

/**
 * Put each bundled script and style sheet inside the page, and the policy
 * in its head.
 *
 * @param html The page as Vite wrote it.
 * @param read The text of a bundled file, by its path relative to the page.
 * @returns The page, with nothing left to load.
 * @throws {Error} When the page would still load a file.
 */
export function inlineIntoPage(html: string, read: (path: string) => string): { html: string; inlined: string[] } {
  const inlined: string[] = []
  const scripts: string[] = []
  const styles: string[] = []
  let page = html.replace(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"[^>]*><\/script>/g, (_tag, path: string) => {
    inlined.push(path)
    // `<\/script` means the same inside a string, template or regular expression, and keeps the tag open.
    // Vite marks each lazy import with a preload list that it fills in only for imports left as
    // chunks of their own; inlined into one file there is nothing to preload, and a mark left
    // unfilled is a ReferenceError when the import runs (heed's lazy parts: Markdown, equality, fixes).
    const code = read(path).replace(SCRIPT_END, '<\\/$1').replaceAll(PRELOAD_MARK, 'void 0')
    // With both, the HTML parser's rules for old-style comments inside scripts could swallow the rest of the page.
    if (code.includes('<!--') && /<script/i.test(code))
      throw new Error(`heed web build: ${path} holds both "<!--" and "<script"; it cannot go inside the page safely`)
    scripts.push(code)
    return `<script type="module">${code}</script>`
  })
  page = page.replace(/<link rel="stylesheet"[^>]*\shref="\.\/([^"]+)"[^>]*>/g, (_tag, path: string) => {
    inlined.push(path)
    const css = read(path)
    styles.push(css)
    return `<style>${css}</style>`
  })
  const left = /<(script|link)\b[^>]*\s(src|href)="(?!data:)[^"]*"/.exec(page)
  if (left) throw new Error(`heed web build: the page would still load a file: ${left[0]}`)
  const policy = contentSecurityPolicy({ scripts: scripts.map(hashSource), styles: styles.map(hashSource) })
  const head = '<meta charset="utf-8">'
  // The policy must come before anything it governs, and right after the charset, which must come first.
  if (!page.includes(head)) throw new Error(`heed web build: index.html must start its head with ${head}`)
  page = page.replace(head, `${head}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`)
  return { html: page, inlined }
}

/**
 * The Vite plugin that does it at the end of `vite build`.
 *
 * @returns The plugin.
 */
export function inlineBundle(): Plugin {
  return {
    name: 'heed-inline-bundle',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'] as Rolldown.OutputAsset | undefined
      if (!page) throw new Error('heed web build: no index.html in the bundle')
      const read = (path: string) => {
        const file = bundle[path] as Rolldown.OutputAsset | Rolldown.OutputChunk | undefined
        if (!file) throw new Error(`heed web build: index.html names ${path}, which was not built`)
        return file.type === 'chunk' ? file.code : String(file.source)
      }
      const { html, inlined } = inlineIntoPage(String(page.source), read)
      page.source = html
      for (const path of inlined) delete bundle[path]
    },
  }
}
