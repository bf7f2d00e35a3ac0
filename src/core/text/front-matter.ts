/**
 * YAML front matter (`---` … `---` at the top of a file): read for the document's
 * kind and letter type, then blanked out so positions in the rest stay true.
 */
import { loadYaml } from './load-yaml.js'

export interface FrontMatter {
  /** The text with the front matter replaced by spaces (newlines kept). */
  body: string
  /** The parsed mapping, or undefined when there is none. */
  data?: Record<string, unknown>
  /** A one-line reason when the front matter is not valid YAML. */
  error?: string
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * Split off front matter.
 *
 * @param text The document.
 * @returns The blanked body and the parsed data.
 */
export async function readFrontMatter(text: string): Promise<FrontMatter> {
  const match = FENCE.exec(text)
  if (!match) return { body: text }
  const blank = match[0].replace(/[^\r\n]/g, ' ')
  const body = blank + text.slice(match[0].length)
  try {
    // The YAML parser is loaded only for a document that has front matter: letters as sent have none.
    const { parse } = await loadYaml()
    const data: unknown = parse(match[1]!)
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) return { body, data: data as Record<string, unknown> }
    return { body, error: 'front matter is not a mapping of keys to values' }
  } catch (error) {
    return { body, error: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }
  }
}
