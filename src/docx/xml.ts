/**
 * A small XML reader that remembers where every element starts and ends in
 * the source string, so a part can be edited by splicing new markup into the
 * original text: bytes heed does not change stay exactly as Word wrote them.
 */

/** One element, with offsets into the source string. */
export interface XmlElement {
  /** The qualified name as written, `w:r`. */
  name: string
  /** Offset of `<`. */
  start: number
  /** Offset just after the `>` of the start tag. */
  openEnd: number
  /** Offset of the `</` of the end tag (equal to `end` when self-closing). */
  closeStart: number
  /** Offset just after the element. */
  end: number
  children: XmlElement[]
  parent?: XmlElement
}

/** The document could not be read as XML. */
export class XmlError extends Error {
  override name = 'XmlError'
}

const NAME_END = /[\s/>]/

/**
 * Read the element tree of an XML document.
 *
 * @param xml The document's text.
 * @returns The root element.
 */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let i = xml.indexOf('<')
  while (i !== -1 && i < xml.length) {
    if (xml.startsWith('<?', i)) {
      i = after(xml, '?>', i)
    } else if (xml.startsWith('<!--', i)) {
      i = after(xml, '-->', i)
    } else if (xml.startsWith('<![CDATA[', i)) {
      i = after(xml, ']]>', i)
    } else if (xml.startsWith('<!', i)) {
      // A DOCTYPE: Word never writes one, and an internal subset could define entities; refuse it.
      throw new XmlError('has a DOCTYPE')
    } else if (xml[i + 1] === '/') {
      const close = xml.indexOf('>', i)
      if (close === -1) throw new XmlError('ends inside a tag')
      const name = xml.slice(i + 2, close).trim()
      const open = stack.pop()
      if (!open || open.name !== name) throw new XmlError(`has </${name}> where it was not expected`)
      open.closeStart = i
      open.end = close + 1
      i = close + 1
    } else {
      const close = tagEnd(xml, i)
      const nameEnd = xml.slice(i + 1, close + 1).search(NAME_END)
      const name = xml.slice(i + 1, i + 1 + nameEnd)
      if (name === '') throw new XmlError('has a tag with no name')
      const selfClosing = xml[close - 1] === '/'
      const element: XmlElement = { name, start: i, openEnd: close + 1, closeStart: close + 1, end: close + 1, children: [] }
      const parent = stack.at(-1)
      if (parent) {
        element.parent = parent
        parent.children.push(element)
      } else if (root) {
        throw new XmlError('has more than one root element')
      } else {
        root = element
      }
      if (!selfClosing) stack.push(element)
      i = close + 1
    }
    i = xml.indexOf('<', i)
  }
  if (!root || stack.length > 0) throw new XmlError(root ? `ends before </${stack.at(-1)!.name}>` : 'has no root element')
  return root
}

function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from)
  if (at === -1) throw new XmlError(`ends before ${marker}`)
  return at + marker.length
}

/** The offset of a start tag's `>`, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = ''
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '>') {
      return i
    }
  }
  throw new XmlError('ends inside a tag')
}

/**
 * The attributes of an element's start tag.
 *
 * @param xml The source.
 * @param element The element.
 * @returns Attribute values by qualified name, entities decoded.
 */
export function attributes(xml: string, element: XmlElement): Map<string, string> {
  const found = new Map<string, string>()
  const tag = xml.slice(element.start, element.openEnd)
  for (const match of tag.matchAll(/([^\s=<>/]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    found.set(match[1]!, decodeText(match[3] ?? match[4] ?? ''))
  }
  return found
}

/** The local part of a qualified name: `t` for `w:t`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

/**
 * The prefix a document's root element binds to one of some namespaces.
 *
 * @param xml The source.
 * @param root The root element.
 * @param namespaces Namespace URIs, any of which will do (transitional and strict).
 * @returns The prefix ('' for the default namespace), or undefined when none is bound.
 */
export function prefixFor(xml: string, root: XmlElement, namespaces: readonly string[]): string | undefined {
  for (const [name, value] of attributes(xml, root)) {
    if (!namespaces.includes(value)) continue
    if (name === 'xmlns') return ''
    if (name.startsWith('xmlns:')) return name.slice(6)
  }
  return undefined
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Character data with its entity and character references resolved. */
export function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw
  return raw.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? entity
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity
  })
}

/** Text made safe for character data and attribute values; characters XML 1.0 forbids are dropped. */
export function escapeText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters, so they are removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  )
}

/**
 * Every element below one, in document order.
 *
 * @param element Where to start.
 * @param skip Elements whose subtrees are not entered.
 */
export function* descendants(element: XmlElement, skip?: (element: XmlElement) => boolean): Generator<XmlElement> {
  for (const child of element.children) {
    if (skip?.(child)) continue
    yield child
    yield* descendants(child, skip)
  }
}
