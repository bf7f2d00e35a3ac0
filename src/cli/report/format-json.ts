/**
 * `heed report --format json`: `{ documents, files, unreadable, totals }`, as
 * DESIGN.md's CLI contract fixes it, written a file at a time.
 */
import type { DocumentEntry, ReportEntry, UnreadableEntry } from './entry.js'
import type { Totals } from './totals.js'

/**
 * @param totals The totals.
 * @param entries Reads the entries again, in order (called twice).
 * @returns The JSON text, in pieces.
 */
export async function* renderJson(totals: Totals, entries: () => AsyncIterable<ReportEntry>): AsyncGenerator<string> {
  yield `{\n  "documents": ${totals.documents},\n  "files": [`
  let first = true
  for await (const entry of entries()) {
    if ('error' in entry) continue
    yield `${first ? '' : ','}\n    ${JSON.stringify(entry satisfies DocumentEntry)}`
    first = false
  }
  yield `${first ? '' : '\n  '}],\n  "unreadable": [`
  first = true
  for await (const entry of entries()) {
    if (!('error' in entry)) continue
    yield `${first ? '' : ','}\n    ${JSON.stringify(entry satisfies UnreadableEntry)}`
    first = false
  }
  yield `${first ? '' : '\n  '}],\n  "totals": ${JSON.stringify(totals, null, 2).replace(/\n/g, '\n  ')}\n}\n`
}
