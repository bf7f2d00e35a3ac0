/**
 * A flat, indexed view of an nlcst tree: words, sentences and paragraphs with
 * source offsets, built once per lint so every rule kind and analysis reads the
 * same tokens instead of walking the tree again.
 */
import type { Root, Sentence, Paragraph, Word, Node as NlcstNode } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { normalizeWord } from './normalize.js'
import type { WordForm } from './normalize.js'

/** A word of the document (a contraction yields two tokens over the same span). */
export interface Token extends WordForm {
  start: number
  end: number
  sentence: number
  /** Punctuation between the previous word and this one breaks a phrase. */
  breakBefore: boolean
  /** The punctuation written just before this word (for gloss detection). */
  punctBefore: string
  /** Inside quotation marks. */
  quoted: boolean
}

export interface SentenceInfo {
  start: number
  end: number
  paragraph: number
  /** Index of the first token, and one past the last. */
  firstToken: number
  endToken: number
}

export interface DocumentIndex {
  text: string
  tokens: Token[]
  sentences: SentenceInfo[]
  paragraphCount: number
}

const BREAKING = /[.,;:!?()[\]{}"“”«»–—/\\|<>*•]/
const OPEN_QUOTES = new Set(['"', '“', '«'])
const CLOSE_QUOTES = new Set(['"', '”', '»'])

function offsets(node: NlcstNode): [number, number] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

/** Words that are addresses, not words of the letter: emails and web links are never flagged. */
function isAddress(text: string): boolean {
  // Every address has an `@`, a `:` or a `.`; most words have none.
  if (!text.includes('.') && !text.includes(':')) return text.includes('@')
  return text.includes('@') || /^(https?:|www\.)/i.test(text) || /\.(uk|com|org|gov|net)(\/|$)/i.test(text)
}

/**
 * Whether the word at `start`–`end` is one segment of a reference code such as
 * "NTP/26/013377" or "10NE0774824/VLU": letters joined by slashes to digits,
 * with no space. Such a code is filing, not words of the letter.
 */
function inReference(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) !== '/' && text.charAt(end) !== '/') return false
  const from = start - (/[^\s]*$/.exec(text.slice(Math.max(0, start - 40), start))?.[0].length ?? 0)
  const to = end + (/^[^\s]*/.exec(text.slice(end, end + 40))?.[0].length ?? 0)
  const chunk = text.slice(from, to).replace(/[.,;:)]+$/, '')
  // Two slashes or a long run of digits: "MG3/MG5" or "and/or" stay words.
  return (/\/.*\//.test(chunk) || /\d{4,}/.test(chunk)) && /\d/.test(chunk) && /^[A-Za-z0-9-]+(\/[A-Za-z0-9-]+)+$/.test(chunk)
}

/**
 * The first token that starts at or after an offset: tokens are in document order.
 *
 * @param doc The indexed document.
 * @param offset A position in the text.
 * @returns The token's index, or the number of tokens when none starts there or after.
 */
export function firstTokenFrom(doc: DocumentIndex, offset: number): number {
  let low = 0
  let high = doc.tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (doc.tokens[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The text of a word node: `nlcst-to-string`, with a shortcut for the usual
 * word of one text node.
 *
 * @param node A word node.
 * @returns Its text.
 */
export function wordText(node: Word): string {
  const children = node.children
  if (children.length === 1) {
    const only = children[0]!
    if ('value' in only) return only.value
  }
  return toString(node)
}

/**
 * Index an nlcst tree.
 *
 * @param tree The nlcst root (from retext-english, or from Markdown through remark-retext).
 * @param text The source text the tree's positions point into.
 * @returns Tokens, sentences and paragraphs in document order.
 */
export function indexDocument(tree: Root, text: string): DocumentIndex {
  const tokens: Token[] = []
  const sentences: SentenceInfo[] = []
  let paragraph = -1

  const visitParagraph = (node: Paragraph) => {
    paragraph++
    let quoted = false
    for (const child of node.children) {
      if (child.type === 'SentenceNode') quoted = visitSentence(child, quoted)
    }
  }

  const visitSentence = (node: Sentence, quotedIn: boolean): boolean => {
    const span = offsets(node)
    if (!span) return quotedIn
    const info: SentenceInfo = { start: span[0], end: span[1], paragraph, firstToken: tokens.length, endToken: tokens.length }
    let punct = ''
    let quoted = quotedIn
    let breakPending = true
    // Where the last word that ends in a digit ends: outside a quotation, a straight quote right after it is inches ("6'2\"").
    let digitEnd = -1
    for (const child of node.children) {
      if (child.type === 'WordNode') {
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) continue
        const raw = wordText(child)
        digitEnd = /\d$/.test(raw) ? end : -1
        if (isAddress(raw) || (/[A-Za-z]/.test(raw) && inReference(text, start, end))) {
          breakPending = true
          punct = ''
          continue
        }
        const forms = normalizeWord(raw)
        const numberWithStop = /^\d+\.$/.test(raw)
        for (let i = 0; i < forms.length; i++) {
          const form = forms[i]!
          // One literal shape for every token keeps property access monomorphic.
          tokens.push({
            cased: form.cased,
            norm: form.norm,
            stem: form.stem,
            start,
            end: numberWithStop ? end - 1 : end,
            sentence: sentences.length,
            breakBefore: i === 0 && (breakPending || (punct !== '' && BREAKING.test(punct))),
            punctBefore: i === 0 ? punct : '',
            quoted,
          })
        }
        punct = ''
        // A number that kept the full stop of its sentence: no phrase runs on past it.
        breakPending = numberWithStop
      } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
        const value = child.value
        punct += value
        // Inside a quotation the same mark closes it ("be there at 10").
        const inches = !quoted && value === '"' && digitEnd >= 0 && child.position?.start.offset === digitEnd
        digitEnd = -1
        // A straight quote opens when closed and closes when open; curly ones say which.
        if (inches) continue
        if (OPEN_QUOTES.has(value) && !quoted) quoted = true
        else if (CLOSE_QUOTES.has(value) && quoted) quoted = false
      } else if (child.type === 'SourceNode') {
        breakPending = true
      }
    }
    info.endToken = tokens.length
    sentences.push(info)
    return quoted
  }

  const visit = (node: Root | Paragraph | NlcstNode) => {
    if (node.type === 'ParagraphNode') visitParagraph(node as Paragraph)
    else if ('children' in node && Array.isArray((node as Root).children)) {
      for (const child of (node as Root).children) visit(child)
    }
  }
  visit(tree)
  return { text, tokens, sentences, paragraphCount: paragraph + 1 }
}
