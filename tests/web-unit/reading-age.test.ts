/**
 * The reading-age gauge against the aims for letters and reviews.
 */
import { describe, expect, it } from 'vitest'
import { describeReadingAge } from '../../web/src/reading-age.js'

describe('describeReadingAge', () => {
  it('puts a letter at 11 or under on target', () => {
    expect(describeReadingAge(9.4, 'letter')).toMatchObject({ value: 9.5, aim: 11, verdict: 'on-target' })
    expect(describeReadingAge(11, 'letter').verdict).toBe('on-target')
  })

  it('calls a harder letter too hard and says what to do', () => {
    const view = describeReadingAge(13.2, 'letter')
    expect(view).toMatchObject({ value: 13, verdict: 'above' })
    expect(view.text).toMatch(/too hard.*Shorten/)
  })

  it('holds reviews to a looser aim', () => {
    expect(describeReadingAge(13.2, 'review')).toMatchObject({ aim: 16, verdict: 'on-target' })
  })

  it('says when there is too little text', () => {
    const view = describeReadingAge(undefined, 'letter')
    expect(view.verdict).toBe('unknown')
    expect(view.value).toBeUndefined()
    expect(describeReadingAge(Number.NaN, 'letter').verdict).toBe('unknown')
  })
})
