/**
 * Whose words a sentence carries: someone else's words start at the cue that
 * reports them, so what the author says before the cue stays the author's.
 */
import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

const myths = async (text: string, kind: 'letter' | 'review') =>
  (await findings(text, kind, kind === 'letter' ? 'no-charge' : undefined)).filter((f) => f.ruleId.startsWith('misconception/')).map((f) => f.actual)

describe('reported speech', () => {
  it('keeps the author’s words before the cue that reports his', async () => {
    expect(await myths('Dear Ms Doe,\n\nMr Leahy, a man of previous good character, denied the allegation when interviewed.\n', 'letter')).toEqual([
      'a man of previous good character',
    ])
  })

  it('leaves his account alone after a man named by title gives it', async () => {
    expect(await myths('Dear Ms Doe,\n\nMr Leahy in interview said that you were a willing participant.\n', 'letter')).toEqual([])
  })

  it('keeps what he accepts in the author’s telling', async () => {
    expect(await myths('Dear Ms Doe,\n\nMr Leahy accepts that sexual intercourse took place.\n', 'letter')).not.toEqual([])
  })

  it('reads an attribution that closes the sentence as covering all of it', async () => {
    expect(await myths('AB says DRAKE raped her.\n\nShe was a willing participant, he says.\n', 'review')).toEqual([])
  })

  it('reads a suspect in capitals "in interview" as giving his account', async () => {
    expect(await myths('- LOVELL in interview: accepts sex took place, says it was her idea.\n', 'review')).toEqual([])
  })

  it('reads a sentence that drops its subject after the interview as the account given there', async () => {
    const note = (before: string) => `CHARGING REVIEW\n\nR v Dean ASKEW\n\n${before} Says she was a willing participant and invited him in.\n`
    expect(await myths(note('Suspect interviewed on 3 October.'), 'review')).toEqual([])
    expect(await myths(note('The taxi dropped them at the flat.'), 'review')).not.toEqual([])
  })

  it('reads "he told no one" as what he did, not an account he gave', async () => {
    // A review of an offence against a man: the one who told no one is the complainant, and the review weighs it.
    const review =
      '| Complainant | Ryan ELLERY (27) |\n| Suspect | Kevin DOYLE (45) |\n\nDOYLE locked the booth door. ELLERY says he froze.\n\n' +
      'He worked his next six night shifts. He told no one for seven weeks.\n\nThat is difficult to reconcile with what he describes. DOYLE says it was consensual.\n'
    expect(await myths(review, 'review')).toContain('told no one')
  })
})
