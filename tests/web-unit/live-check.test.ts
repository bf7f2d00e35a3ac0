/**
 * Checking as the writer types: one check per pause, and only the newest
 * text's result is shown.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { liveCheck } from '../../web/src/live-check.js'

afterEach(() => {
  vi.useRealTimers()
})

describe('liveCheck', () => {
  it('checks once when typing pauses, with the latest text', async () => {
    vi.useFakeTimers()
    const checked: string[] = []
    const shown: string[] = []
    const checker = liveCheck(
      async (text) => (checked.push(text), text.length),
      (text) => shown.push(text),
      () => undefined,
      150,
    )
    checker.schedule('D')
    checker.schedule('De')
    await vi.advanceTimersByTimeAsync(100)
    checker.schedule('Dea')
    await vi.advanceTimersByTimeAsync(149)
    expect(checked).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(checked).toEqual(['Dea'])
    expect(shown).toEqual(['Dea'])
  })

  it('never shows an older result over a newer one', async () => {
    const resolvers: Array<(value: number) => void> = []
    const shown: string[] = []
    const checker = liveCheck(
      (_text) => new Promise<number>((resolve) => resolvers.push(resolve)),
      (text) => shown.push(text),
      () => undefined,
    )
    const first = checker.now('old')
    const second = checker.now('new')
    resolvers[1]!(2)
    resolvers[0]!(1)
    await Promise.all([first, second])
    expect(shown).toEqual(['new'])
  })

  it("does not show a running check's result once the writer has typed again", async () => {
    vi.useFakeTimers()
    const resolvers: Array<(value: number) => void> = []
    const shown: string[] = []
    const checker = liveCheck(
      (_text) => new Promise<number>((resolve) => resolvers.push(resolve)),
      (text) => shown.push(text),
      () => undefined,
      150,
    )
    const running = checker.now('before the keystroke')
    checker.schedule('after the keystroke')
    // The old check finishes while the new one waits for the pause.
    resolvers[0]!(1)
    await running
    expect(shown).toEqual([])
    await vi.advanceTimersByTimeAsync(150)
    resolvers[1]!(2)
    await vi.advanceTimersByTimeAsync(0)
    expect(shown).toEqual(['after the keystroke'])
  })

  it('drops a scheduled check when an immediate one is asked for', async () => {
    vi.useFakeTimers()
    const checked: string[] = []
    const checker = liveCheck(
      async (text) => checked.push(text),
      () => undefined,
      () => undefined,
    )
    checker.schedule('typed')
    await checker.now('clicked')
    await vi.advanceTimersByTimeAsync(500)
    expect(checked).toEqual(['clicked'])
  })

  it('reports a check that fails, and shows nothing for it', async () => {
    const shown: string[] = []
    const failed: unknown[] = []
    const checker = liveCheck(
      async (text) => {
        if (text === 'bad') throw new Error('broken')
        return text
      },
      (text) => shown.push(text),
      (error) => failed.push(error),
    )
    await checker.now('bad')
    expect(shown).toEqual([])
    expect((failed[0] as Error).message).toBe('broken')
  })
})
