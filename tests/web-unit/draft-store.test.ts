/**
 * The work kept in the browser: read back as it was saved, wiped on request,
 * and never trusted when its shape is wrong.
 */
import { describe, expect, it } from 'vitest'
import { STORAGE_KEY, clearWork, emptyWork, loadWork, saveWork } from '../../web/src/draft-store.js'
import type { KeyValueStore, SavedWork } from '../../web/src/draft-store.js'

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value), removeItem: (key) => void map.delete(key) }
}

const work: SavedWork = {
  mode: 'check',
  draft: { letterType: 'charge', entries: { victim_name: 'Sam Example', charges: 'rape\nsexual assault' }, text: 'Dear Sam,\n', drafted: 'Dear Sam,\n' },
  check: { text: 'A pasted review', kind: 'review', letterType: 'detect', syntax: 'markdown' },
}

describe('the kept draft', () => {
  it('comes back as it was saved', () => {
    const store = memoryStore()
    expect(saveWork(store, work)).toBe(true)
    expect(loadWork(store)).toEqual(work)
  })

  it('is gone after clearing, and the page starts empty', () => {
    const store = memoryStore()
    saveWork(store, work)
    clearWork(store)
    expect(store.map.size).toBe(0)
    expect(loadWork(store)).toEqual(emptyWork())
  })

  it('falls back to empty, field by field, when what is stored is broken', () => {
    const store = memoryStore()
    store.setItem(STORAGE_KEY, '{not json')
    expect(loadWork(store)).toEqual(emptyWork())
    store.setItem(
      STORAGE_KEY,
      JSON.stringify({
        mode: 'other',
        draft: { letterType: 'parking-ticket', entries: { a: 'kept', b: 3 }, text: 7 },
        check: { kind: 'letter', syntax: 'rtf' },
      }),
    )
    const loaded = loadWork(store)
    expect(loaded.mode).toBe('draft')
    expect(loaded.draft).toEqual({ letterType: 'no-charge', entries: { a: 'kept' }, text: '', drafted: '' })
    expect(loaded.check).toEqual({ text: '', kind: 'letter', letterType: 'detect', syntax: 'text' })
  })

  it('says so when the browser refuses to keep it', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    expect(saveWork(full, work)).toBe(false)
  })
})
