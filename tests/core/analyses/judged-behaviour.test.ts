import { describe, expect, it } from 'vitest'
import { checkJudgedBehaviour } from '../../../src/core/analyses/judged-behaviour.js'
import { readPeople } from '../../../src/core/analyses/people.js'
import { findings } from '../../helpers.js'
import { indexText } from '../../helpers-doc.js'

// The analysis on its own: in a full lint a more specific pack rule on the same words takes precedence.
const judged = async (text: string, kind: 'letter' | 'review' = 'review') => {
  const doc = indexText(text)
  return checkJudgedBehaviour(doc, kind, false, kind === 'review' ? readPeople(doc) : undefined).map((f) => f.actual)
}

describe('misconception/judged-behaviour', () => {
  it('flags a victim behaviour set beside a judgement of it', async () => {
    expect(await judged('She carried on working with him for a year, which is difficult to reconcile with her account.')).toEqual([
      'carried on working with him for a year, which is difficult to reconcile',
    ])
    expect(await judged('You stayed in contact with him afterwards, which undermines your account.', 'letter')).toEqual([
      'stayed in contact with him afterwards, which undermines',
    ])
  })

  it('reads a judgement in the next sentence when it looks back', async () => {
    // The weighing sentence is reported too: it is the judgement of what she did.
    expect(await judged('She sent him friendly messages the next day. This sits uneasily with her account.')).toEqual([
      'friendly messages',
      'sits uneasily with',
    ])
  })

  it('reads the safer course she did not take, and reporting once someone else found out, as behaviours', async () => {
    expect(await judged('She chose a lift from him rather than calling a taxi, which a jury will find odd.')).toEqual([
      'rather than calling a taxi, which a jury will find',
    ])
    expect(await judged('She told the police only after her mother had found the messages, which gives the defence a motive.')).toEqual([
      'only after her mother had found the messages, which gives the defence a motive',
    ])
    // Not weighed, they are neutral facts.
    expect(await judged('She reported only after her mother had found the messages.')).toEqual([])
  })

  it('leaves a neutral fact alone', async () => {
    expect(await judged('She stayed at the house until the morning and then went home.')).toEqual([])
  })

  it('reads her clothes, not her dressing after the offence', async () => {
    expect(await judged('She pushed him off, dressed and called her sister. It is notable that she did not scream.')).not.toContain('dressed')
    expect(await judged('She was dressed for a night out, which will not help her.')).toContain('dressed for')
  })

  it("leaves the suspect's reported words and a plan to counter the myth alone", async () => {
    expect(await judged('He says she stayed in contact, which he claims undermines her account.')).toEqual([])
    expect(await judged('The defence may say that her delay in reporting undermines her; delay is common and we will ask for a jury direction.')).toEqual([])
  })

  it('needs the sentence to be about the victim', async () => {
    expect(await judged('The suspect carried on working at the bar, which is difficult to reconcile with his account.')).toEqual([])
  })
})

describe('behaviours listed under a heading that frames them as points against her', () => {
  const review = (heading: string) =>
    `AB reported the rape to the police.\n\n${heading}\n\n- Nine-day delay in reporting.\n- No injuries.\n- Went to work as usual the next day.\n\nPlan\n\nWe will ask for the judge's direction on delay.\n`
  const found = async (text: string) => (await findings(text, 'review')).filter((f) => f.ruleId.startsWith('misconception/')).map((f) => f.actual)

  it.each(['Weaknesses', '**Weaknesses of the case**', 'Difficulties:', '3. Evidential difficulties'])(
    'reads the items under “%s” as judged',
    async (heading) => {
      expect((await found(review(heading))).length).toBe(3)
    },
  )

  it('leaves the same items alone under a neutral heading', async () => {
    expect(await found(review('Chronology'))).toEqual([])
  })

  it('leaves an item about the suspect alone', async () => {
    expect(await found('Weaknesses\n\n- He has no previous convictions and no injuries were found on him.\n')).toEqual([])
  })
})

describe('who acts, and whose point it is', () => {
  it.each([
    'The judge took into account that he had been drinking heavily.',
    'It is significant that he stayed at the flat until the morning.',
    'The suspect went back to work the next day, which is hard to square with his account.',
    'MORRIS deleted the messages, and it is telling that he sent her photographs of himself.',
    'She stayed at the flat, and at 07:12 he texted her to say sorry; it is not the message of a man who thought she had agreed.',
  ])('leaves his behaviour alone: %s', async (text) => {
    expect(await judged(`AB reported the rape. ${text}`)).toEqual([])
  })

  it.each([
    'Her drink was spiked, and the quantity of alcohol she had is significant only to what he knew.',
    'She believes she was drugged; it is relevant that she drank two glasses of wine.',
    'Toxicology found a sedative, which suggests someone slipped something into her drink and that her level of intoxication was not her doing.',
  ])('does not read a spiked drink as her drinking: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })

  it('reads every mention of her drink in a review that says it was spiked as the drink he tampered with', async () => {
    const review = (opening: string) =>
      `${opening}\n\nAt 22:14 the bar CCTV shows MORRIS carrying two glasses to a ledge, his back to the camera. That was the only time AB's drink was out of her sight.\n\nHer own drinking. AB had two large glasses of wine before 22:14. The defence will seek to blame everything that followed on that.\n`
    const inFull = async (text: string) => (await findings(text, 'review')).filter((f) => f.ruleId === 'misconception/judged-behaviour')
    expect(await inFull(review('AB says MORRIS spiked her drink at a bar on 3 May and raped her at his flat.'))).toEqual([])
    expect(await inFull(review('AB says MORRIS raped her at his flat after a night at a bar on 3 May.'))).not.toEqual([])
  })

  it.each([
    'The defence will argue that her delay in reporting undermines her account.',
    'The defence may well say that she stayed the night, and a jury may find that difficult to understand.',
    'Defence counsel will inevitably suggest that her continued contact with him is inconsistent with rape.',
    'The defence would point to the fact that she went back to work the next day, which is hard to reconcile with her account.',
  ])("reads the defence's point, left unanswered, as the review's own weighing: %s", async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each([
    "The defence will argue that her delay in reporting undermines her account. Our answer is her sister's evidence of what she said that night.",
    'The defence may say that she stayed the night, which they will call hard to understand. The explanation lies in his threats.',
    'The defence will suggest her continued contact with him is inconsistent with rape; we will oppose any such suggestion with the evidence of his control.',
    'The defence would point to her going back to work the next day as hard to reconcile with her account. The jury will be directed that there is no typical response.',
  ])('leaves a defence point alone when the review answers it: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })
})

describe('behaviours and judgements in other words', () => {
  it.each([
    ['She did not go to the police until three weeks later, which a jury may find difficult to understand.', 'letter'],
    ['She stayed the night, which is hard to square with her account.', 'review'],
    ['She sent him a topless photograph the day before, which undermines her account.', 'review'],
    ['In 2021 she withdrew her support for an earlier prosecution, which will damage her credibility.', 'review'],
    ['Her boyfriend found out the next day, which gives her an obvious motive.', 'review'],
    ['You made no complaint to anyone for years, and a jury may well wonder why.', 'letter'],
    ['She had been kissing him on the sofa, which is consistent with consensual activity.', 'review'],
    ['Her decision to remain at the flat sits awkwardly with her account.', 'review'],
    ['She went back to his flat the next day, hardly the act of a woman who had been raped by him.', 'review'],
    ['She went back to his flat the next day; a woman frightened of him would hardly have done so.', 'review'],
  ] as const)('flags: %s', async (text, kind) => {
    expect((await judged(text, kind)).length).toBeGreaterThan(0)
  })

  it.each([
    'She went to the police three weeks later.',
    "She stayed the night at her sister's house.",
    'In 2021 she withdrew her support for an earlier prosecution.',
    'Her boyfriend found out the next day and drove her to the police station.',
    // What is hard to reconcile is his claimed belief in consent: that tests him.
    'He sent her a message the next morning saying sorry, which is difficult to reconcile with a belief that she had consented.',
  ])('leaves the same behaviour alone without a judgement: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })
})

describe('headings that frame points against her, in other words', () => {
  const found = async (text: string) => (await findings(text, 'review')).filter((f) => f.ruleId.startsWith('misconception/')).map((f) => f.actual)
  const review = (heading: string) =>
    `AB reported the rape to the police. MORRIS planned the evening and knew she was drunk. He deleted his messages before his arrest.\n\n${heading}\n\n- She did not tell anyone for nine days.\n- She stayed the night.\n- Her boyfriend found out the next day.\n\nPlan\n\nWe will ask for the judge's direction on delay.\n`

  it.each([
    'Matters affecting credibility',
    '**Issues**',
    'Risks to the case:',
    '4. Credibility and reliability',
    '[5] STRENGTHS / WEAKNESSES',
    '(4) Difficulties',
    "The complainant's conduct",
    "Complainant's conduct: relevant factors",
  ])('reads the items under “%s” as judged', async (heading) => {
    expect((await found(review(heading))).length).toBe(3)
  })

  it.each(['Issues to address at trial', 'Anticipated issues and how we will answer them'])(
    'leaves the items under a plan heading “%s” alone',
    async (heading) => {
      expect(await found(review(heading))).toEqual([])
    },
  )

  it('reads the terse items of a line that sorts points against the case, and not those of its other side', async () => {
    const text =
      "AB says MORRIS raped her after the staff party.\n\nPros and cons\n\nFor: CCTV; the key card record; her texts.\nAgainst: AB's intoxication; clothing; returned to work the same morning; post-incident contact.\n"
    expect(await judged(text)).toEqual(['intoxication', 'clothing', 'returned to work', 'post-incident contact'])
    // The same words on a neutral line name no conduct of hers.
    expect(await judged(text.replace('Against:', 'Sources:'))).toEqual([])
  })

  it('reads a label closed by a spaced dash as one closed by a colon ("Negatives – …")', async () => {
    const text =
      'AB says MORRIS raped her on a night shift.\n\nPositives – the access log; the turned camera; her injuries.\nNegatives – previous friendly contact; no immediate report.\n'
    expect(await found(text)).toEqual(['friendly contact', 'no immediate report'])
    expect((await findings(text, 'review')).filter((f) => f.ruleId === 'focus/binary-framing').map((f) => f.actual)).toEqual(['Positives', 'Negatives'])
  })

  it('reads each terse item of a labelled line of weaknesses set apart by semicolons, and not those of a plan', async () => {
    const text = 'LW says MORRIS raped her in his car after practice.\n\nWeaknesses: alcohol; her choice to get in the car; continued ringing with him.\n'
    expect(await judged(text)).toEqual(expect.arrayContaining(['her choice to get in the car', 'continued ringing with him']))
    expect(await judged(text.replace('Weaknesses:', 'Actions:'))).toEqual([])
  })

  it("reads the terse items of a table's column of weaknesses", async () => {
    const text =
      'AB says MORRIS raped her at the studio.\n\n| Strengths | Weaknesses |\n|---|---|\n| Messages after the session | Return visit |\n| Door log | Friendly photos with suspect |\n| Early text to her sister | Two-day gap before police report |\n'
    expect(await judged(text)).toEqual(['Return visit', 'Friendly photos', 'gap before police report'])
  })

  it('reads a terse item of a list or column of weaknesses in words no list holds, and not one about him or the evidence', async () => {
    const list =
      'AB says MORRIS raped her on the tour.\n\nWeaknesses:\n\n- Public praise of him on Instagram.\n- Final-night photograph.\n- No CCTV from the car park.\n- His account is detailed.\n'
    expect(await found(list)).toEqual(['Public praise of him on Instagram', 'Final-night photograph'])
    const table =
      'AB says MORRIS raped her at the centre.\n\n| Points in favour | Points against |\n|---|---|\n| Early text to her sister | Report not made for seven weeks |\n| Door log | Phone not downloaded |\n'
    expect(await found(table)).toEqual(['Report not made for seven weeks'])
  })

  it('leaves a label that runs into its item ("2.1 Delay. She did not report …") to the item', async () => {
    const text = 'AB says MORRIS raped her.\n\nWeaknesses\n\n2.1 Delay. Her sister says AB was tearful all week.\n'
    expect(await judged(text)).toEqual([])
  })

  it('leaves an item the review answers where it raises it alone', async () => {
    expect(await found('Issues\n\nDelay: she did not tell anyone for nine days. She explains that she feared he would hurt her sister.\n')).toEqual([])
  })
})

describe('a paragraph whose own voice weighs her conduct', () => {
  it.each([
    'She stayed the night. She sent him a message the next morning. In my view this is relevant to the issue of consent.',
    'She went back to his flat. She had drunk a considerable amount. Taken together, I find this hard to reconcile with her account.',
    'She did not tell anyone for a month. She continued to see him at work. A jury may struggle with that.',
    'AB stayed in the relationship for two years. AB sent him photographs of herself. This goes to her credibility.',
  ])('reads its behaviours as weighed: %s', async (text) => {
    expect((await judged(`AB reported the rape.\n\n${text}`)).length).toBeGreaterThanOrEqual(2)
  })

  it.each([
    'She stayed the night. She sent him a message the next morning. His account is hard to reconcile with the CCTV.',
    'She stayed the night. She sent him a message the next morning. The defence will say this is relevant to consent; the jury will be directed that there is no typical response.',
  ])('leaves them alone when the weighing is of him or is answered: %s', async (text) => {
    expect(await judged(`AB reported the rape.\n\n${text}`)).toEqual([])
  })
})

describe("the defence's point is read in full before deciding it is answered", () => {
  it('does not take "to explain her conduct" for an answer', async () => {
    const found = (
      await findings('The defence will say that AB had an obvious motive to fabricate an allegation to explain her conduct to her boyfriend.', 'review')
    ).filter((f) => f.ruleId.startsWith('misconception/'))
    expect(found.length).toBeGreaterThan(0)
  })
})

describe('a letter whose reasons weigh what the victim did', () => {
  it.each([
    'The reasons may be summarised as follows. You did not make a complaint until 9 July. You also went to work the following morning. A jury would be likely to prefer his version.',
    'You stayed in touch with him for some weeks afterwards. Taking these matters into account, the prosecutor was not satisfied that the evidential test was met.',
    'You sent him photographs of yourself and continued to see him. The prosecutor considered this significant.',
  ])('reads the behaviours and the weighing as judged: %s', async (text) => {
    expect((await judged(text, 'letter')).length).toBeGreaterThanOrEqual(2)
  })

  it.each([
    'The reasons may be summarised as follows. The CCTV does not show who was in the car. A jury would not be able to be sure it was him.',
    'You told your sister straight away, and we took that into account. He has denied the offence.',
  ])('leaves reasons that are not about her conduct alone: %s', async (text) => {
    expect(await judged(text, 'letter')).toEqual([])
  })
})

describe('her actions told in a paragraph of reasons, in a letter about a decision against her', () => {
  const reasons = 'In reaching this decision the prosecutor took into account the following factors. '
  const judgedIn = async (text: string, letterType?: 'no-charge' | 'charge') => {
    const doc = indexText(text)
    return checkJudgedBehaviour(doc, 'letter', false, undefined, letterType).map((f) => f.actual)
  }

  it('reads each action of hers in the paragraph as one of the reasons', async () => {
    expect(await judgedIn(`${reasons}You did not call anyone that night. You chatted to the driver for the first part of the journey.`, 'no-charge')).toEqual([
      'You did not call anyone that night',
      'You chatted to the driver for the first part of the journey',
    ])
  })

  it('leaves a thing of hers named by its noun ("the messages you sent")', async () => {
    expect(await judgedIn(`${reasons}The officer looked at the messages you sent to friends during the party.`, 'no-charge')).toEqual([])
  })

  it('leaves a letter that gives no decision against her', async () => {
    expect(await judgedIn(`${reasons}You did not call anyone that night.`, 'charge')).toEqual([])
  })
})

describe('a counter the review says will not work', () => {
  const misconceptions = async (text: string) => (await findings(text, 'review')).filter((f) => f.ruleId.startsWith('misconception/')).map((f) => f.actual)

  it.each([
    'Jurors are likely to see this as regret rather than rape, and I do not think the direction on myths will be enough to overcome that.',
    'She did not scream, and although that is common the direction would not overcome the impression it leaves.',
    'A jury may see it as a regrettable encounter rather than a crime, and I doubt that the direction will change that.',
    'The defence will say the report came only once her contract ended, and we cannot easily answer that.',
  ])('still reads the myth: %s', async (text) => {
    expect((await misconceptions(text)).length).toBeGreaterThan(0)
  })

  it.each([
    'She did not scream; freezing is common and the judge will give the direction on myths.',
    'The defence may call it regret; the direction on myths and her messages that night answer that.',
  ])('stays silent when the counter stands: %s', async (text) => {
    expect(await misconceptions(text)).toEqual([])
  })
})

describe("the suspect's standing set against her", () => {
  it.each([
    ["Weaknesses\n\n- Suspect's good character.\n- He would present well to a jury.\n", 'review'],
    ['You did not report it for two weeks, which the prosecutor considered significant. Mr Hale is a man of previous good character.', 'letter'],
    [
      'It was decided to accept the plea for these reasons. You stayed in touch with him afterwards, which undermines your account, and he is a man of good character.',
      'letter',
    ],
    ['He has a promising career, and a jury will find it difficult to believe he would risk it.', 'review'],
  ] as const)('flags: %s', async (text, kind) => {
    expect((await judged(text, kind)).some((actual) => /character|present well|career/.test(actual))).toBe(true)
  })

  it.each([
    ['MORRIS is of good character. He planned the evening and knew she was too drunk to agree.', 'review'],
    ['The judge gave the jury the usual direction about his good character.', 'letter'],
    ['He has a promising career in the army.', 'review'],
  ] as const)('leaves a neutral mention alone: %s', async (text, kind) => {
    expect(await judged(text, kind)).toEqual([])
  })
})

describe("the reviewer weighing his account is the reviewer's voice", () => {
  it.each([
    "MORRIS's account is plausible on its face, and he is of good character, which a jury will weigh against her delay in reporting.",
    "Her conduct is capable of supporting MORRIS's account, and her delay in reporting undermines her credibility.",
  ])('still reads: %s', async (text) => {
    expect((await judged(`AB reported. MORRIS was arrested. MORRIS denies it. ${text}`)).length).toBeGreaterThan(0)
  })
})

describe('a fragment that names no one, in a review that leans on her', () => {
  const review = (fragment: string) =>
    `CHARGING REVIEW\n\nR v Tom FENWICK\n\nNH went to work as normal the next morning. NH has a caution for cannabis. NH continued to see FENWICK socially. This undermines her credibility, and a jury may struggle with it.\n\n${fragment}\n`
  it.each(['Delayed reporting for 9 days.', 'Continued contact afterwards.', 'No injuries recorded.'])('reads “%s” as weighed', async (fragment) => {
    expect((await findings(review(fragment), 'review')).some((f) => f.ruleId.startsWith('misconception/') && fragment.includes(f.actual))).toBe(true)
  })
})

describe('her answers in interview are not his account', () => {
  it.each([
    'In interview she accepted that she stayed the night, which undermines her account.',
    'She accepted in interview that she had sent him a topless photograph, which is hard to square with her account.',
  ])('reads: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })
})

describe('his standing in other words: regard, references, trust', () => {
  it.each([
    ['Weaknesses\n\n- The suspect is well regarded by his employer, who has given a statement.\n', 'review'],
    ['Weaknesses\n\n- He is highly respected in the village and has supplied six character references.\n', 'review'],
    ['Difficulties\n\nThe manager calls him one of their most trusted carers, and he coaches a junior football team.\n', 'review'],
    ['The delay is difficult to reconcile with her account. The suspect is a widely liked teacher of impeccable character.', 'review'],
    ['You did not report it for a month, which the prosecutor considered significant. Mr Hale has an unblemished record.', 'letter'],
  ] as const)('flags: %s', async (text, kind) => {
    expect((await judged(text, kind)).some((actual) => /regarded|respected|trusted|liked|unblemished|impeccable/.test(actual))).toBe(true)
  })

  it.each([
    ['The suspect is well regarded by colleagues, but the messages he sent show he knew she had not agreed.', 'review'],
    ['The suspect has no previous convictions. He was arrested on 3 May and denied the offence.', 'review'],
    ['His employer describes him as one of their most trusted staff; he used that trust to get her alone.', 'review'],
  ] as const)('leaves a neutral mention alone: %s', async (text, kind) => {
    expect(await judged(text, kind)).toEqual([])
  })
})

describe('reporting after a span, in other words', () => {
  it.each([
    ['She waited nine days before telling anyone, which undermines her credibility.', 'review'],
    ['There was a gap of eleven days between the party and her report, which a jury would find significant.', 'review'],
    ['She left it four months before going to the police, and the defence will make much of that.', 'review'],
    ['The prosecutor had regard to the following matters: that you did not report these events for some three weeks.', 'letter'],
    ['You never mentioned it for over two years, which the prosecutor considered significant.', 'letter'],
  ] as const)('flags: %s', async (text, kind) => {
    expect((await judged(text, kind)).length).toBeGreaterThan(0)
  })

  it.each([
    ['She reported the assault the same evening. There was a gap of two hours between the assault and the 999 call.', 'review'],
    ['He waited three days before answering her message.', 'review'],
  ] as const)('leaves a neutral timeline alone: %s', async (text, kind) => {
    expect(await judged(text, kind)).toEqual([])
  })
})

describe('her manner and messages afterwards, weighed', () => {
  it.each([
    'Her demeanour after the incident is also difficult.',
    'Your manner the following morning was a problem for the prosecution.',
    'She messaged him two days later, light-hearted in tone, and the defence will make much of that.',
    'She continued to exchange texts with him on friendly terms, which a jury would find significant.',
    'She joked about the evening with friends the next day, which sits oddly with her account.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each([
    'Her demeanour the following morning was described by the officer as withdrawn.',
    'She messaged her sister on friendly terms to arrange a lift.',
    'His messages to her afterwards were friendly, which is difficult to reconcile with his claim that she was angry.',
  ])('leaves a neutral account or his conduct alone: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })
})

describe('earlier consent and a prompted report, weighed', () => {
  it.each([
    'Difficulties\n\n1. Previous consensual sexual relationship with the suspect.\n',
    'Weaknesses\n\n- Prior consensual sex with him a fortnight earlier.\n',
    'She reported only after being encouraged by a friend, which the defence will make much of.',
    'You went to the police only when you had been urged to by your mother, which the prosecutor considered significant.',
  ])('flags: %s', async (text) => {
    expect((await judged(text, text.startsWith('You') ? 'letter' : 'review')).length).toBeGreaterThan(0)
  })

  it.each(['She reported only after being encouraged by a friend.', 'They had a previous consensual relationship that ended in 2024.'])(
    'leaves a neutral fact alone: %s',
    async (text) => {
      expect(await judged(text)).toEqual([])
    },
  )
})

describe('reporting put as a failure for a time', () => {
  it.each([
    'She did not go to the police until 12 May, a month later.',
    'He was arrested in June. She made no complaint to anyone until 2024, some twenty years later.',
    'She only reported it to the police after her mother found the messages.',
  ])('flags in review prose: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it('leaves a plain date, a list item and an answered delay alone', async () => {
    expect(await judged('She reported to the police on 12 May.')).toEqual([])
    expect(await judged('- She did not go to the police until 12 May.')).toEqual([])
    expect(await judged('She did not go to the police until 12 May. Delay of this kind is common, and we will ask for the direction on delay.')).toEqual([])
  })

  it('stays a letter matter for the letter rules, not this one', async () => {
    expect(await judged('You did not go to the police until 12 May.', 'letter')).toEqual([])
  })
})

describe('who acts', () => {
  it('reads the suspect named after "with" as her companion, not the actor', async () => {
    const names = 'The suspect, Dean WREN, was interviewed. The complainant, RN, gave an ABE interview.\n\n'
    expect((await judged(`${names}RN left the bar with WREN voluntarily, which suggests she was happy to go with him.`)).length).toBeGreaterThan(0)
    expect(await judged(`${names}WREN left the bar voluntarily, which suggests he was not worried.`)).toEqual([])
  })
})

describe('his standing in other words', () => {
  const names = 'The suspect, Alan PRYCE, was interviewed. The complainant, JT, gave an ABE interview.\n\n'
  it('reads the one set against her as him, and a quoted reference as the author setting out his standing', async () => {
    expect(
      await judged(
        `${names}In the end this is the word of a frightened complainant against that of a carer of good character, which a jury may find difficult.`,
      ),
    ).toEqual(['carer of good character'])
    expect(
      (await judged(`${names}She delayed reporting for a year, which undermines her account. His employer calls him "one of our most trusted drivers".`))
        .length,
    ).toBe(2)
  })

  it('leaves his standing alone where nothing weighs it', async () => {
    expect(await judged(`${names}PRYCE is a man of previous good character and of good standing in the village.`)).toEqual([])
  })
})

describe('his account as the thing the author weighs', () => {
  it('reads "consistent with his account" as the author weighing, not his words', async () => {
    expect(await judged('She kissed him at the bar. This is consistent with his account that she was interested in him.')).toEqual([
      'kissed',
      'consistent with his account',
    ])
  })

  it('still reads his account given as his', async () => {
    expect(await judged('She kissed him at the bar. His account is that she was interested in him, which is consistent with consent.')).toEqual([])
  })
})

describe('a delay written as one compound word', () => {
  it('reads "Four-day delay" as a behaviour under a weaknesses heading', async () => {
    expect(await judged('Weaknesses\n\n- Four-day delay.\n')).toEqual(['Four-day delay'])
  })
})

describe('a label that names no one', () => {
  const leaning = (text: string) => {
    const doc = indexText(text)
    return checkJudgedBehaviour(doc, 'review', true, readPeople(doc)).map((f) => f.actual)
  }

  it('is about her in a review that leans on her, unless its paragraph goes on about him', () => {
    expect(leaning('Changing accounts. In his first interview HOLT said nothing happened at all.')).toEqual([])
    expect(leaning('Changing accounts. In her first statement she gave the time as midnight.')).toContain('Changing accounts')
  })
})

describe('points listed for the prosecution', () => {
  it('leaves what is listed under "Positives" alone in a review that leans on her', async () => {
    const text =
      '**Positives**\n\n- Prompt complaint to her support worker (two days later).\n\n**Weaknesses**\n\n- She went back to his flat the next weekend.\n'
    const doc = indexText(text)
    const found = checkJudgedBehaviour(doc, 'review', true, readPeople(doc)).map((f) => f.actual)
    expect(found.some((a) => a.includes('two days later'))).toBe(false)
    expect(found.some((a) => a.includes('went back to his flat'))).toBe(true)
  })

  it('reads "Points for" as such a heading, but not "Points for the defence"', async () => {
    const listed = (heading: string) => {
      const doc = indexText(`**${heading}**\n\n- Prompt complaint to her support worker (two days later).\n`)
      return checkJudgedBehaviour(doc, 'review', true, readPeople(doc)).map((f) => f.actual)
    }
    expect(listed('Points for')).toEqual([])
    expect(listed('Points for the defence').some((a) => a.includes('two days later'))).toBe(true)
  })
})

describe('doubts put as frames', () => {
  it('flags a doubt about her framed as a question someone might ask, or as notable', async () => {
    expect(await judged('Some might wonder why she went back to the festival site on the Sunday.')).toEqual(['Some might wonder'])
    // The silence the frame weighs is a behaviour of its own.
    expect(await judged('It is striking that the complainant said nothing to her sister that weekend.')).toEqual([
      'striking that the complainant said nothing to',
      'It is striking that',
    ])
    expect(await judged('It is telling that V rang the shop about her wages the next day.')).toEqual(['It is telling that'])
    expect(await judged('She left the party with him. This will be hard to explain.')).toEqual(['hard to explain'])
    expect(await judged('Her version of the walk home seems faintly implausible.')).toEqual(['faintly implausible'])
  })

  it('leaves the same frames alone when they are about him, his, or the officer asking', async () => {
    expect(await judged('It is striking that he deleted the chat the morning after.')).toEqual([])
    expect(await judged('Some might wonder why the suspect changed his phone.')).toEqual([])
    expect(await judged('You may ask the court for a copy of the order.', 'letter')).toEqual([])
    expect(await judged('It is notable that R v Smith was decided on different facts.')).toEqual([])
  })

  it('leaves a frame the review denies', async () => {
    expect(await judged('Her limited English is not a credibility issue; an interpreter will be there.')).toEqual([])
    expect(await judged('There is nothing implausible about her account of the walk home.')).toEqual([])
  })

  it('flags a question about her conduct in a review, but not one about him', async () => {
    expect(await judged('Why wait a fortnight to tell her mother?')).toEqual(['Why wait a fortnight to tell her mother'])
    expect(await judged('Three weeks living in the flat with him. Why not leave if it was that frightening?')).toEqual(['if it was that frightening'])
    expect(await judged('Why did he delete the photographs?')).toEqual([])
    expect(await judged('Why stay so long?', 'letter')).toEqual([])
  })
})

describe('the jury imagined doubting her', () => {
  it('flags a guess at the jury doubting her or her case, up to the end of the clause', async () => {
    expect(await judged('I suspect a jury would be uneasy about the photographs she sent him.')).toEqual([
      'jury would be uneasy about the photographs she sent him',
    ])
    expect(await judged('Several jurors may have struggled with the gap before you told anyone.', 'letter')).toEqual([
      'jurors may have struggled with the gap before you told anyone',
    ])
    expect(await judged('I doubt a jury would convict on this evidence.')).toEqual(['doubt a jury would convict on this evidence'])
    // Each mention of the jury carries its own doubt, and a long clause is cut short.
    expect(await judged('A jury would be sceptical of her at the start – will a jury see this as a row between friends?')).toEqual([
      'jury would be sceptical of her at the start',
      'jury see this as a row between friends',
    ])
    expect(await judged('A jury could well conclude that she consented to the second encounter too.')).toEqual([
      'jury could well conclude that she consented to the second encounter too',
    ])
  })

  it('leaves a direction, a standard of proof, the jury doubting his account, and a finding for her alone', async () => {
    expect(await judged('A jury may be troubled by the delay, and we will ask the judge to direct them on it.')).toEqual([])
    expect(await judged('The jury must be sure, beyond reasonable doubt, that he is guilty.', 'letter')).toEqual([])
    expect(await judged("A jury is unlikely to accept the suspect's account given the CCTV.")).toEqual([])
    expect(await judged('A jury could conclude that she was too drunk to choose.')).toEqual([])
    expect(await judged('Giving evidence in front of a jury can be hard.', 'letter')).toEqual([])
  })

  it('leaves the questions a jury will ask about him, but not its reluctance to convict him', async () => {
    expect(await judged('Jurors will also want to know why he arranged to be alone with her that night.')).toEqual([])
    expect(await judged('A jury may wonder why he deleted the messages the next morning.')).toEqual([])
    expect(await judged('A jury may well be reluctant to convict a man of his age and standing.')).toEqual([
      'jury may well be reluctant to convict a man of his age and standing',
    ])
  })

  it('weighs the conduct of hers set out in a paragraph that imagines the jury doubting her', async () => {
    expect(
      await judged('You kissed him at the bar. You stayed the night at his flat. A jury would be reluctant to convict on that evidence.', 'letter'),
    ).toEqual(['kissed', 'stayed the night', 'jury would be reluctant to convict on that evidence'])
    // Without the jury's imagined doubt the same facts are a neutral account.
    expect(await judged('You kissed him at the bar. You stayed the night at his flat.', 'letter')).toEqual([])
  })

  it("weighs the items of a letter's list of reasons, and not a list that follows something else", async () => {
    const reasons =
      'In making this decision the following matters were taken into account:\n\n1. You stayed the night at his flat.\n2. Nothing was seen on the camera.'
    expect(await judged(reasons, 'letter')).toEqual(['stayed the night'])
    const support = 'Your officer will tell you about these services:\n\n1. You stayed the night at his flat, and a counsellor can visit.'
    expect(await judged(support, 'letter')).toEqual([])
  })

  it('reads her credibility, a motive or her failure named as the point itself', async () => {
    expect(await judged('The gap in the CCTV will test the reliability of her memory of the night.')).toEqual(['test the reliability of'])
    expect(await judged('The tenancy dispute hands the complainant a ready motive to exaggerate.')).toEqual(['ready motive to'])
    expect(await judged('Her failure to ring anyone from the car is the main problem.')).toEqual(['Her failure to'])
    expect(await judged('- Unexplained gap of six days')).toEqual(['Unexplained gap'])
    expect(await judged('The defence will test the reliability of his alibi witness.')).toEqual([])
    expect(await judged('He had an obvious motive to lie about where he was.')).toEqual([])
  })
})

describe('her conduct in words no list holds, where the text weighs it', () => {
  it('reads each of her actions under a heading of points against her', async () => {
    const review =
      '**Difficulties**\n\n1. She later named her first daughter after his wife.\n2. Went to her shift at the café the next morning.\n3. The suspect answered no comment.'
    expect(await judged(review)).toEqual(['She later named her first daughter after his wife', 'Went to her shift at the café the next morning'])
  })

  it('leaves the same actions alone in a neutral account, and her account of the offence alone', async () => {
    expect(await judged('**Background**\n\nShe later named her first daughter after his wife.')).toEqual([])
    expect(await judged('**Difficulties**\n\n1. She says she pushed him away and screamed.')).toEqual([])
    expect(await judged('**Difficulties**\n\n1. She reported to the police on 3 May.')).toEqual([])
  })

  it("reads each of the reader's actions a letter lists as its reasons", async () => {
    const letter =
      'In reaching this view the prosecutor took into account that you accepted a tablet from a friend, that you walked back to his tent with him and that you told the police within an hour.'
    expect(await judged(letter, 'letter')).toEqual(['you accepted a tablet from a friend', 'you walked back to his tent with him'])
    const items = 'In making this decision the following matters were taken into account:\n\n1. You got into the front seat of his car yourself.'
    expect(await judged(items, 'letter')).toEqual(['You got into the front seat of his car yourself'])
  })

  it("leaves a letter's account of what happened alone where nothing is weighed", async () => {
    expect(await judged('You went to his birthday drinks a fortnight later, and you told your sister what had happened.', 'letter')).toEqual([])
    // In a letter "she" is the judge or the lawyer, never the reader.
    expect(await judged('She also took into account that she visited the scene before the trial.', 'letter')).toEqual([])
  })
})

describe('a review of an offence against a man', () => {
  const review = (item: string) => `The complainant, JK, is 24. He met WARD at a party. JK says WARD followed him upstairs.\n\n**Weaknesses**\n\n1. ${item}`
  it('reads the complainant\'s "he" as the one acting, and the suspect\'s as not', async () => {
    expect(await judged(review('JK did not tell his girlfriend, and he returned to work two nights later.'))).not.toEqual([])
    expect(await judged(review('WARD says he returned to work two nights later.'))).toEqual([])
  })
})

describe("a letter's reasons given as what the defence would have said, her memory and her later contact", () => {
  it('reads each action listed after what the defence would have made of the night', async () => {
    const letter = 'I also had to think about how the defence would present the night: that you were seen dancing with him and that you left the club with him.'
    expect(await judged(letter, 'letter')).toEqual(['you were seen dancing with him', 'you left the club with him'])
  })

  it('reads gaps in her memory and her contact with him given as reasons, and not a memory explained', async () => {
    expect(await judged('It was concluded that the gaps in your memory would undermine your credibility before a jury.', 'letter')).toEqual([
      'gaps in your memory would undermine',
    ])
    expect(await judged('In those circumstances your contact with Mr Doyle on social media counted against you.', 'letter')).not.toEqual([])
    // In a paragraph that weighs her conduct, a memory explained by her state is answered, not weighed.
    const weighed = await judged('Her messages the next day undermine her credibility. Her partial memory is consistent with her level of intoxication.')
    expect(weighed.some((span) => span.includes('partial memory'))).toBe(false)
  })
})

describe("an evidence table's column of points against the case", () => {
  const table = (undermines: string, supports = '–') =>
    `| Evidence | Supports | Undermines |\n|---|---|---|\n| Messages | ${supports} | ${undermines} |\n| CCTV | Shows him leading her out at 01:12 | – |`
  it('reads an item of hers in the Undermines column as weighed, whatever its verb', async () => {
    expect(await judged(table('Sent suspect a "see you Friday" message at 09:30'))).toEqual(['Sent suspect a'])
    expect(await judged(table('She got into the back seat herself'))).toEqual(['She got into the back seat herself'])
  })

  it('leaves the Supports column, reported words and a judgement on another row alone', async () => {
    expect(await judged(table('–', 'She sent her sister a message at 01:12'))).toEqual([])
    expect(await judged(table('He says she went back to the party with him'))).toEqual([])
    // Rows can run together as one sentence: an item's finding stays on its own row.
    const rows =
      '| Evidence | Supports | Undermines |\n|---|---|---|\n| ABE | – | Inconsistent on the time she left |\n' +
      '| Messages | – | Sent a message at 09:30 |\n| Interview | – | His account is difficult to square with hers |'
    const spans = await judged(rows)
    expect(spans.length).toBeGreaterThan(0)
    expect(spans.filter((span) => span.includes('\n'))).toEqual([])
  })
})

describe('his record of service and a jury imagined doubting her, in new words', () => {
  it('reads his record and public honours set among the reasons', async () => {
    const letter = 'It is likely that the jury took account of the defendant’s long record of voluntary work in the community.'
    expect(await judged(letter, 'letter')).toEqual(['long record of'])
    expect(await judged('He was given an MBE for services to youth rugby in 2010.', 'letter')).toEqual([])
  })

  it('reads a jury said to find such cases hard, or to put her state down to her own drinking', async () => {
    expect(await judged('Juries often find these cases difficult where both people had been drinking.', 'letter')).not.toEqual([])
    expect(await judged('A jury may attribute her collapse to her own drinking rather than to any spiking.')).not.toEqual([])
    expect(await judged('The jury will be directed that these cases are often difficult for victims to report.')).toEqual([])
  })
})

describe("a letter's reasons: a joint subject, a list's lead-in and the weighing said to the reader", () => {
  it('reads "you and Mr X" as her acting, and "you agreed to" as her conduct', async () => {
    const letter = 'The prosecutor also took into account that you and Mr Tully had been on friendly terms, and that you agreed to go back to his flat.'
    expect(await judged(letter, 'letter')).toEqual(['took into account that you and Mr Tully had been on friendly terms', 'agreed to go back'])
    const joint = 'The prosecutor also took into account that you and Mr Tully drove to the coast together the next day.'
    expect(await judged(joint, 'letter')).toEqual(['you and Mr Tully drove to the coast together the next day'])
  })

  it('reads the items after "the following were taken into account" and "regard to the following"', async () => {
    for (const lead of ['The following were taken into account:', 'In assessing that question I have had regard to the following:']) {
      expect(await judged(`${lead}\n\n- you travelled to his address by train and stayed for the weekend`, 'letter')).toEqual([
        'you travelled to his address by train',
      ])
    }
  })

  it('reads a paragraph that tells the reader her conduct would undermine her account', async () => {
    const letter =
      'The download showed that you carried on messaging him after that night. Counsel advised that these messages would seriously undermine your account.'
    expect(await judged(letter, 'letter')).toContain('carried on messaging')
    expect(await judged('You carried on messaging your sister that night.', 'letter')).toEqual([])
  })
})

describe('her carrying on with him after the offence, in any words', () => {
  it('reads her carrying on with him as weighed, whatever the verb after "continued", "went on" or "stayed on"', async () => {
    expect(await judged('You stayed on as his tenant for a further five months.', 'letter')).toEqual(['You stayed on as his tenant for a further five months'])
    expect(await judged('You continued to book sessions with Mr Trell for a further five weeks.', 'letter')).toEqual([
      'You continued to book sessions with Mr Trell for a further five weeks',
    ])
    expect(await judged('She went on to book six further one-to-one sessions with him over the following three weeks.')).toEqual([
      'She went on to book six further one-to-one sessions with him over the following three weeks',
    ])
    expect(await judged('She appears to have maintained a friendship with him for years.')).toEqual([
      'She appears to have maintained a friendship with him for years',
    ])
    expect(await judged('You booked and attended a further coaching session with him on 3 July.', 'letter')).toEqual([
      'You booked and attended a further coaching session with him on 3 July',
    ])
  })

  it('leaves his conduct, her fear, keeping away, carrying on without him, and a point answered', async () => {
    expect(await judged('He continued to message you after you asked him to stop.', 'letter')).toEqual([])
    expect(await judged('You continued to feel frightened of him for months.', 'letter')).toEqual([])
    expect(await judged('She kept away from him after that night.')).toEqual([])
    expect(await judged('She continued to attend her college course.')).toEqual([])
    expect(await judged('You attended a further appointment with your GP.', 'letter')).toEqual([])
    expect(await judged('She continued to work with him because she needed the job, which is very common after an assault by a colleague.')).toEqual([])
  })
})

describe('his standing in new words', () => {
  it('reads years without a complaint, his record and letters of support set among the reasons', async () => {
    expect(await judged('Against that, he has coached for fifteen years without a single complaint, which undermines her account.')).toContain(
      'without a single complaint',
    )
  })
})

describe("the defence's point about her, raised and left unanswered", () => {
  it('reads it as the review weighing the point against her', async () => {
    expect(await judged('The defence will inevitably suggest that she made the allegation to gain advantage in the divorce.')).toEqual([
      'The defence will inevitably suggest that she made the allegation to gain advantage in the divorce',
    ])
  })

  it('reads a point that "may lead the defence to say" something of her', async () => {
    expect(await judged('Her bereavement may lead the defence to say she was lonely and welcomed his attention.')).toEqual([
      'lead the defence to say she was lonely and welcomed his attention',
    ])
  })

  it('leaves a point the review answers, and one about him', async () => {
    expect(await judged('The defence will say she consented. The CCTV supports her account.')).toEqual([])
    expect(await judged('The defence will say his apology was for rudeness, not an admission.')).toEqual([])
  })
})

describe('the jury imagined weighing her, in any words', () => {
  it('reads a jury said to weigh, see or ask about her', async () => {
    expect(await judged('A jury is entitled to weigh that background when deciding how much of her account it can rely on.')).toEqual([
      'A jury is entitled to weigh that background when deciding how much of her account it can rely on',
    ])
  })

  it('leaves a jury directed, or weighing his account', async () => {
    expect(await judged('A jury will be directed that there is no typical response, so they will see her delay in that light.')).toEqual([])
    expect(await judged('A jury will want to know why his account changed between interviews.')).toEqual([])
  })
})

describe('what she concedes, set out in the review', () => {
  it('reads her admission of her own conduct as a point weighed', async () => {
    expect(await judged('She accepts she was "tipsy" when she went to bed.')).toEqual(['She accepts she was "tipsy" when she went to bed'])
  })

  it('leaves a concession about him, and one the review answers', async () => {
    expect(await judged('She accepts he had been a friend for years.')).toEqual([])
    expect(await judged('She accepts she had been drinking; that is consistent with her account and the CCTV supports her evidence.')).toEqual([])
  })
})

describe('memory, resistance, reporting and the day after, in further words', () => {
  it.each([
    'Her recollection of the walk home is fragmented, which the defence will use to undermine her credibility.',
    'She cannot say exactly when he came into the room, which is difficult to reconcile with her account.',
    'She made no attempt to push him off, which a jury may find difficult to understand.',
    'She did not physically resist, and a jury would expect her to have done so.',
    'She reported after nineteen days, which will undermine her credibility.',
    'She went back to work as usual the next morning, which sits uneasily with her account.',
    'Her story has developed over time, which affects her credibility.',
    'She reported an assault by a former partner in 2020 which resulted in no further action, and this goes to her credibility.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each([
    'Her recollection of the walk home is fragmented, as is common after a traumatic event.',
    'She reported after nineteen days.',
    'She made no attempt to push him off because she froze.',
    'She went back to work as usual the next morning.',
  ])('leaves the same conduct alone without a judgement: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })

  it('reads others vouching for him as his standing when set against her', async () => {
    expect(
      await judged(
        'Weaknesses\n\n- He has eleven references from clients.\n- Statements attesting to his professionalism.\n- A well-known figure in the town.\n',
      ),
    ).toEqual(['references from clients', 'attesting to his professionalism', 'well-known figure'])
    expect(await judged('The references from clients say nothing about what happened in the changing room.')).toEqual([])
  })
})

describe('her conduct put as harm to her case, and the jury imagined considering her', () => {
  it.each([
    'She deleted the messages the next morning. That will not help her.',
    'She says she stayed because she had no money for a taxi, and that explanation will not go down well.',
    'Her dancing will colour the jury’s view of her.',
    'A jury would be likely to consider that she could have left at any time.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each([
    'He deleted the messages the next morning. That will not help him.',
    'A jury would be likely to consider that he knew she was asleep.',
    'The weather will not help the search of the field.',
  ])('leaves harm to his case, or no one’s, alone: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })
})

describe('an email’s words for weighing her', () => {
  it.each([
    'The defence will say she regretted it, and frankly that is hard to argue with.',
    'She didn’t say anything to her sister until the Friday, which undermines her account.',
    'In a photo from the next day she looks absolutely fine, which is difficult to reconcile with her account.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it('leaves the same words about him, or with no judgement, alone', async () => {
    expect(await judged('In a photo from the next day she looks absolutely fine.')).toEqual([])
    expect(await judged('He says she regretted it; that is hard to argue with given his own messages.')).toEqual([])
  })
})

describe('a legalistic letter’s weighing, and a review’s, in further words', () => {
  it.each([
    [
      'Further material undermines the case for the prosecution. The messages you exchanged with him were of an affectionate character, and at no stage that night did you alert the others.',
      'letter',
    ],
    ['Considered in the round, and having regard to the previous intimate relationship between you, the case cannot continue.', 'letter'],
    ['It was she who suggested the walk back, which is difficult to marry with her account.', 'review'],
    ['Her manner towards him at the office party is hard to square with her account.', 'review'],
    ['The defence will present the allegation as the product of resentment.', 'review'],
    ['Her evidence about the lift does not match the distress she describes, and a jury might well have regarded her as untroubled.', 'review'],
    ['She gave different accounts of where he stood. These differences erode confidence in her account.', 'review'],
    ['She says she stayed because the buses had stopped. This is not a point I can entirely discount.', 'review'],
    ['An earlier complaint she made in 2022 was later withdrawn, which a jury would consider significant.', 'review'],
  ] as const)('flags: %s', async (text, kind) => {
    expect((await judged(text, kind)).length).toBeGreaterThan(0)
  })

  it.each([
    ['The messages he sent her were of an affectionate character until she refused him.', 'review'],
    ['The defence will present his allegation of theft as background.', 'review'],
    ['The jury will be asked whether he reasonably believed she consented.', 'review'],
    ['Her manner towards him changed after that night, and she asked to move desks.', 'review'],
  ] as const)('leaves: %s', async (text, kind) => {
    expect(await judged(text, kind)).toEqual([])
  })
})

describe('others close by, her round afterwards and her recall, in further words', () => {
  it.each([
    'The others were within earshot, which a jury would find hard to understand.',
    'Her flatmate was asleep no more than four metres away, which undermines her account.',
    'She completed the remaining legs of the trip with him, which sits uneasily with her account.',
    'She posted cheerful photographs the next day, which is difficult to reconcile with her account.',
    'Nor did she report promptly, which affects her credibility.',
    'She is vague on timings, which goes to her reliability.',
    'She mentions the kissing but not the penetration, which a jury would find significant.',
    'No force or threats were alleged against her, which undermines the case for the prosecution.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each(['The others were within earshot, and he waited until they slept.', 'She posted cheerful photographs the next day.', 'She is vague on timings.'])(
    'leaves the same words alone without a judgement: %s',
    async (text) => {
      expect(await judged(text)).toEqual([])
    },
  )
})

describe('a judgement the sentence denies', () => {
  it('reads nothing weighed where the letter says her conduct did not count against her', async () => {
    expect(await judged('You kept going to work for a month, and that did not count against you in my decision.', 'letter')).toEqual([])
    expect(await judged('You kept going to work for a month, and that counted against you in my decision.', 'letter')).not.toEqual([])
  })
})

describe('a point the review turns against him or sets aside by the evidence', () => {
  it('leaves the defence point answered by "does not assist the defence" or by evidence independent of her memory', async () => {
    expect(await judged('The defence will say she did not call out. Given how drunk she was, this does not assist the defence.')).toEqual([])
    expect(await judged('The defence will say her memory is patchy. The case rests on evidence independent of her recollection.')).toEqual([])
    expect(await judged('The defence will say she did not call out.')).not.toEqual([])
  })
})

describe('a list of matters tending against a prosecution', () => {
  it('reads each item of hers under it as weighed, his "lot to lose" with them', async () => {
    const items = await judged(
      'Matters tending against a prosecution\n\n- Relaxed behaviour with the suspect the next morning\n- Vague initial disclosure\n- He is a young man with a lot to lose\n',
    )
    expect(items).toEqual(['Relaxed behaviour with', 'Vague initial disclosure', 'a lot to lose'])
  })

  it('leaves the same items under a heading of matters in favour', async () => {
    expect(await judged('Matters tending in favour\n\n- Vague initial disclosure, explained by her fear of him\n')).toEqual([])
  })
})

describe('a busy writer’s words for her ordinary day, her reporting and a damaging point', () => {
  it.each([
    'The nurse on the next shift noticed nothing unusual about her, which a jury would find difficult to understand.',
    'She made a joke of it at breakfast, which sits uneasily with her account.',
    'Seven weeks before reporting, which undermines her credibility.',
    'Her report came only after he had ended her contract, which gives her an obvious motive.',
    'She has been seeing another man since March, which the defence will say is relevant to credibility.',
    'She sent him a message that night, which counsel described as the most damaging single item in the case.',
    'She sent him cheerful messages, and that would count against her with a jury.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each([
    'The nurse on the next shift noticed nothing unusual about him.',
    'She made a joke of it at breakfast because she did not know what else to do, which is common after an assault.',
    'His messages are the most damaging single item in the case against him.',
  ])('leaves: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })
})

describe('her manner read as willingness, and timing read as motive, in further words', () => {
  it.each([
    'On the CCTV there is no sign of reluctance as she goes down the stairs, which undermines her account.',
    'She had been friendly with him all afternoon, which a jury would find hard to square with her account.',
    'She neither resisted nor called for help, which is difficult to reconcile with her account.',
    'Her message to her friend does not say raped, which undermines her account.',
    'She did not seek medical attention at the time, which weakens the case.',
    'Her report was made while divorce proceedings were ongoing, which suggests a motive.',
    'She attended his 60th birthday party, which sits uneasily with her account.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each([
    'On the CCTV there is no sign of reluctance on his part as he follows her down the stairs.',
    'She did not seek medical attention at the time because she was afraid of him, which is common.',
  ])('leaves: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })
})

describe('"she" in a letter', () => {
  it('is someone else in a letter to the victim', async () => {
    expect(await judged('The scientist has finished. Her final report says the DNA cannot be reliably linked to him.', 'letter')).toEqual([])
  })

  it('is the victim in a letter to a parent about their child', async () => {
    expect(await judged('I know your daughter was frightened. She did not tell anyone until the summer, which undermines her account.', 'letter')).not.toEqual(
      [],
    )
  })
})

describe('points read as evidence against him', () => {
  it('leaves complaints about him, and her state that he was placed to see, under a heading of difficulties', async () => {
    expect(await judged('Difficulties\n\n- Previous complaints about him are held by the app company.\n')).toEqual([])
    expect(await judged('Difficulties\n\n- The drink she had taken is a matter he was well placed to see, and it goes to her vulnerability.\n')).toEqual([])
    expect(await judged('Difficulties\n\n- The drink she had taken.\n')).not.toEqual([])
  })
})

describe('corroboration asked for in a letter that weighs her account', () => {
  it('reads "no corroboration of your account" among the reasons, so its jargon fix is not offered inside the myth', async () => {
    const text =
      'The prosecutor took into account that you did not tell anyone at the time. There is no corroboration of your account, and a jury could not be sure.'
    expect(await judged(text, 'letter')).toContain('no corroboration')
    const all = await findings(text, 'letter', 'no-charge')
    expect(all.find((f) => f.ruleId === 'jargon/corroboration')?.expected ?? []).toEqual([])
  })
})

describe('an account said to grow, contact kept up, and how he struck others, in further words', () => {
  it.each([
    'Her later account escalated, which undermines her credibility.',
    'There is some variation as to whether she was asleep, which affects reliability.',
    'She has since returned to live with him, which a jury would find hard to understand.',
    'The messages were explicit on both sides, which undermines her account.',
    'He struck the interviewing officer as calm and credible, and her delay is difficult to explain.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it('leaves the same words where nothing is weighed', async () => {
    expect(await judged('She has since returned to live with her mother.')).toEqual([])
  })
})

describe('her clothes, a way out, help at hand, her choices and her silence, in further words', () => {
  it.each([
    'She answered the door in her dressing gown, which a jury will find hard to understand.',
    'She did not use the emergency cord beside the bed, which weakens her account.',
    'The front door was on the latch, which a jury would weigh against her.',
    'She said nothing although the pavilion was full, which is difficult to reconcile with her account.',
    'She chose to sit next to him on the empty bus, which the defence will exploit.',
    'She did not say anything to the skipper, which a jury would find odd.',
    'She posted cheerful photographs the next morning, which undermines her account.',
    'She had, by her own account, found him attractive, which weakens the case.',
    'She was seen sitting on his knee at the party, which undermines her account.',
    'The complaint would give her leverage over the rent arrears, which suggests a motive.',
    'She does not say she pushed him away, which a jury would find hard to understand.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each([
    // Done to her, not chosen: he pulled her there.
    'He pulled her onto his lap and held her wrist.',
    // Help at hand told as fact, with nothing weighed.
    'The children were asleep upstairs.',
    // His choice, not hers.
    'He saw her struggle to stand and chose to take her into a private room rather than call a taxi.',
  ])('leaves: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })
})

describe('a point about her the reviewer sets aside', () => {
  it('leaves her delay where the review finds her explanation credible and the timing not significant', async () => {
    expect(
      await judged(
        'I have also considered that she did not report until 24 October. She told the police she had been trying to keep the plot going. That explanation is credible and I do not regard the timing as significant.',
      ),
    ).toEqual([])
  })
})

describe('no struggle, no early word and a report set off by someone else, in a letter’s or a note’s words', () => {
  it.each([
    'There was no sign that you had tried to push him away, which weakens the case.',
    'No immediate complaint to any of the fifteen people present, which is difficult to reconcile with her account.',
    'Report prompted by a third party, which undermines her account.',
    'She disclosed only when her plot was threatened, which suggests a motive.',
    'Her return to work will be a real obstacle for a jury.',
    'Her voice on the call is calm, which suggests she was not in a state of distress.',
    'She did not push him away, which one might have expected had her wrist been held.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it.each([
    // His own conduct, set out as his.
    'There is no suggestion that he asked her whether she agreed.',
    // Her return told as fact, with nothing weighed.
    'Her return to work was delayed by a month of sick leave.',
  ])('leaves: %s', async (text) => {
    expect(await judged(text)).toEqual([])
  })
})

describe('a jury’s reasons read into her conduct, help at hand and an account said to shift, in further words', () => {
  it('reads each behaviour a jury is said to have been unpersuaded by', async () => {
    expect(
      await judged(
        'It is likely that jurors were not persuaded because you continued to ring on the same practice nights as Mr Duffield for some months afterwards, and you did not mention the incident to any other member of the band.',
        'letter',
      ),
    ).toEqual([
      'jurors were not persuaded because you continued to ring on the same practice nights as Mr Duffield for some months afterwards',
      'did not mention',
    ])
  })

  it.each([
    'She did not call out, though there was a neighbouring takeaway open until midnight, which is difficult to reconcile with her account.',
    'She did not bang on the door, which undermines her account.',
    'Previous unsubstantiated complaint, which a jury would weigh against her.',
    'These shifting descriptions would be exploited in cross-examination, which undermines her account.',
    'She left a positive online review the next day, which undermines her account.',
    'She even booked a touch-up appointment for October.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })

  it('reads "even" as a word of its own, not the start of "evening"', async () => {
    expect(await judged('His drinking that evening made what he did worse, not better.')).toEqual([])
  })
})

describe('her conduct given with her reason and a plan to meet it', () => {
  const item = (text: string) => `Weaknesses\n\n- ${text}\n`
  it('leaves her carrying on at work under a Weaknesses heading where the review gives why and how it will be met', async () => {
    expect(
      await judged(
        item(
          'She continued to work with him until August, because leaving the firm would have ended her apprenticeship; this will be dealt with through her evidence.',
        ),
      ),
    ).toEqual([])
    expect((await judged(item('She continued to work with him until August.'))).length).toBeGreaterThan(0)
  })
})

describe('a door not secured, a reason read into her going there, and a report set after action against her', () => {
  it.each([
    'Her bedroom door had no lock and she did not wedge it shut, which undermines her account.',
    'She had no reason to go there other than to spend time alone with him, which undermines her account.',
    'Her complaint post-dates disciplinary action against her, which suggests a motive.',
    'Her voluntary consumption of alcohol with the suspect after hours undermines her account.',
    'None of her colleagues noticed anything wrong, which is difficult to reconcile with her account.',
    'Six-week gap before reporting, which undermines her account.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })
})

describe("a male complainant's build, weighed as if he should have fought", () => {
  const review = (item: string) =>
    `RC (22) says that PEMBERTON raped him in the dairy office. PEMBERTON denies it. PEMBERTON was interviewed.\n\nWeaknesses\n\n- ${item}\n`
  it('flags his build set out under a Weaknesses heading', async () => {
    expect((await judged(review('RC is a fit and strongly built young man who handles cattle daily.'))).length).toBeGreaterThan(0)
  })
  it("leaves the suspect's build alone", async () => {
    expect(await judged(review('PEMBERTON is a large man who stood between RC and the door.'))).toEqual([])
  })
})

describe('her time there judged, and fear read off her conduct', () => {
  it.each([
    'She continued to share the house with him for three weeks. That is a long time to stay under the same roof as a man who raped you.',
    'She has continued to train on equipment he maintains, which suggests she is not in fear of him.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })
  it('leaves her fear told as hers', async () => {
    expect(await judged('She continued to train there because she could not afford to leave, and she says she is afraid of him.')).toEqual([])
  })
})

describe('a heading that names her conduct', () => {
  it('reports what the paragraph under it weighs, not the heading itself, in a review that leans on her', async () => {
    const review =
      'VW says BURTON raped her in his wagon. BURTON denies it. VW was 19.\n\nHer conduct afterwards\n\nVW did not tell anyone for a fortnight and continued to help his family.\n'
    const doc = indexText(review)
    const found = checkJudgedBehaviour(doc, 'review', true, readPeople(doc)).map((f) => f.actual)
    expect(found.length).toBeGreaterThan(0)
    expect(found.filter((f) => /^Her conduct/.test(f))).toEqual([])
  })
})

describe('the evidential test in a jury’s words', () => {
  it('leaves "a jury is unlikely to be sure" where what it would be sure of is not her', async () => {
    const review =
      'AB says REES raped her. AB was 19. AB stayed the night.\n\nConclusion\n\nGiven the issues above, a jury is unlikely to be sure. Evidential stage not met.\n'
    const doc = indexText(review)
    expect(checkJudgedBehaviour(doc, 'review', true, readPeople(doc)).map((f) => f.actual)).not.toContain('jury is unlikely to be sure')
  })
})

describe('what most people would do, and how a jury will view her', () => {
  it.each([
    'She sent him a friendly message. That is not how most people would write to a man who had raped them.',
    'She has a history of self-harm. This will inevitably affect how a jury views her.',
  ])('flags: %s', async (text) => {
    expect((await judged(text)).length).toBeGreaterThan(0)
  })
})

describe('his account under his name, and what the case does not turn on', () => {
  it("leaves what Mr Penrose's account says of her in a letter", async () => {
    const letter =
      "Dear Mr Tregenza,\n\nI have looked at the statements of the skipper and the interview of Mr Penrose. Mr Penrose's account in interview was that the two of you had been drinking rum after hauling and that everything that happened was consensual.\n"
    expect((await findings(letter, 'letter', 'no-charge')).filter((f) => f.ruleId.startsWith('misconception/')).map((f) => f.actual)).toEqual([])
  })
  it('leaves her conduct named as what the case does not turn on, in a review that leans on her', async () => {
    const review = 'AF says WARD raped her. AF was 20. AF reported it the next day.\n\nThe case does not turn on AF’s intoxication.\n'
    const doc = indexText(review)
    expect(checkJudgedBehaviour(doc, 'review', true, readPeople(doc)).map((f) => f.actual)).toEqual([])
  })
})

describe("a table row's label", () => {
  it('reports the label with the cell it labels', async () => {
    const review =
      'SH says FAIRCLOUGH raped her at the climbing wall. SH was 24. SH reported it the next day.\n\n| Issue | Evidence | Effect |\n|---|---|---|\n| Prior relationship | SH and FAIRCLOUGH were together until last year. | Makes consent more plausible. |\n'
    const doc = indexText(review)
    const found = checkJudgedBehaviour(doc, 'review', true, readPeople(doc)).map((f) => f.actual)
    expect(found.some((f) => f.startsWith('Prior relationship') && f.includes('SH and FAIRCLOUGH were together'))).toBe(true)
  })
})

describe('a point the reviewer concedes has no answer', () => {
  it('flags the defence point the review cannot answer', async () => {
    const review =
      'JW says FENWICK raped him in the band room. JW was 19. FENWICK denies it.\n\nJW accepts that he became physically aroused. The defence will inevitably say that this is consistent with his consent, and I do not see a straightforward answer to that.\n'
    const found = (await findings(review, 'review')).filter((f) => f.ruleId.startsWith('misconception/')).map((f) => f.actual)
    expect(found.some((f) => /straightforward answer|consistent with his consent/.test(f))).toBe(true)
  })
})

describe('others close by, set against her in a concession', () => {
  it("reads the concession as weighing her silence, in the review's own voice", async () => {
    expect(await judged('AB says MORRIS raped her. She was found crying in the hut, although three other volunteers were within earshot.')).toContain(
      'although three other volunteers were within earshot',
    )
  })

  it("leaves it in the suspect's account and where the review answers it", async () => {
    expect(await judged('AB says MORRIS raped her. MORRIS says she did not call out, although two other lads sleep on the same corridor.')).toEqual([])
    expect(
      await judged(
        'AB says MORRIS raped her. The defence will say she did not call out, although two other lads sleep on the same corridor. The explanation is that she froze, which is common.',
      ),
    ).toEqual([])
  })
})
