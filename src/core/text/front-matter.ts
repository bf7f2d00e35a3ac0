/**
 * YAML front matter (`---` … `---` at the top of a file): read for the document's
 * kind and letter type, then blanked out so positions in the rest stay true.
 *
 * Read here without a YAML library: heed needs only the top-level keys' plain
 * values, and the `yaml` package would add about 100 KB to a browser bundle of
 * `lint`. Nested values (indented lines) are skipped, not read; what would make
 * the YAML invalid in the values heed reads (an unclosed quote or bracket, a
 * line that is not `key: value`, a key given twice) is reported.
 */

export interface FrontMatter {
  /** The text with the front matter replaced by spaces (newlines kept). */
  body: string
  /** The top-level keys with their values (a nested value as its text), or undefined when there is none. */
  data?: Record<string, unknown>
  /** A one-line reason when the front matter is not valid YAML. */
  error?: string
}

const FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
const ENTRY = /^([^\s#:'"[\]{},&*!|>%@`-][^:]*?|'[^']*'|"[^"]*")[ \t]*:(?:[ \t]+(.*))?$/

/** A problem with the front matter's YAML. */
class YamlProblem extends Error {}
/** Front matter that is a list or a lone value, not keys and values. */
class NotAMapping extends Error {}

/** A value as YAML reads it: quotes removed, a trailing comment dropped, a flow list or mapping checked for closing; null when empty. */
function scalar(raw: string, line: number): string | null {
  const text = raw.trim()
  const quote = text[0]
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, 1)
    if (end < 0) throw new YamlProblem(`line ${line}: the ${quote} quote is not closed`)
    const rest = text.slice(end + 1).trim()
    if (rest !== '' && !rest.startsWith('#')) throw new YamlProblem(`line ${line}: text after the closing quote`)
    return text.slice(1, end)
  }
  const value = text.replace(/(^|\s)#.*$/, '').trim()
  if (value.startsWith('[') || value.startsWith('{')) {
    let depth = 0
    for (const char of value) {
      if (char === '[' || char === '{') depth++
      else if (char === ']' || char === '}') depth--
    }
    if (depth !== 0) throw new YamlProblem(`line ${line}: the ${value[0]} is not closed`)
  }
  return value === '' || value === '~' || value === 'null' ? null : value
}

/** Read the top-level mapping of the front matter's lines. */
function readMapping(source: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {}
  let last: string | undefined
  let entries = 0
  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    if (/^\s/.test(line)) {
      // A nested value or the next line of a long one: heed reads no nested keys.
      if (last === undefined) throw new YamlProblem(`line ${index + 1}: indented, with no key above it`)
      data[last] = [data[last], line.trim()].filter((part) => typeof part === 'string' && part !== '').join('\n')
      return
    }
    if (/^-(\s|$)/.test(line)) throw new NotAMapping()
    const entry = ENTRY.exec(line)
    if (!entry) throw new YamlProblem(`line ${index + 1}: not a "key: value" line`)
    const key = entry[1]!.replace(/^(['"])(.*)\1$/, '$2')
    if (Object.hasOwn(data, key)) throw new YamlProblem(`line ${index + 1}: the key "${key}" is given twice`)
    data[key] = scalar(entry[2] ?? '', index + 1)
    last = key
    entries++
  })
  return entries > 0 ? data : undefined
}

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
    const data = readMapping(match[1]!)
    if (data) return { body, data }
    return { body, error: 'front matter is not a mapping of keys to values' }
  } catch (error) {
    if (error instanceof NotAMapping) return { body, error: 'front matter is not a mapping of keys to values' }
    if (!(error instanceof YamlProblem)) throw error
    return { body, error: `front matter is not valid YAML: ${error.message}` }
  }
}
