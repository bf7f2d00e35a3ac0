/**
 * The package parts that carry Word comments: the comments part itself (new,
 * or the document's own with heed's comments added at the end), its
 * relationship from the main document, and its content type.
 */
import type { DocumentText } from './document-text.js'
import { WORDML } from './document-text.js'
import { DocxError, partText } from './package.js'
import type { WordPackage } from './package.js'
import { attributes, escapeText, localName, parseXml, prefixFor } from './xml.js'
import type { XmlElement } from './xml.js'

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml'
const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main'
const COMMENTS_REL = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments',
}

/** One comment: who wrote it and its paragraphs of plain text. */
export interface CommentContent {
  id: number
  author: string
  initials: string
  /** An ISO 8601 time; left out when undefined. */
  date?: string
  paragraphs: string[]
}

/** The main document's relationships part: `word/_rels/document.xml.rels`. */
function relsPathOf(documentPath: string): string {
  const slash = documentPath.lastIndexOf('/')
  return `${documentPath.slice(0, slash + 1)}_rels/${documentPath.slice(slash + 1)}.rels`
}

/** A relationship's target as a part name. */
function resolveTarget(documentPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = documentPath.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.') parts.push(segment)
  }
  return parts.join('/')
}

/**
 * Where the document's comments live, if it has any.
 *
 * @param pkg The package.
 * @returns The comments part's name, or undefined.
 */
export function existingCommentsPart(pkg: WordPackage): string | undefined {
  const xml = partText(pkg, relsPathOf(pkg.documentPath))
  if (!xml) return undefined
  for (const element of parseXml(xml).children) {
    const attrs = attributes(xml, element)
    if (Object.values(COMMENTS_REL).includes(attrs.get('Type') ?? '') && attrs.get('TargetMode') !== 'External') {
      const path = resolveTarget(pkg.documentPath, attrs.get('Target') ?? '')
      if (pkg.parts.has(path)) return path
    }
  }
  return undefined
}

/**
 * The highest `w:id` used in some parts, so new comments and revisions take fresh ones.
 *
 * @param xmls The parts' text.
 */
export function highestId(...xmls: Array<string | undefined>): number {
  let highest = -1
  for (const xml of xmls) {
    for (const match of (xml ?? '').matchAll(/:id\s*=\s*["'](-?\d+)["']/g)) highest = Math.max(highest, Number(match[1]))
  }
  return highest
}

function commentXml(prefix: string, comment: CommentContent): string {
  const w = (name: string) => `${prefix}:${name}`
  const date = comment.date ? ` ${w('date')}="${escapeText(comment.date)}"` : ''
  const paragraphs = comment.paragraphs.map((text, i) => {
    // The first paragraph carries the mark that ties the comment to its place in the text, as Word writes it.
    const mark = i === 0 ? `<${w('r')}><${w('annotationRef')}/></${w('r')}>` : ''
    return `<${w('p')}>${mark}<${w('r')}><${w('t')} xml:space="preserve">${escapeText(text)}</${w('t')}></${w('r')}></${w('p')}>`
  })
  return `<${w('comment')} ${w('id')}="${comment.id}" ${w('author')}="${escapeText(comment.author)}"${date} ${w('initials')}="${escapeText(comment.initials)}">${paragraphs.join('')}</${w('comment')}>`
}

/** Add markup as the last children of a part's root element. */
function appendToRoot(xml: string, root: XmlElement, markup: string): string {
  if (root.closeStart === root.end) {
    // `<w:comments .../>`: open it up.
    const tag = xml.slice(root.start, root.end).replace(/\s*\/>$/, '>')
    return xml.slice(0, root.start) + tag + markup + `</${root.name}>` + xml.slice(root.end)
  }
  return xml.slice(0, root.closeStart) + markup + xml.slice(root.closeStart)
}

/** A new element in a part whose root may use a prefix for its (default) namespace. */
function sameNamespace(root: XmlElement, local: string): string {
  const colon = root.name.indexOf(':')
  return colon === -1 ? local : `${root.name.slice(0, colon)}:${local}`
}

/**
 * The parts to write so the document carries the comments.
 *
 * @param pkg The package.
 * @param doc The main document, for its namespace.
 * @param comments The comments to add.
 * @returns New text for the comments part, and for the relationships and content types when they change.
 */
export function commentParts(pkg: WordPackage, doc: DocumentText, comments: readonly CommentContent[]): Map<string, string> {
  const changed = new Map<string, string>()
  const existing = existingCommentsPart(pkg)
  if (existing) {
    const xml = partText(pkg, existing)!
    const root = parseXml(xml)
    const prefix = prefixFor(xml, root, WORDML)
    // Word and LibreOffice always write the `w:` prefix; a part without one is not theirs, and is left alone.
    if (!prefix) throw new DocxError('has a comments part written in a way heed cannot add to; open it in Word and save it again')
    changed.set(existing, appendToRoot(xml, root, comments.map((comment) => commentXml(prefix, comment)).join('')))
    return changed
  }

  let path = resolveTarget(pkg.documentPath, 'comments.xml')
  for (let n = 2; pkg.parts.has(path); n++) path = resolveTarget(pkg.documentPath, `comments${n}.xml`)
  const body = comments.map((comment) => commentXml(doc.prefix, comment)).join('')
  changed.set(
    path,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${doc.prefix}:comments xmlns:${doc.prefix}="${doc.namespace}">${body}</${doc.prefix}:comments>`,
  )

  // The relationship from the main document.
  const relsPath = relsPathOf(pkg.documentPath)
  const rels =
    partText(pkg, relsPath) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
  const relsRoot = parseXml(rels)
  const ids = new Set(relsRoot.children.map((element) => attributes(rels, element).get('Id')))
  let n = relsRoot.children.length + 1
  while (ids.has(`rId${n}`)) n++
  const type = doc.namespace === STRICT ? COMMENTS_REL.strict : COMMENTS_REL.transitional
  const target = path.slice(path.lastIndexOf('/') + 1)
  changed.set(relsPath, appendToRoot(rels, relsRoot, `<${sameNamespace(relsRoot, 'Relationship')} Id="rId${n}" Type="${type}" Target="${target}"/>`))

  // Its content type, and one for the relationships part if that is new and the package has none.
  const typesXml = partText(pkg, '[Content_Types].xml')!
  const typesRoot = parseXml(typesXml)
  const declared = typesRoot.children.map((element) => ({ name: localName(element.name), attrs: attributes(typesXml, element) }))
  let additions = `<${sameNamespace(typesRoot, 'Override')} PartName="/${path}" ContentType="${COMMENTS_TYPE}"/>`
  if (!pkg.parts.has(relsPath) && !declared.some((d) => d.name === 'Default' && d.attrs.get('Extension')?.toLowerCase() === 'rels')) {
    additions = `<${sameNamespace(typesRoot, 'Default')} Extension="rels" ContentType="${RELS_TYPE}"/>` + additions
  }
  changed.set('[Content_Types].xml', appendToRoot(typesXml, typesRoot, additions))
  return changed
}
