/**
 * A .docx file as its parts: opened from bytes, checked to be a Word document,
 * and packed again with every part heed did not touch carried over as it was.
 * Pure (no Node APIs), so the web page can use it on a file the user drops in.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { attributes, descendants, localName, parseXml } from './xml.js'

/** A .docx that cannot be read; the message is one line that follows the file's name. */
export class DocxError extends Error {
  override name = 'DocxError'
}

/** The largest total size of the parts once unpacked: a letter is well under a megabyte of XML. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024

const RELATIONSHIPS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']
const OFFICE_DOCUMENT = RELATIONSHIPS.map((base) => `${base}/officeDocument`)

export interface WordPackage {
  /** Every part by name, in the order of the original file. */
  parts: Map<string, Uint8Array>
  /** Parts stored without compression in the original, kept that way. */
  stored: Set<string>
  /** The main document part, `word/document.xml` as Word names it. */
  documentPath: string
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte)

/** Whether UTF-16 text appears in bytes: the names inside an OLE file are stored so. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0)
  outer: for (let i = bytes.indexOf(first); i !== -1 && i + text.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 0; j < text.length; j++) {
      if (bytes[i + j * 2] !== text.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer
    }
    return true
  }
  return false
}

/**
 * Open a .docx.
 *
 * @param bytes The file.
 * @param maxUnpacked The most its parts may add up to once unpacked, in bytes.
 * @returns Its parts; throws {@link DocxError} with a one-line reason when it is not a Word document heed can read.
 */
export function openPackage(bytes: Uint8Array, maxUnpacked = MAX_UNPACKED_BYTES): WordPackage {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Word saves a password-protected .docx inside an OLE file, as it saved the old .doc format.
    if (hasUtf16(bytes, 'EncryptedPackage')) {
      throw new DocxError('is protected by a password; remove the password in Word (File, Info, Protect Document) and try again')
    }
    throw new DocxError('is an older Word document (.doc) or another Office file, not .docx; open it in Word and save it as a Word Document (.docx)')
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new DocxError('is not a Word document (.docx); open it in Word and save it as a Word Document (.docx)')

  const stored = new Set<string>()
  let total = 0
  let unpacked
  try {
    unpacked = unzipSync(bytes, {
      filter(file) {
        // Sizes are checked before anything is unpacked, so a small file that would unpack to gigabytes is refused early.
        total += file.originalSize
        if (total > maxUnpacked) throw new DocxError(`unpacks to over ${Math.round(maxUnpacked / 1048576)} MB, too big for a letter`)
        if (file.compression === 0) stored.add(file.name)
        return true
      },
    })
  } catch (error) {
    if (error instanceof DocxError) throw error
    throw new DocxError('is damaged: it is not a complete .docx file; open it in Word and save it again')
  }
  const parts = new Map(Object.entries(unpacked))
  const documentPath = findMainDocument(parts)
  return { parts, stored, documentPath }
}

/** The main document part, named by the package's relationships and content types. */
function findMainDocument(parts: Map<string, Uint8Array>): string {
  const notWord = 'is not a Word document (.docx): it has no main document part'
  const rels = parts.get('_rels/.rels')
  const types = parts.get('[Content_Types].xml')
  if (!rels || !types) throw new DocxError(notWord)
  let target: string | undefined
  try {
    const xml = strFromU8(rels)
    for (const element of descendants(parseXml(xml))) {
      if (localName(element.name) !== 'Relationship') continue
      const attrs = attributes(xml, element)
      if (OFFICE_DOCUMENT.includes(attrs.get('Type') ?? '') && attrs.get('TargetMode') !== 'External') target = attrs.get('Target')
    }
  } catch {
    throw new DocxError('is damaged: its list of parts cannot be read; open it in Word and save it again')
  }
  if (!target) throw new DocxError(notWord)
  const path = target.replace(/^\//, '')
  if (!parts.has(path)) throw new DocxError(notWord)
  const type = contentTypeOf(strFromU8(types), path)
  if (!type?.includes('wordprocessingml')) {
    throw new DocxError('is not a Word document: it looks like another Office file (a spreadsheet or presentation)')
  }
  return path
}

/**
 * The content type a package declares for a part.
 *
 * @param typesXml `[Content_Types].xml`.
 * @param path The part's name without a leading slash.
 */
export function contentTypeOf(typesXml: string, path: string): string | undefined {
  const root = parseXml(typesXml)
  let byExtension: string | undefined
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  for (const element of root.children) {
    const attrs = attributes(typesXml, element)
    const name = localName(element.name)
    if (name === 'Override' && attrs.get('PartName')?.toLowerCase() === `/${path}`.toLowerCase()) return attrs.get('ContentType')
    if (name === 'Default' && attrs.get('Extension')?.toLowerCase() === extension) byExtension = attrs.get('ContentType')
  }
  return byExtension
}

/** A part as text (the XML parts are UTF-8, as Word writes them). */
export function partText(pkg: WordPackage, path: string): string | undefined {
  const bytes = pkg.parts.get(path)
  return bytes ? strFromU8(bytes) : undefined
}

/**
 * Pack parts into a .docx: parts in their original order, new ones at the end.
 *
 * @param pkg The opened package.
 * @param changed New text for the parts heed changed or added.
 * @returns The file's bytes.
 */
export function packPackage(pkg: WordPackage, changed: ReadonlyMap<string, string>): Uint8Array<ArrayBuffer> {
  const files: Zippable = {}
  for (const [name, bytes] of pkg.parts) {
    const text = changed.get(name)
    files[name] = [text === undefined ? bytes : strToU8(text), { level: pkg.stored.has(name) ? 0 : 6 }]
  }
  for (const [name, text] of changed) if (!pkg.parts.has(name)) files[name] = [strToU8(text), { level: 6 }]
  return zipSync(files)
}
