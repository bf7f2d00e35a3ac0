/**
 * Long documents are checked in bounded pieces: the parser's tree and the
 * token index grow with the text, and one 4 MB file of short words took
 * 1.6 GB in one go. Pieces end at a paragraph break where there is one, so
 * that sentence and paragraph checks see whole paragraphs.
 */

/** Documents up to this many characters (about 17,000 words, far more than any letter or review) are checked whole. */
export const WHOLE_CHARS = 100_000

/**
 * Characters per piece of a longer document (about 1,400 words). Small pieces are cheap: their
 * trees die young, so the garbage collector's quick pass frees them. A 10 MB file of one-letter
 * words took 9.0 s and 213 MB in pieces of 16,000 characters, and 5.3 s and 113 MB in pieces of
 * 8,000 (4,000 gained nothing more); with pieces of 100,000 a 4 MB file spent more than half its
 * time collecting.
 */
export const PIECE_CHARS = 8_000

/** A piece of a document: `start` to `end` offsets. */
export interface Piece {
  start: number
  end: number
}

const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g

/**
 * Where to end a piece that starts at `start`: after the last paragraph break in
 * its second half, else the last line break, else the last space, else at the
 * limit itself (never inside a surrogate pair).
 */
function cutPoint(text: string, start: number, limit: number): number {
  const hard = start + limit
  const earliest = start + Math.floor(limit / 2)
  const window = text.slice(earliest, hard)
  let cut = -1
  for (const match of window.matchAll(PARAGRAPH_BREAK)) cut = match.index + match[0].length
  if (cut === -1) {
    const line = window.lastIndexOf('\n')
    cut = line === -1 ? -1 : line + 1
  }
  if (cut === -1) {
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t'))
    cut = space === -1 ? -1 : space + 1
  }
  if (cut > 0) return earliest + cut
  const code = text.charCodeAt(hard - 1)
  return code >= 0xd800 && code <= 0xdbff ? hard - 1 : hard
}

/**
 * Split a long document into pieces of at most `limit` characters.
 *
 * @param text The document.
 * @param limit The most characters in one piece (default {@link PIECE_CHARS}).
 * @param whole The most characters in a document checked whole (default {@link WHOLE_CHARS}).
 * @returns One piece for a document within `whole`; else consecutive pieces covering the whole text.
 */
export function splitIntoPieces(text: string, limit: number = PIECE_CHARS, whole: number = Math.max(limit, WHOLE_CHARS)): Piece[] {
  if (text.length <= whole) return [{ start: 0, end: text.length }]
  const pieces: Piece[] = []
  let start = 0
  while (text.length - start > limit) {
    const end = cutPoint(text, start, limit)
    pieces.push({ start, end })
    start = end
  }
  pieces.push({ start, end: text.length })
  return pieces
}
