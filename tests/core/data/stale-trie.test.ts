/**
 * A trie frozen from other packs than the ones beside it is refused with a
 * message that says how to rebuild it: it is never rebuilt as a check runs.
 */
import { describe, expect, it, vi } from 'vitest'

vi.mock('../../../src/core/data/generated/trie.js', () => ({ TRIE_BUILD_ID: 'another-build', TRIE_DATA: '{"vocabulary":[],"roles":[],"digits":"AA"}' }))

const { encodedTrie } = await import('../../../src/core/data/index.js')
const { lint } = await import('../../../src/index.js')

describe('a stale phrase trie', () => {
  it('is refused by the data accessor, naming the file and the command that rebuilds it', () => {
    expect(() => encodedTrie()).toThrow(/src\/core\/data\/generated\/trie\.ts.*run `npm run build:rules`/)
  })

  it('stops a check rather than running one with the wrong phrases', async () => {
    await expect(lint('The matter was adjourned.')).rejects.toThrow(/npm run build:rules/)
  })
})
