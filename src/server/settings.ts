/**
 * Editor settings under `heed.*`, merged with the project's `.heedrc` (the
 * editor's rule switches win, so a user can quiet a rule for themselves).
 */
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DocumentKind, HeedConfig, LetterType, LintOptions, RuleSetting } from '../core/model/types.js'
import { DOCUMENT_KINDS, LETTER_TYPES } from '../core/model/types.js'
import { findConfigFile, loadConfigFile } from '../node/config-file.js'

export interface ServerSettings {
  /** `auto` detects the kind from the text. */
  kind: 'auto' | DocumentKind
  /** `auto` detects the letter type from the text. */
  letterType: 'auto' | LetterType
  /** Reading age above which a letter's sentence is reported. */
  readingAge?: number
  rules: Record<string, RuleSetting>
}

export const DEFAULT_SETTINGS: ServerSettings = { kind: 'auto', letterType: 'auto', rules: {} }

/**
 * Make sense of whatever the client sent as `heed` settings.
 *
 * @param raw The settings object.
 * @returns Settings with unknown values dropped.
 */
export function readSettings(raw: unknown): ServerSettings {
  const value = (raw ?? {}) as Partial<Record<keyof ServerSettings, unknown>>
  return {
    kind: (DOCUMENT_KINDS as readonly unknown[]).includes(value.kind) ? (value.kind as DocumentKind) : 'auto',
    letterType: (LETTER_TYPES as readonly unknown[]).includes(value.letterType) ? (value.letterType as LetterType) : 'auto',
    readingAge: typeof value.readingAge === 'number' ? value.readingAge : undefined,
    rules: typeof value.rules === 'object' && value.rules !== null ? (value.rules as Record<string, RuleSetting>) : {},
  }
}

/** The folder of a `file:` document, or undefined for unsaved documents. */
export function folderOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? dirname(fileURLToPath(uri)) : undefined
}

/**
 * Lint options for a document.
 *
 * @param uri The document's URI.
 * @param languageId The document's language.
 * @param settings The editor settings.
 * @returns Options for `lint`; throws a ConfigFileError when the project's config is broken.
 */
export async function lintOptionsFor(uri: string, languageId: string, settings: ServerSettings): Promise<LintOptions> {
  const folder = folderOf(uri)
  const found = folder ? findConfigFile(folder) : undefined
  const project: HeedConfig = found ? await loadConfigFile(found) : {}
  const config: HeedConfig = {
    ...project,
    rules: { ...project.rules, ...settings.rules },
    readingAge: settings.readingAge ?? project.readingAge,
  }
  return {
    kind: settings.kind === 'auto' ? undefined : settings.kind,
    letterType: settings.letterType === 'auto' ? undefined : settings.letterType,
    format: languageId === 'markdown' ? 'markdown' : 'text',
    config,
  }
}
