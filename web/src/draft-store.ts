/**
 * Keeps the writer's work in the browser's own storage on their computer
 * (localStorage), so that closing the page loses nothing, and wipes it when
 * they ask. Nothing else is stored, and nothing is sent anywhere.
 */
import { LETTER_TYPES } from 'heed/lint'
import type { DocumentKind, LetterType } from 'heed/lint'
import type { FormEntries } from './field-values.js'
import type { Syntax } from './letter-blocks.js'

/** The storage key; the version lets a later page change the shape without misreading an old draft. */
export const STORAGE_KEY = 'heed.draft.v1'

/** Everything the page keeps between visits. */
export interface SavedWork {
  mode: 'draft' | 'check'
  draft: {
    letterType: LetterType
    entries: FormEntries
    /** The letter as the writer has it (see letter-blocks.ts). */
    text: string
    /** The letter as last drafted, to tell whether the writer has changed it since. */
    drafted: string
  }
  check: {
    text: string
    kind: DocumentKind | 'detect'
    letterType: LetterType | 'detect'
    syntax: Syntax
  }
}

/** The part of `Storage` this needs, so tests can pass a map. */
export interface KeyValueStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/**
 * A page with nothing in it.
 *
 * @returns Empty work.
 */
export function emptyWork(): SavedWork {
  return {
    mode: 'draft',
    draft: { letterType: 'no-charge', entries: {}, text: '', drafted: '' },
    check: { text: '', kind: 'detect', letterType: 'detect', syntax: 'text' },
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback)

/**
 * Read the kept work. Anything missing or of the wrong shape (an older page,
 * storage edited by hand) falls back to empty, field by field.
 *
 * @param store Where it is kept.
 * @returns The work, or empty work.
 */
export function loadWork(store: KeyValueStore): SavedWork {
  const empty = emptyWork()
  let raw: unknown
  try {
    raw = JSON.parse(store.getItem(STORAGE_KEY) ?? 'null')
  } catch {
    return empty
  }
  if (raw === null || typeof raw !== 'object') return empty
  const saved = raw as { mode?: unknown; draft?: Record<string, unknown>; check?: Record<string, unknown> }
  const draft = saved.draft ?? {}
  const check = saved.check ?? {}
  const entries: FormEntries = {}
  if (draft.entries && typeof draft.entries === 'object') {
    for (const [name, value] of Object.entries(draft.entries)) if (isString(value)) entries[name] = value
  }
  return {
    mode: oneOf(saved.mode, ['draft', 'check'], empty.mode),
    draft: {
      letterType: oneOf(draft.letterType, LETTER_TYPES, empty.draft.letterType),
      entries,
      text: isString(draft.text) ? draft.text : '',
      drafted: isString(draft.drafted) ? draft.drafted : '',
    },
    check: {
      text: isString(check.text) ? check.text : '',
      kind: oneOf(check.kind, ['detect', 'letter', 'review'], empty.check.kind),
      letterType: oneOf(check.letterType, ['detect', ...LETTER_TYPES], empty.check.letterType),
      syntax: oneOf(check.syntax, ['text', 'markdown'], empty.check.syntax),
    },
  }
}

/**
 * Keep the work.
 *
 * @param store Where to keep it.
 * @param work The work.
 * @returns False when the browser refused (storage full or switched off); the page says so.
 */
export function saveWork(store: KeyValueStore, work: SavedWork): boolean {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(work))
    return true
  } catch {
    return false
  }
}

/**
 * Wipe the kept work.
 *
 * @param store Where it is kept.
 */
export function clearWork(store: KeyValueStore): void {
  store.removeItem(STORAGE_KEY)
}
