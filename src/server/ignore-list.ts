/**
 * Adds a phrase to the project's ignore list: the nearest `.heedrc` above the
 * document, or a new `.heedrc.yml` beside it. YAML comments and layout are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, parseDocument } from 'yaml'
import { findConfigFile } from '../node/config-file.js'

/**
 * Add a phrase to the ignore list.
 *
 * @param folder The document's folder.
 * @param phrase The phrase to stop reporting.
 * @returns The configuration file written.
 */
export function addIgnorePhrase(folder: string, phrase: string): string {
  const path = findConfigFile(folder) ?? join(folder, '.heedrc.yml')
  let text = ''
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    // A new file: start empty.
  }
  if (path.endsWith('.json')) {
    const config = text.trim() === '' ? {} : (JSON.parse(text) as { ignore?: string[] })
    config.ignore = [...new Set([...(config.ignore ?? []), phrase])]
    writeFileSync(path, JSON.stringify(config, null, 2) + '\n')
    return path
  }
  if (text.trim() === '') {
    writeFileSync(path, String(new Document({ ignore: [phrase] })))
    return path
  }
  const document = parseDocument(text)
  const list = (document.get('ignore') as { items?: Array<{ value?: unknown }> } | undefined)?.items?.map((i) => i.value) ?? []
  if (!list.includes(phrase)) document.addIn(['ignore'], phrase)
  writeFileSync(path, String(document))
  return path
}
