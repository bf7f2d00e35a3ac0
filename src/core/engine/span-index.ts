/**
 * Spans ordered by where they start, for asking which of them reach past a
 * point. A long document has thousands of findings, and asking each of them
 * about every other one took longer than checking the document.
 */

interface Span {
  start: number
  end: number
}

export class SpanIndex<T extends Span> {
  private readonly items: T[]
  private readonly starts: number[]
  /** The furthest end in each node of a binary tree over `items`; leaves from `width`. */
  private readonly furthest: number[]
  private readonly width: number

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start)
    this.starts = this.items.map((item) => item.start)
    let width = 1
    while (width < this.items.length) width *= 2
    this.width = width
    this.furthest = new Array<number>(2 * width).fill(-Infinity)
    this.items.forEach((item, i) => (this.furthest[width + i] = item.end))
    for (let node = width - 1; node >= 1; node--) this.furthest[node] = Math.max(this.furthest[2 * node]!, this.furthest[2 * node + 1]!)
  }

  /** How many spans start before `position` (or at it, when `orAt`). */
  countStarting(position: number, orAt: boolean): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      const start = this.starts[middle]!
      if (start < position || (orAt && start === position)) low = middle + 1
      else high = middle
    }
    return low
  }

  /**
   * Whether one of the first `count` spans (by start) ends at or after `minEnd`
   * and passes `test`. Only spans that reach `minEnd` are tried.
   */
  some(count: number, minEnd: number, test: (item: T) => boolean): boolean {
    return count > 0 && this.someIn(1, 0, this.width, count, minEnd, test)
  }

  private someIn(node: number, low: number, high: number, count: number, minEnd: number, test: (item: T) => boolean): boolean {
    if (low >= count || this.furthest[node]! < minEnd) return false
    if (high - low === 1) return test(this.items[low]!)
    const middle = (low + high) >> 1
    return this.someIn(2 * node, low, middle, count, minEnd, test) || this.someIn(2 * node + 1, middle, high, count, minEnd, test)
  }
}
