import { describe, expect, it } from 'vitest'
import { findings } from '../../helpers.js'

const acronyms = async (text: string, kind: 'letter' | 'review' = 'letter') =>
  (await findings(text, kind)).filter((f) => f.ruleId === 'jargon/unexplained-acronym').map((f) => f.actual)

describe('jargon/unexplained-acronym', () => {
  it('flags acronyms no list knows, at each use', async () => {
    expect(await acronyms('The JTAC will call you. The JTAC is open late. A PPIT was made.')).toEqual(['JTAC', 'JTAC', 'PPIT'])
  })

  it('accepts an acronym defined in brackets, or explained beside it', async () => {
    expect(await acronyms('The Joint Triage and Assessment Centre (JTAC) will call you. The JTAC is open late.')).toEqual([])
    expect(await acronyms('The judge made a PPIT (an order that limits what he can do).')).toEqual([])
  })

  it('leaves everyday acronyms, surnames in capitals and postcodes alone', async () => {
    expect(await acronyms('The CCTV and DNA evidence went to your GP and your ISVA.')).toEqual([])
    expect(await acronyms('Re: Lewis GRANT, Fairfax House, Reading RG1 1PB')).toEqual([])
    expect(await acronyms('He was the DJ that night, on board the MV Kittiwake; the GPS showed where. Police ref OP BRAMBLING.')).toEqual([])
  })

  it('is for letters only; reviews are read by lawyers', async () => {
    expect(await acronyms('The JTAC will call the complainant.', 'review')).toEqual([])
  })

  it('gives way to a specific jargon rule on the same words', async () => {
    const found = (await findings('The case was recorded as NFA.', 'letter')).filter((f) => f.ruleId.startsWith('jargon/'))
    expect(found.map((f) => f.ruleId)).toEqual(['jargon/nfa'])
  })
})

describe('lines in capitals', () => {
  it('reads an envelope banner, a heading and a name in capitals as words, not acronyms', async () => {
    const letter =
      'PRIVATE AND CONFIDENTIAL\nTO BE OPENED BY THE ADDRESSEE ONLY\n\nMS JANE DOE\n\nDear Ms Doe,\n\nYOUR CASE AGAINST MR LEE\n\nI am writing about the hearing.\n'
    expect((await findings(letter, 'letter')).filter((f) => f.ruleId === 'jargon/unexplained-acronym')).toEqual([])
  })

  it('still reads a short capitalised word in a sentence as an acronym', async () => {
    const letter = 'Dear Ms Doe,\n\nThe PPU will write to you. LGBT+ support groups and the NHS can help too.\n'
    expect((await findings(letter, 'letter')).filter((f) => f.ruleId === 'jargon/unexplained-acronym').map((f) => f.actual)).toEqual(['PPU'])
  })

  it('reads an acronym on a reference line whose other capitals are inside codes', async () => {
    const letter = 'Dear Ms Doe,\n\nPolice URN: 41KX0093318\n\nI am writing about the hearing.\n'
    expect((await findings(letter, 'letter')).filter((f) => f.ruleId === 'jargon/unexplained-acronym').map((f) => f.actual)).toEqual(['URN'])
  })
})

describe('names and references in capitals', () => {
  it('reads a surname after a slash in a reference, and initials before one, as part of the reference', async () => {
    const letter = 'Dear Ms Doe,\n\nOur ref: 52HT1190034 / MORLAND\nYour ref: JK/Ali\n\nI am writing about the hearing.\n'
    expect((await findings(letter, 'letter')).filter((f) => f.ruleId === 'jargon/unexplained-acronym')).toEqual([])
  })

  it('reads two long words in capitals, or the word after the v of a case title, as a name', async () => {
    const letter = 'Dear Ms Doe,\n\nHe was charged, and the case against GORDON PRITCHARD-BELL starts in May. R v MARCUS Hale is listed at Leeds.\n'
    expect((await findings(letter, 'letter')).filter((f) => f.ruleId === 'jargon/unexplained-acronym')).toEqual([])
  })

  it("reads a contact line's label in capitals as a label, but not a unit's initials before its number", async () => {
    const letter =
      'Dear Ms Doe,\n\nI am writing about the hearing.\n\nEMAIL north.vlu@example.org\nTEL 0161 496 0123\nWEB www.example.org\n\nThe JDU is open on weekdays.\n'
    expect((await findings(letter, 'letter')).filter((f) => f.ruleId === 'jargon/unexplained-acronym').map((f) => f.actual)).toEqual(['JDU'])
    const unit = 'Dear Ms Doe,\n\nPlease call the JDU on 0161 496 0123.\n'
    expect((await findings(unit, 'letter')).filter((f) => f.ruleId === 'jargon/unexplained-acronym').map((f) => f.actual)).toEqual(['JDU'])
  })

  it("reads a heading line's plain label and a reference's initials before its number as furniture", async () => {
    const letter = 'Dear Ms Doe,\n\nDATE     Monday 23 November 2026\nOur reference: CW 26 07731\n\nThe JDU is open on weekdays.\n'
    expect(await acronyms(letter)).toEqual(['JDU'])
    // Mid-sentence, the same initials are an acronym to explain.
    expect(await acronyms('Dear Ms Doe,\n\nThe CW team will call you.\n')).toEqual(['CW'])
  })

  it('knows BSL, the language Deaf readers use', async () => {
    expect(await acronyms('Dear Ms Doe,\n\nA BSL interpreter will be with you at court.\n')).toEqual([])
  })

  it('still reads a pair of short capitalised words as acronyms', async () => {
    const letter = 'Dear Ms Doe,\n\nThe PPU and the JDU will write to you.\n'
    expect((await findings(letter, 'letter')).filter((f) => f.ruleId === 'jargon/unexplained-acronym').map((f) => f.actual)).toEqual(['PPU', 'JDU'])
  })
})
