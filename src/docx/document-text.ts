/**
 * The text heed checks in a Word document, read from its main part: one
 * paragraph (w:p) after another, with a map from every character back to the
 * run and element it came from, so findings can be placed on the exact words
 * however Word has split them into runs (mid-word, around proofing marks,
 * bookmarks, smart tags, fields and hyperlinks).
 */
import { decodeText, descendants, localName, parseXml, prefixFor } from './xml.js'
import type { XmlElement } from './xml.js'

/** WordprocessingML's namespace, as transitional and as ISO strict documents name it. */
export const WORDML = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']

/** One element of a run that gives text: a `w:t`, or a tab or break standing for one character. */
export interface RunPiece {
  element: XmlElement
  /** The text it gives (decoded); empty for elements that give none (field characters, drawings). */
  text: string
  /** Whether it is a `w:t`, whose text can be split. */
  splittable: boolean
  /** The run-level character index where it starts. */
  at: number
}

export interface RunText {
  element: XmlElement
  /** The run's own properties (`w:rPr`), if any. */
  properties?: XmlElement
  /** Every child but the properties, in order, with the text each gives. */
  pieces: RunPiece[]
  /** Characters in the run. */
  length: number
  /**
   * In a field's result: the offsets just before the field and just after it. Comment marks go
   * there rather than inside the result, which Word recomputes and LibreOffice reads the marks into.
   */
  field?: { before: number; after?: number }
}

/** Where one character of the checked text came from. */
export interface CharOrigin {
  run: RunText
  /** Its index among the run's characters. */
  index: number
}

export interface DocxParagraph {
  element: XmlElement
  /** 1-based, counting only paragraphs with text, as a reader would. */
  number: number
  /** Offsets of its text in the checked text. */
  start: number
  end: number
}

export interface DocumentText {
  xml: string
  root: XmlElement
  /** The WordprocessingML prefix the document uses, `w` as Word writes it. */
  prefix: string
  /** The namespace it binds, transitional or strict. */
  namespace: string
  /** Paragraphs separated by blank lines, list items as `- ` lines, a line break where Word has one. */
  text: string
  /** For each character of `text`, where it came from; undefined for the separators heed adds. */
  origins: Array<CharOrigin | undefined>
  paragraphs: DocxParagraph[]
}

/** Characters that single elements stand for. */
const SINGLE: Record<string, string> = { tab: '\t', ptab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-' }

/**
 * Read the checked text of a main document part.
 *
 * @param xml `word/document.xml`.
 * @returns The text, its map back to the runs, and the paragraphs.
 */
export function readDocumentText(xml: string): DocumentText {
  const root = parseXml(xml)
  const prefix = prefixFor(xml, root, WORDML)
  if (prefix === undefined || prefix === '') throw new TypeError('not a WordprocessingML document')
  const namespace = xml.slice(root.start, root.openEnd).match(new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']+)`))![1]!
  const is = (element: XmlElement, name: string) => element.name === `${prefix}:${name}`
  // Text boxes sit inside a run of another paragraph, and Word cannot hold comments there;
  // an mc:Fallback repeats what its mc:Choice holds; deleted text is not on the page.
  const skip = (element: XmlElement) =>
    is(element, 'txbxContent') ||
    element.name.endsWith(':Fallback') ||
    is(element, 'del') ||
    is(element, 'moveFrom') ||
    is(element, 'pPr') ||
    is(element, 'rPr')

  const body = root.children.find((child) => is(child, 'body'))
  const found: Array<{ element: XmlElement; list: boolean; runs: RunText[] }> = []
  for (const element of body ? descendants(body, skip) : []) {
    if (!is(element, 'p')) continue
    const runs: RunText[] = []
    for (const inner of descendants(element, skip)) if (is(inner, 'r')) runs.push(readRun(xml, inner, prefix))
    const properties = element.children.find((child) => is(child, 'pPr'))
    const list = properties?.children.some((child) => is(child, 'numPr')) ?? false
    found.push({ element, list, runs })
  }

  markFields(
    xml,
    prefix,
    found.flatMap((paragraph) => paragraph.runs),
  )

  let text = ''
  const origins: Array<CharOrigin | undefined> = []
  const paragraphs: DocxParagraph[] = []
  const nonEmpty = found.filter((p) => p.runs.some((run) => run.pieces.some((piece) => piece.text.trim() !== '')))
  nonEmpty.forEach((paragraph, i) => {
    if (paragraph.list) add('- ')
    const start = text.length
    for (const run of paragraph.runs) {
      let index = 0
      for (const piece of run.pieces) {
        for (const char of piece.text) {
          // A character outside the Basic Multilingual Plane is two UTF-16 units, both from the same place.
          for (let unit = 0; unit < char.length; unit++) origins.push({ run, index: index + unit })
          text += char
          index += char.length
        }
      }
    }
    paragraphs.push({ element: paragraph.element, number: i + 1, start, end: text.length })
    const next = nonEmpty[i + 1]
    add(next === undefined ? '\n' : paragraph.list && next.list ? '\n' : '\n\n')
  })
  return { xml, root, prefix, namespace, text, origins, paragraphs }

  function add(separator: string) {
    text += separator
    for (let i = 0; i < separator.length; i++) origins.push(undefined)
  }
}

/** Note on each run inside a field's result where the outermost field starts and ends. */
function markFields(xml: string, prefix: string, runs: readonly RunText[]): void {
  const open: Array<{ before: number; after?: number }> = []
  for (const run of runs) {
    const simple = enclosingSimpleField(run.element, prefix)
    if (simple) run.field = { before: simple.start, after: simple.end }
    for (const piece of run.pieces) {
      if (piece.element.name !== `${prefix}:fldChar`) continue
      const type = /fldCharType\s*=\s*["'](\w+)["']/.exec(xml.slice(piece.element.start, piece.element.openEnd))?.[1]
      if (type === 'begin') open.push({ before: run.element.start })
      else if (type === 'end') {
        const field = open.pop()
        if (field && open.length === 0) field.after = run.element.end
      }
    }
    if (open.length > 0 && run.length > 0) run.field = open[0]
  }
}

function enclosingSimpleField(element: XmlElement, prefix: string): XmlElement | undefined {
  let found: XmlElement | undefined
  for (let up = element.parent; up; up = up.parent) if (up.name === `${prefix}:fldSimple`) found = up
  return found
}

function readRun(xml: string, element: XmlElement, prefix: string): RunText {
  const run: RunText = { element, pieces: [], length: 0 }
  for (const child of element.children) {
    const name = localName(child.name)
    if (!child.name.startsWith(`${prefix}:`)) {
      run.pieces.push({ element: child, text: '', splittable: false, at: run.length })
      continue
    }
    if (name === 'rPr') {
      run.properties = child
      continue
    }
    const text = name === 't' ? decodeText(xml.slice(child.openEnd, child.closeStart)) : (SINGLE[name] ?? '')
    run.pieces.push({ element: child, text, splittable: name === 't', at: run.length })
    run.length += text.length
  }
  return run
}

/**
 * The paragraph an offset of the checked text falls in, or the last one before it.
 *
 * @param paragraphs The document's paragraphs.
 * @param offset An offset in the checked text.
 */
export function paragraphAt(paragraphs: readonly DocxParagraph[], offset: number): DocxParagraph | undefined {
  let found: DocxParagraph | undefined
  for (const paragraph of paragraphs) {
    if (paragraph.start > offset) break
    found = paragraph
  }
  return found
}
