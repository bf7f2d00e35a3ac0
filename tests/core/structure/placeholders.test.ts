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

  it('finds a gap for a force, a distance or a rank, and a choice with spaces round its strokes', async () => {
    expect(await placeholders('The evidence from [police force] was reviewed. [He / She / They] must stay [distance] away from [Grade] Smith.')).toEqual([
      ['[police force]', 'error'],
      ['[He / She / They]', 'error'],
      ['[distance]', 'error'],
      ['[Grade]', 'error'],
    ])
    expect(await placeholders('He said he would [sic] come back.')).toEqual([])
  })

  it('finds mail-merge fields in guillemets', async () => {
    expect(await placeholders('Dear «Title» «Surname», your case number is «URN».')).toEqual([
      ['«Title»', 'error'],
      ['«Surname»', 'error'],
      ['«URN»', 'error'],
    ])
  })

  it('finds bracketed gaps that a signature, a choice or a stand-in X leaves', async () => {
    expect(await placeholders('Please reply [within X days].')).toEqual([['[within X days]', 'error']])
    expect(await placeholders('Yours sincerely,\n\n[Signature]')).toEqual([['[Signature]', 'error']])
    expect(await placeholders('Specialist Prosecutor [delete as appropriate]')).toEqual([['[delete as appropriate]', 'error']])
    expect(await placeholders('The reference is [xxxx].')).toEqual([['[xxxx]', 'error']])
    expect(await placeholders('The hearing is at [X Crown Court].')).toEqual([['[X Crown Court]', 'error']])
  })

  it('finds a choice the template left unmade, a date format and a long instruction to the writer', async () => {
    expect(await placeholders('Dear [Mr/Mrs/Ms], I am sorry.')).toEqual([['[Mr/Mrs/Ms]', 'error']])
    expect(await placeholders('The officer will call you when he/she has news.')).toEqual([['he/she', 'error']])
    expect(await placeholders('Call me on [team tel] or write by [DD/MM/YYYY].')).toEqual([
      ['[team tel]', 'error'],
      ['[DD/MM/YYYY]', 'error'],
    ])
    const long = '[Optional paragraph about a meeting for cases of this kind – remove if not applicable]'
    expect(await placeholders(`${long}\n\nYours sincerely`)).toEqual([[long, 'error']])
  })

  it("leaves a form's own box labels alone, unless they say what to fill in", async () => {
    const review = async (text: string) => (await findings(text, 'review')).filter((f) => f.ruleId === 'structure/placeholder').map((f) => f.actual)
    expect(await review("[Box 2 – Suspect's account]\n\nHe says she agreed.")).toEqual([])
    expect(await review('[Section 3: Offence details]\n\nRape, on 3 May.')).toEqual([])
    expect(await review("[ Box 2: Suspect's account ]\n\nHe says she agreed.")).toEqual([])
    // A review form's labels: an entry after the label, or prose under a heading.
    expect(await review("[Suspect] Dominic FERRIS (35), owner\n[Complainant] BK (22)\n\n[Suspect's conduct]\n\nHe locked the door.")).toEqual([])
    // A template's gaps in a review are still gaps: an entry not yet written, or a heading with nothing under it.
    expect(await review('[Complainant] [insert name]')).toEqual(['[insert name]'])
    expect(await review('[Suspect details]\n\n[Analysis]\n\nThe case is weak.')).toEqual(['[Suspect details]'])
    expect(await review('[Box 4 – insert the officer in the case]')).toEqual(['[Box 4 – insert the officer in the case]'])
    expect(await review("[Box X – Suspect's account]")).toEqual(["[Box X – Suspect's account]"])
  })

  it('leaves long bracketed asides, and slashes that are not a choice, alone', async () => {
    expect(await placeholders('He wrote "I know what I did [to her] and I am sorry for the hurt it has caused to everyone concerned".')).toEqual([])
    expect(await placeholders('The 2023/24 figures and the and/or wording stay.')).toEqual([])
  })

  it('leaves brackets that are asides, and Markdown links, alone', async () => {
    expect(await placeholders('- [x] Sent the leaflet with the letter.')).toEqual([])
    expect(await placeholders('He said he was [not] there, as the transcript shows.')).toEqual([])
    expect(await placeholders('The judge (and the jury) heard from you [as agreed].')).toEqual([])
    expect(await placeholders('Read [the guide to the review scheme](https://example.org/guide).')).toEqual([])
  })
})
