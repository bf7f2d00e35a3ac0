/**
 * A progress bar on standard error, drawn only when it is a terminal, at
 * most ten times a second. It names no file: the names may be private.
 */
const WIDTH = 28

export class ProgressBar {
  private last = 0
  private readonly started = Date.now()

  /**
   * @param write Writes to standard error.
   * @param total Files expected, when counted first.
   */
  constructor(
    private readonly write: (text: string) => void,
    private readonly total?: number,
  ) {}

  /** @param done Files finished so far. @param force Draw even if drawn a moment ago. */
  update(done: number, force = false): void {
    const now = Date.now()
    if (!force && now - this.last < 100) return
    this.last = now
    const seconds = Math.round((now - this.started) / 1000)
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
    if (this.total) {
      const filled = Math.min(WIDTH, Math.round((done / this.total) * WIDTH))
      this.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done.toLocaleString('en-GB')}/${this.total.toLocaleString('en-GB')} files ${clock} `)
    } else {
      this.write(`\r${done.toLocaleString('en-GB')} files ${clock} `)
    }
  }

  /** Clear the line. */
  end(): void {
    this.write('\r\x1b[2K')
  }
}
