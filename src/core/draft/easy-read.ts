/**
 * The Easy Read style of a drafted letter: one idea per line, short sentences
 * and a heading before every part, as the Department of Health's Easy Read
 * guidance (2010) describes, with sentences of 15 words or fewer. The words stay
 * the template's own (already written for a reading age of about 9), so every
 * fact and every required part survives; only the layout changes. Pictures,
 * which Easy Read also uses, are for the person preparing the printed copy.
 */
import type { DraftBlock, DraftSpan } from './blocks.js'
import { toSpans } from './blocks.js'
import { CLOSE, OPEN } from './context.js'

/** Sentences longer than this, in words, are split where a clause starts. */
const MAX_WORDS = 15
/** Where a long sentence can become two: the clause that follows starts a sentence of its own. */
const CLAUSE_BREAKS = /,\s+(but|so|which means|because|and(?= (?:I|we|you|it|this|they|the judge|the court)\b))\s+/
/** A sentence ends at . ! or ? followed by a space and a capital, a digit or a quotation mark. */
const SENTENCE_END = /(?<=[.!?][\u201D"’)]?[\uE000\uE001]*)\s+(?=[\uE000\uE001]*[A-Z0-9\u201C"‘])/

/** A line as marked text: values between OPEN and CLOSE, as context.ts writes them. */
const marked = (line: readonly DraftSpan[]) => line.map((span) => (span.value ? OPEN + span.text + CLOSE : span.text)).join('')

/** Close a value mark left open at the end of a piece, and reopen it at the start of the next. */
function balance(pieces: string[]): string[] {
  let open = false
  return pieces.map((piece) => {
    const start = open ? OPEN : ''
    for (const char of piece) {
      if (char === OPEN) open = true
      else if (char === CLOSE) open = false
    }
    return start + piece + (open ? CLOSE : '')
  })
}

const words = (text: string) =>
  text
    .replace(/[\uE000\uE001]/g, '')
    .split(/\s+/)
    .filter(Boolean).length

/** Split one long sentence at clause breaks, so each part says one thing. */
function splitClauses(sentence: string): string[] {
  if (words(sentence) <= MAX_WORDS) return [sentence]
  const match = CLAUSE_BREAKS.exec(sentence)
  if (!match || words(sentence.slice(0, match.index)) < 4) return [sentence]
  const head = sentence.slice(0, match.index).replace(/[\s\uE000\uE001]*$/, (tail) => tail.replace(/\s/g, '')) + '.'
  const word = match[1]!
  // "and I am sorry" becomes "I am sorry"; "but", "so" and "because" keep their meaning at the start.
  const after = sentence.slice(match.index + match[0].length)
  const lead =
    word === 'which means' ? 'This means ' : word === 'because' ? 'This is because ' : word === 'and' ? '' : `${word.charAt(0).toUpperCase()}${word.slice(1)} `
  const rest = lead === '' ? after.replace(/^([\uE000\uE001]*)(\w)/, (_, marks: string, first: string) => marks + first.toUpperCase()) : lead + after
  return [head, ...splitClauses(rest)]
}

/**
 * Lay a letter out in the Easy Read style.
 *
 * @param blocks The drafted letter.
 * @returns New blocks: each sentence of a paragraph on its own line, long sentences split at a clause, and a heading before the opening.
 */
export function toEasyRead(blocks: readonly DraftBlock[]): DraftBlock[] {
  const out: DraftBlock[] = []
  const salutation = blocks.findIndex((block) => block.kind === 'paragraph' && /^Dear\b/.test(marked(block.lines[0]!).replace(/[\uE000\uE001]/g, '')))
  let opened = false
  leadWithDecision(blocks, salutation).forEach((block, index) => {
    if (block.kind !== 'paragraph') {
      out.push(block)
      return
    }
    // Every part of an Easy Read letter has a heading: the opening gets one, whether it follows "Dear" or the decision moved before it.
    if (!opened && index > salutation && salutation >= 0 && !(block.decision && out.at(-1)?.kind === 'heading')) {
      opened = true
      if (out.at(-1)?.kind !== 'heading') out.push({ kind: 'heading', lines: [[{ text: 'About this letter' }]] })
    }
    const sentences = balance(marked(block.lines[0]!).split(SENTENCE_END)).flatMap((sentence) => balance(splitClauses(sentence)))
    // One sentence a line, in the same block: the paragraph still holds one part of the letter.
    const lines = sentences.map((sentence) => toSpans(sentence.trim())).filter((spans) => spans.length > 0)
    out.push({ kind: lines.length === 1 ? 'paragraph' : 'lines', lines, ...(block.decision ? { decision: true as const } : {}) })
  })
  return out
}

/**
 * Easy Read puts the main news first: the decision, with its heading, moves to
 * just after "Dear …" when the opening comes before it.
 */
function leadWithDecision(blocks: readonly DraftBlock[], salutation: number): readonly DraftBlock[] {
  const at = blocks.findIndex((block) => block.decision)
  if (salutation < 0 || at <= salutation + 1) return blocks
  const from = blocks[at - 1]?.kind === 'heading' ? at - 1 : at
  const moved = blocks.slice(from, at + 1)
  return [...blocks.slice(0, salutation + 1), ...moved, ...blocks.slice(salutation + 1, from), ...blocks.slice(at + 1)]
}
