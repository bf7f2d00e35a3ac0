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
 * A trie's data as a compact string, for the generated module: its numbers as
 * variable-length digits (most are small), its words and roles as space-separated lists. Edges
 * are written node by node (how many, then each key and child), and a child as
 * its step past its parent: nodes are numbered so that children come after
 * their parents, and a child is usually near.
 *
 * @param data The trie's data.
 * @returns The encoded form, under a third the size of plain JSON.
 */
export function encodeTrie(data: TrieData): string {
  let digits = ''
  const write = (value: number) => {
    if (!Number.isInteger(value) || value < 0) throw new Error(`heed: cannot encode ${value} in the trie (a child numbered before its parent?)`)
    let n = value
    while (n >= 32) {
      digits += DIGITS[(n & 31) | 32]
      n = Math.floor(n / 32)
    }
    digits += DIGITS[n]
  }
  const edgeCount = data.edges.length / 3
  const children: number[][] = []
  let parent = 0
  for (let e = 0; e < edgeCount; e++) {
    parent += data.edges[e * 3]!
    ;(children[parent] ??= []).push(data.edges[e * 3 + 1]!, data.edges[e * 3 + 2]! - parent - 1)
  }
  write(children.length)
  for (let node = 0; node < children.length; node++) {
    const list = children[node] ?? []
    write(list.length / 2)
    list.forEach(write)
  }
  // Zigzag for the tags, so the -1 of a shared cue stays one digit.
  write(data.tags.length)
  for (const value of data.tags) write(value < 0 ? -2 * value - 1 : 2 * value)
  // Words and roles are joined by spaces, which no token or role holds: in the generated
  // module each quote of a JSON array would cost two characters more.
  for (const value of [...data.vocabulary, ...data.roles]) {
    if (/\s/.test(value) || value === '') throw new Error(`heed: cannot encode ${JSON.stringify(value)} in the trie (empty, or holds a space)`)
  }
  return JSON.stringify({ words: data.vocabulary.join(' '), roles: data.roles.join(' '), digits })
}

/**
 * Read a trie's data back from `encodeTrie`.
 *
 * @param encoded The encoded form.
 * @returns The trie's data.
 */
export function decodeTrie(encoded: string): TrieData {
  const { words, roles: roleList, digits } = JSON.parse(encoded) as { words: string; roles: string; digits: string }
  const vocabulary = words === '' ? [] : words.split(' ')
  const roles = roleList === '' ? [] : roleList.split(' ')
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
    return n
  }
  const edges: number[] = []
  const nodes = read()
  let lastParent = 0
  for (let node = 0; node < nodes; node++) {
    for (let count = read(); count > 0; count--) {
      edges.push(node - lastParent, read(), node + read() + 1)
      lastParent = node
    }
  }
  const tags = new Array<number>(read())
  for (let i = 0; i < tags.length; i++) {
    const n = read()
    tags[i] = n % 2 === 1 ? -(n + 1) / 2 : n / 2
  }
  return { vocabulary, roles, edges, tags }
}
