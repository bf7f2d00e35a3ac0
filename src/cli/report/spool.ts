/**
 * Entries wait in a private temporary file, one JSON line each, until the
 * totals are known and the report is written: memory stays flat however many
 * files there are. The file is readable by its owner only and removed after.
 */
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { ReportEntry } from './entry.js'

export class Spool {
  private readonly folder = mkdtempSync(join(tmpdir(), 'heed-report-'))
  private readonly path = join(this.folder, 'entries.ndjson')
  private readonly fd = openSync(this.path, 'w', 0o600)
  private open = true
  /** Lines not yet written: written 64 KB at a time, not a system call a file. */
  private pending = ''

  /** @param lines Entries as JSON lines, each ending in a newline. */
  write(lines: string): void {
    this.pending += lines
    if (this.pending.length >= 65_536) this.flush()
  }

  private flush(): void {
    if (this.pending !== '') writeSync(this.fd, this.pending)
    this.pending = ''
  }

  /** @returns The entries, in the order added. */
  async *entries(): AsyncGenerator<ReportEntry> {
    if (this.open) {
      this.flush()
      closeSync(this.fd)
      this.open = false
    }
    const lines = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity })
    for await (const line of lines) if (line !== '') yield JSON.parse(line) as ReportEntry
  }

  /** Remove the file. */
  dispose(): void {
    if (this.open) closeSync(this.fd)
    this.open = false
    rmSync(this.folder, { recursive: true, force: true })
  }
}
