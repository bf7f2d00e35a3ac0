/**
 * The progress bar: a share of files when the total is known, a count when
 * it is not, at most ten drawings a second, and a cleared line at the end.
 */
import { describe, expect, it } from 'vitest'
import { ProgressBar } from '../../../src/cli/report/progress.js'

describe('ProgressBar', () => {
  it('draws the share done, throttled, then clears its line', () => {
    const out: string[] = []
    const bar = new ProgressBar((text) => out.push(text), 10_000)
    bar.update(2_500)
    bar.update(2_501)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(/^\r\[#{7}-{21}\] 2,500\/10,000 files 0:00 $/)
    bar.update(10_000, true)
    expect(out[1]).toMatch(/^\r\[#{28}\] 10,000\/10,000 files/)
    bar.end()
    expect(out[2]).toBe('\r\x1b[2K')
  })

  it('counts files when the total is not known', () => {
    const out: string[] = []
    new ProgressBar((text) => out.push(text)).update(42, true)
    expect(out).toEqual(['\r42 files 0:00 '])
  })
})
