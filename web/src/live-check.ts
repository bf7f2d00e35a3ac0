/**
 * Checks the letter as the writer types: after a short pause, and only the
 * newest text, so that a slow check of old text never paints over a newer one.
 */

/** What the page asks of the checker. */
export interface LiveCheck {
  /** Check soon, once typing pauses. */
  schedule(text: string): void
  /** Check now (after a click), and resolve when the result has been shown. */
  now(text: string): Promise<void>
}

/**
 * Set up checking.
 *
 * @param check Runs the check.
 * @param show Shows a result; called only for the newest text.
 * @param fail Called when a check throws, so the writer is told rather than left with a stale list.
 * @param delay The pause in milliseconds (150: quick enough to feel live, slow enough not to check every key).
 * @returns The checker.
 */
export function liveCheck<R>(
  check: (text: string) => Promise<R>,
  show: (text: string, result: R) => void,
  fail: (error: unknown) => void,
  delay = 150,
): LiveCheck {
  let timer: ReturnType<typeof setTimeout> | undefined
  let latest = 0
  const run = async (text: string) => {
    const ticket = ++latest
    try {
      const result = await check(text)
      if (ticket === latest) show(text, result)
    } catch (error) {
      if (ticket === latest) fail(error)
    }
  }
  return {
    schedule(text) {
      clearTimeout(timer)
      // A check still running is of older text now: its result must not be shown over this.
      latest++
      timer = setTimeout(() => void run(text), delay)
    },
    now(text) {
      clearTimeout(timer)
      return run(text)
    },
  }
}
