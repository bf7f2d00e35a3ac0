/**
 * A frozen phrase trie as plain data, and that data as a compact string for the
 * generated module: written when the packs are built, read on first use.
 */

/**
 * A frozen trie as plain data, for the generated module. Before freezing, the
 * trie is minimised: nodes with the same tags and the same continuations become
 * one, so a pattern's choices (`(a|b|c) (d|e) f`) share their endings instead
 * of repeating them; it finds exactly what the trie finds, in the same order.
 * Node 0 is the root.
 */
export interface TrieData {
  /** The words the trie knows, as pattern keys (`stem`, `=exact`, `^Cased`, `*`). */
  vocabulary: string[]
  /** Three numbers per edge, by parent: the parent (as a step from the last edge's parent), the key, the child. */
  edges: number[]
  /** Four numbers per tag, in order of node: the node (as a step from the last tag's node), owner, rule, role (an index into `roles`). */
  tags: number[]
  roles: string[]
}

/** 64 characters that need no escaping in a JavaScript string: each carries five bits and a flag for "more follows". */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const DIGIT_VALUE = new Int8Array(128).fill(-1)
for (let value = 0; value < DIGITS.length; value++) DIGIT_VALUE[DIGITS.charCodeAt(value)] = value

/**
 * A trie's data as a compact string, for the generated module: its number
 * arrays as variable-length digits (most are small), its words and roles as JSON.
 *
 * @param data The trie's data.
 * @returns The encoded form, about a third the size of plain JSON.
 */
export function encodeTrie(data: TrieData): string {
  let digits = ''
  const write = (value: number) => {
    // Zigzag, so the -1 of a shared cue stays one digit.
    let n = value < 0 ? -2 * value - 1 : 2 * value
    while (n >= 32) {
      digits += DIGITS[(n & 31) | 32]
      n = Math.floor(n / 32)
    }
    digits += DIGITS[n]
  }
  for (const list of [data.edges, data.tags]) {
    write(list.length)
    list.forEach(write)
  }
  return JSON.stringify({ vocabulary: data.vocabulary, roles: data.roles, digits })
}

/**
 * Read a trie's data back from `encodeTrie`.
 *
 * @param encoded The encoded form.
 * @returns The trie's data.
 */
export function decodeTrie(encoded: string): TrieData {
  const { vocabulary, roles, digits } = JSON.parse(encoded) as { vocabulary: string[]; roles: string[]; digits: string }
  let at = 0
  const read = (): number => {
    let n = 0
    let scale = 1
    for (;;) {
      const value = DIGIT_VALUE[digits.charCodeAt(at++)] ?? -1
      if (value < 0) throw new Error('heed: the frozen phrase trie is damaged; run `npm run build:rules`')
      n += (value & 31) * scale
      if (value < 32) break
      scale *= 32
    }
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2
  }
  const list = (): number[] => {
    const length = read()
    const values = new Array<number>(length)
    for (let i = 0; i < length; i++) values[i] = read()
    return values
  }
  const edges = list()
  const tags = list()
  return { vocabulary, roles, edges, tags }
}
