import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

const placeholders = async (text: string) =>
  (await findings(text, 'letter')).filter((f) => f.ruleId === 'structure/placeholder').map((f) => [f.actual, f.severity])

describe('structure/placeholder', () => {
  it('finds unfilled template fields of every common shape', async () => {
    expect(await placeholders('Dear {{victim_title}} Doe, the hearing is on [insert date] at <<court name>>.')).toEqual([
      ['{{victim_title}}', 'error'],
      ['[insert date]', 'error'],
      ['<<court name>>', 'error'],
    ])
    expect(await placeholders('The trial starts on XX/XX/XXXX.')).toEqual([['XX/XX/XXXX', 'error']])
    expect(await placeholders('Your reference is [REFERENCE].')).toEqual([['[REFERENCE]', 'error']])
  })

  it('leaves brackets that are asides, and Markdown links, alone', async () => {
    expect(await placeholders('The judge (and the jury) heard from you [as agreed].')).toEqual([])
    expect(await placeholders('Read [the guide to the review scheme](https://example.org/guide).')).toEqual([])
  })
})
