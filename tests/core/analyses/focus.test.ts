/**
 * Review focus: victim scrutiny without suspect analysis, the strengths and
 * weaknesses frame, and behaviours listed as weaknesses, with the cases a
 * specialist would leave alone.
 */
import { describe, expect, it } from 'vitest'
import { checkFocus } from '../../../src/core/analyses/focus.js'
import { readPeople } from '../../../src/core/analyses/people.js'
import { findings } from '../../helpers.js'
import { indexText } from '../../helpers-doc.js'

const of = async (text: string, prefix: string) => (await findings(text, 'review')).filter((f) => f.ruleId.startsWith(prefix)).map((f) => f.actual)

const victimFocused = `CHARGING REVIEW

R v Liam MARSH

The complainant (CD) went to a party and drank heavily. She accepts that she did not tell him to stop. She stayed at the house until the morning. She sent MARSH a friendly message the next day. She did not report until a week later.

MARSH was interviewed and gave a prepared statement.`

const suspectFocused = `CHARGING REVIEW

R v Liam MARSH

MARSH planned the evening and knew that CD had drunk far more than him. He took no steps to find out whether she agreed. His messages the next day contradict his account. He deleted the photographs before his arrest. He targeted her because she was alone and vulnerable.

CD did not report until a week later. The defence may suggest the delay undermines her account; delayed reporting is common and we will ask for a jury direction.`

describe('focus/victim-scrutiny', () => {
  it('flags scrutiny of the complainant when the suspect is barely analysed', async () => {
    const flagged = await of(victimFocused, 'focus/victim-scrutiny')
    expect(flagged).toEqual(
      expect.arrayContaining([
        'She accepts that she did not tell him to stop.',
        'She sent MARSH a friendly message the next day.',
        'She did not report until a week later.',
      ]),
    )
  })

  it('leaves a sentence that speaks for her case in a review that leans on her', async () => {
    const sentence = 'Her messages to her sister that night are strong evidence that she did not agree.'
    const flagged = await of(victimFocused.replace('MARSH was interviewed', `${sentence}\n\nMARSH was interviewed`), 'focus/victim-scrutiny')
    expect(flagged).toContain('She did not report until a week later.')
    expect(flagged).not.toContain(sentence)
  })

  it.each(['CD has been referred to an independent sexual violence adviser.', 'Bail conditions preventing contact with CD are to be sought.'])(
    'leaves what is done to support and protect her: %s',
    async (sentence) => {
      const flagged = await of(victimFocused.replace('MARSH was interviewed', `${sentence}\n\nMARSH was interviewed`), 'focus/victim-scrutiny')
      expect(flagged).toContain('She did not report until a week later.')
      expect(flagged).not.toContain(sentence)
    },
  )

  it('reports what a heading names, not the heading ("Her conduct afterwards")', async () => {
    const headed = victimFocused.replace(' She stayed at the house', '\n\n**Her conduct afterwards**\n\nShe stayed at the house')
    const flagged = await of(headed, 'focus/victim-scrutiny')
    expect(flagged).toContain('She did not report until a week later.')
    expect(flagged).not.toContain('**Her conduct afterwards**')
  })

  it('stays silent on a review that tests the suspect and counters the myth', async () => {
    expect(await of(suspectFocused, 'focus/victim-scrutiny')).toEqual([])
  })

  it("does not count the suspect's reported words as scrutiny", async () => {
    const text = 'R v Liam MARSH\n\nHe says she kissed him first and stayed the night. MARSH says she sent him a message.'
    expect(await of(text, 'focus/victim-scrutiny')).toEqual([])
  })

  it('reports the balance as information', async () => {
    const balance = (await findings(victimFocused, 'review')).find((f) => f.ruleId === 'focus/balance')!
    expect(balance.severity).toBe('info')
    const { lint } = await import('../../../src/index.js')
    const file = await lint(victimFocused, { kind: 'review' })
    expect(file.messages.find((m) => m.ruleId === 'focus/balance')!.reason).toMatch(/has [4-6] sentences weighing the complainant's conduct and 0 testing/)
  })

  it('never runs on letters', async () => {
    expect((await findings(victimFocused, 'letter')).filter((f) => f.ruleId.startsWith('focus/'))).toEqual([])
  })
})

describe('focus/binary-framing and misconception/behaviour-as-weakness', () => {
  const review = `Assessment

Strengths:
- Early complaint to a friend.

Weaknesses:
- Froze and did not resist.
- Delay of three weeks in reporting.
- Friendly messages to the suspect afterwards.
- The CCTV from the bar has been lost.

Conclusion

The evidential stage is not met.`

  it('flags the headings', async () => {
    expect(await of(review, 'focus/binary-framing')).toEqual(['Strengths:', 'Weaknesses:'])
  })

  it('flags the frame in other paired words, and reads the items under its unhelpful side', async () => {
    const paired = review.replace('Strengths:', 'Helpful:').replace('Weaknesses:', 'Unhelpful:')
    expect(await of(paired, 'focus/binary-framing')).toEqual(['Helpful:', 'Unhelpful:'])
    expect(await of(paired, 'misconception/behaviour-as-weakness')).toContain('Froze and did not resist.')
    expect(await of(review.replace('Strengths:', 'Assets:').replace('Weaknesses:', 'Liabilities:'), 'focus/binary-framing')).toEqual([
      'Assets:',
      'Liabilities:',
    ])
    const table = 'AB says MORRIS raped her.\n\n| For a prosecution | Against |\n|---|---|\n| Early complaint | Stayed at the flat |\n'
    expect(await of(table, 'focus/binary-framing')).toEqual(['For a prosecution', 'Against'])
    // "For:" and "Against:" sort the evidence only as a pair; "For:" alone may address a memo.
    const sides = review.replace('Strengths:', 'For:').replace('Weaknesses:', 'Against:')
    expect(await of(sides, 'focus/binary-framing')).toEqual(['For:', 'Against:'])
    expect(await of('For: the reviewing lawyer\n\nAB reported the rape the next day.\n', 'focus/binary-framing')).toEqual([])
    const pros = review.replace('Strengths:', 'Pro:').replace('Weaknesses:', 'Con:')
    expect(await of(pros, 'focus/binary-framing')).toEqual(['Pro:', 'Con:'])
    expect(await of(pros, 'misconception/behaviour-as-weakness')).toContain('Froze and did not resist.')
  })

  it('flags victim behaviours listed as weaknesses, not other items', async () => {
    expect(await of(review, 'misconception/behaviour-as-weakness')).toEqual([
      'Froze and did not resist.',
      'Delay of three weeks in reporting.',
      'Friendly messages to the suspect afterwards.',
    ])
  })

  it('flags a report timed to something that befell her, a grudge, a return and no disclosure listed as weaknesses', async () => {
    const text =
      'CHARGING REVIEW\n\nWeaknesses:\n\n- Five weeks, coinciding with job loss.\n- Grudge over the plot allocation.\n- Return to rehearsals and the Easter concert.\n- No disclosure to the welfare officer.\n- The suspect has no previous convictions.\n'
    expect(await of(text, 'misconception/behaviour-as-weakness')).toEqual([
      'Five weeks, coinciding with job loss.',
      'Grudge over the plot allocation.',
      'Return to rehearsals and the Easter concert.',
      'No disclosure to the welfare officer.',
    ])
  })

  it('ends the list at the next heading in bold, which is not an item however it starts', async () => {
    const text =
      'CHARGING REVIEW\n\nWeaknesses:\n\n- No shouting, struggle or attempt to get out.\n\n**Conclusion**\n\nCharge rape. Bail conditions: no contact with EF; not to attend the climbing centre.\n'
    expect(await of(text, 'misconception/behaviour-as-weakness')).toEqual(['No shouting, struggle or attempt to get out.'])
  })

  it("flags a table row's closing verdict in the binary frame, after a dash or with a qualifier", async () => {
    const table =
      '| Issue | Evidence | Effect on case |\n|---|---|---|\n| Conduct afterwards | She worked the next day | Inconsistent with fear – weakness |\n| First account | Told her sister | strength (limited) |\n| Interview | He says it was horseplay | neutral |\n'
    expect(await of(table, 'focus/binary-framing')).toEqual(['weakness', 'strength (limited)'])
    expect(
      await of('| Point | Note |\n|---|---|\n| Wall | The surveyor found a weakness |\n| Rope | Its strength was tested |\n', 'focus/binary-framing'),
    ).toEqual([])
  })

  it('leaves "weakness" in its ordinary sense alone', async () => {
    const text = 'The surveyor found a weakness in the wall. Her strength of feeling was clear.'
    expect(await of(text, 'focus/binary-framing')).toEqual([])
    expect(await of(text, 'misconception/behaviour-as-weakness')).toEqual([])
  })
})

describe('focus in the reviewer’s own words', () => {
  const focus = async (text: string) =>
    (await findings(text, 'review')).filter((f) => f.ruleId.startsWith('focus/') && f.severity !== 'info').map((f) => f.ruleId)

  it('asks for the case to be framed by the evidence, not by whether she is believed', async () => {
    expect(await focus('The case turns on whether AB is believed.')).toEqual(['focus/credibility-frame'])
    expect(await focus('The case turns on whether he knew she could not agree, and his messages show he did.')).toEqual([])
  })

  it('flags a trawl of her phone or records by initials, and not of his', async () => {
    const review =
      "AB says he raped her. AB told her sister the next day. AB went to the police that week.\n\nObtain a full download of AB's phone for the year.\n"
    expect(await focus(review)).toContain('focus/records-trawl')
    expect(await focus("MORRIS denies it. MORRIS was arrested. Obtain a full download of MORRIS's phone for May.")).toEqual([])
  })
})

describe('a strong review that tells her side in neutral chronology', () => {
  // Each tells what she did without weighing it, tests him in sentences that do not always
  // name him first, and uses the word "weakness" about something other than her.
  it.each([
    `CHARGING REVIEW\n\nR v Darren McKEE\n\nFC left the flat at 02:10 and went to her sister's house. She called 999 at 02:31. She gave a video-recorded interview that morning.\n\nMessages on FC's phone show McKEE threatening her if she left. After she left, McKEE messaged her sister to say sorry. Without asking her, he took her phone.\n\nThere was one weakness in the continuity of an exhibit, which the officer has corrected. This is not a matter of concern.\n`,
    `CHARGING REVIEW\n\nR v Tom FENWICK\n\nNH says she left at about 23:30 to walk home alone. She rang her friend at 00:14, crying, and then called the police. There is no message from NH to FENWICK that night.\n\nWhen she blocked him, he messaged her through a friend's account. FENWICK's account changed between interviews, and he took no steps to find out whether she agreed.\n\nStrengths and weaknesses\n\nThe laboratory report on her clothing was delayed by some weeks.\n`,
  ])('does not call it victim scrutiny (%#)', async (text) => {
    expect(await of(text, 'focus/victim-scrutiny')).toEqual([])
  })

  it('still flags a review that weighs what she did and does not test him', async () => {
    const text = `CHARGING REVIEW\n\nR v Tom FENWICK\n\nNH went to work as normal the next morning. She has a caution for possession of cannabis. She continued to see FENWICK socially. This undermines her credibility. Her account of the timing is difficult to reconcile with the CCTV.\n`
    expect((await of(text, 'focus/victim-scrutiny')).length).toBeGreaterThanOrEqual(3)
  })
})

describe('an item about the suspect under a Weaknesses heading', () => {
  it.each(['MORRIS sent her messages asking her not to tell anyone.', 'He has no previous convictions.', 'The suspect was drunk and says he cannot remember.'])(
    'is not her behaviour: %s',
    async (item) => {
      expect(await of(`CHARGING REVIEW\n\nWeaknesses\n\n- ${item}\n\nMORRIS was interviewed.\n`, 'misconception/behaviour-as-weakness')).toEqual([])
    },
  )
})

describe('a review that leans on her: its weighing sentences too', () => {
  const text = `CHARGING REVIEW\n\nR v Tom FENWICK\n\nNH went to work as normal the next morning. She has a caution for possession of cannabis. She continued to see FENWICK socially. This is a significant concern. She made two earlier complaints. The pattern is a matter of real concern.\n`
  it.each(['This is a significant concern.', 'The pattern is a matter of real concern.'])('flags “%s”', async (sentence) => {
    expect(await of(text, 'focus/victim-scrutiny')).toContain(sentence)
  })
})

describe('a male complainant, when both people are men', () => {
  const review = (middle: string) =>
    `CHARGING REVIEW\n\nR v Karl DOWSETT\n\nSB met DOWSETT at a party. SB says DOWSETT raped him while he slept.\n\n${middle}\n`
  it.each([
    'SB walked home at 06:00 and told nobody for four months. He stayed in the team chat with DOWSETT. He shook hands with DOWSETT after a match. This undermines his credibility, and a jury may struggle with it.',
    'SB did not report for months. He continued to see DOWSETT socially. He went to work as normal. His account is hard to reconcile with the messages, and a jury may doubt him.',
  ])('reads "he" after the complainant as the complainant (%#)', async (middle) => {
    expect((await of(review(middle), 'focus/victim-scrutiny')).length).toBeGreaterThanOrEqual(2)
  })

  it('still reads "he" after the suspect as the suspect', async () => {
    const middle =
      'DOWSETT planned the evening. He knew SB was asleep and took no steps to check. He deleted his messages. His account contradicts the CCTV. He targeted SB because he was drunk and vulnerable.'
    expect(await of(review(middle), 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('her own account of the offence is not scrutiny of her', () => {
  const review = (account: string) =>
    `CHARGING REVIEW\n\nR v Tom FENWICK\n\nNH went to work as normal the next morning. NH has a caution for cannabis. NH continued to see FENWICK socially. This undermines her credibility, and a jury may struggle with it.\n\n${account}\n`
  it.each([
    'NH says that they kissed on the sofa and that she then told him she wanted to go home.',
    'She describes him pushing her onto the bed after she had drunk two glasses of wine.',
    'The complainant alleges that FENWICK followed her into the kitchen and stayed until she left.',
    "NH's account is that she stayed at the flat because she was frightened of him.",
    'The complainant, NH (24), says that FENWICK stayed at her flat after the party and would not leave.',
    'As I read the file, the complainant (NH, now 30) describes him drinking with her before he locked the door.',
  ])('leaves “%s” alone', async (account) => {
    const text = review(account)
    const from = text.indexOf(account)
    const inAccount = (await findings(text, 'review')).filter(
      (f) => f.severity !== 'info' && f.start >= from && (f.ruleId.startsWith('focus/') || f.ruleId.startsWith('misconception/')),
    )
    expect(inAccount.map((f) => `${f.ruleId}: ${f.actual}`)).toEqual([])
  })
})

describe('a request for her records, by her initials', () => {
  const review = (request: string) =>
    `CHARGING REVIEW\n\nR v Tom FENWICK\n\nNP met FENWICK online. NP reported the rape. NP was interviewed.\n\nFurther enquiries\n\n${request}\n`
  it.each([
    "Please download NP's phone in full.",
    "Obtain NP's GP and counselling records.",
    "- NP's full GP and counselling records.",
    "The officer should examine NP's social media accounts.",
  ])('flags “%s”', async (request) => {
    expect(await of(review(request), 'focus/records-trawl')).toHaveLength(1)
  })
})

describe('an "Issues" heading', () => {
  const leaning = (heading: string) =>
    `CHARGING REVIEW\n\nR v Tom FENWICK\n\nNH went to work as normal the next morning. NH has a caution for cannabis. NH continued to see FENWICK socially. This undermines her credibility, and a jury may struggle with it.\n\n${heading}\n\n- Delay in reporting.\n`
  const strong = (heading: string) =>
    `CHARGING REVIEW\n\nR v Tom FENWICK\n\nFENWICK planned the evening. He knew NH was drunk and took no steps to find out whether she agreed. He deleted his messages. His account contradicts the CCTV.\n\n${heading}\n\n- Delay in reporting: NH explains that she was frightened of him.\n`
  it.each(['3. Matters affecting credibility', '**Credibility issues**', 'Evidential concerns:', 'Risks to the prosecution', '**Points to note**'])(
    'frames the points against her in a review that leans on her: %s',
    async (heading) => {
      expect(await of(leaning(heading), 'focus/binary-framing')).toHaveLength(1)
    },
  )
  it.each(['Issues', '**Concerns**', 'Risks:', 'Points to note', 'Key issues'])('is neutral in a review that tests him: %s', async (heading) => {
    expect(await of(strong(heading), 'focus/binary-framing')).toEqual([])
  })
  it.each(['Issues', '**Concerns**', 'Risks:', '4. Problems', 'Key issues:'])(
    'is a plain layout, neutral even in a review that leans on her: %s',
    async (heading) => {
      expect(await of(leaning(heading), 'focus/binary-framing')).toEqual([])
    },
  )
})

describe('a review whose sentences are almost all about her conduct', () => {
  // One weighing sentence is enough when her conduct fills the review and he barely appears.
  const lopsided = `CHARGING REVIEW\n\nR v Tom FENWICK\n\nNH drank six glasses of wine at the party. She danced with FENWICK and kissed him at the bar. She went back to his flat voluntarily. She stayed the night. She sent him a message the next morning. She went to work as normal. She did not tell anyone until the weekend. She reported to the police eleven days later. Her account is difficult to reconcile with the messages.\n\nFENWICK knew she was drunk. He took no steps to find out whether she agreed.\n`
  it('flags the scrutiny', async () => {
    expect((await of(lopsided, 'focus/victim-scrutiny')).length).toBeGreaterThanOrEqual(6)
  })

  it('stays silent when the same review tests him as much', async () => {
    const balanced = lopsided.replace(
      'FENWICK knew she was drunk. He took no steps to find out whether she agreed.',
      'FENWICK knew she was drunk. He planned the evening and isolated her. He took no steps to find out whether she agreed. His messages contradict his account. He deleted the photographs. He threatened her when she left. He lied in interview about the taxi.',
    )
    expect(await of(balanced, 'focus/victim-scrutiny')).toEqual([])
  })

  it('stays silent on neutral chronology with no weighing at all', async () => {
    expect(await of(lopsided.replace(' Her account is difficult to reconcile with the messages.', ''), 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('a short review that sets out her conduct and tests his once at most', () => {
  // A few sentences of her conduct, one weighing of it, and a single line testing him.
  const short = `CHARGING REVIEW\n\nR v Adam QUILTER\n\nRB stayed at the office party until midnight. She accepted a lift home from QUILTER. She went to her shift the next morning as usual. She did not tell anyone for nine days. Her return to work so soon sits uneasily with her account.\n\nHe took no steps to find out whether she agreed.\n`
  it('flags the scrutiny', async () => {
    expect((await of(short, 'focus/victim-scrutiny')).length).toBeGreaterThanOrEqual(3)
  })

  it('stays silent when the review tests him twice or more', async () => {
    const tested = short.replace(
      'He took no steps to find out whether she agreed.',
      'He took no steps to find out whether she agreed. QUILTER knew she was drunk. His messages that night contradict his account.',
    )
    expect(await of(tested, 'focus/victim-scrutiny')).toEqual([])
  })

  it('stays silent when nothing weighs her conduct', async () => {
    expect(await of(short.replace(' Her return to work so soon sits uneasily with her account.', ''), 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('character evidence about her from others', () => {
  // A colleague's view of her nature, set out beside her conduct, weighs her; no other weighing word is needed.
  const review = (line: string) =>
    `CHARGING REVIEW\n\nR v Dean ASHWORTH\n\nPK stayed at the leaving do until after midnight. She accepted a lift home from ASHWORTH. She went to work the next morning as usual. ${line}\n\nHe took no steps to find out whether she agreed.\n`
  it.each([
    'Her team leader describes her as "a bit of a drama queen who overreacts to small things".',
    'A neighbour\'s description of PK as "headstrong" sits in the file beside her statement.',
    'Her line manager characterises PK as highly strung and prone to exaggeration.',
  ])('flags it and the scrutiny beside it: %s', async (line) => {
    const flagged = await of(review(line), 'focus/victim-scrutiny')
    expect(flagged).toContain(line)
    expect(flagged.length).toBeGreaterThanOrEqual(3)
  })

  it.each([
    'Her team leader describes her as shaking and tearful when she arrived.',
    'Her team leader describes her as a hard-working and popular colleague.',
    'ASHWORTH describes PK as "jealous and possessive".',
  ])('stays silent on what she seemed, praise, or his own view of her: %s', async (line) => {
    expect(await of(review(line), 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('the reviewer answering a point about her in her favour', () => {
  const review = (line: string) =>
    `CHARGING REVIEW\n\nR v Neil CARVER\n\nSW stayed at the party until two. She went to work the next morning as usual. She sent him a friendly message that evening. She did not tell anyone for ten days. The delay is a concern. ${line}\n\nHe took no steps to find out whether she agreed.\n`
  it.each([
    'Her fear of losing her job explains the delay rather than undermining her account.',
    'Her patchy memory of the night is what one would expect from the amount he poured for her.',
    'Her continued contact with him does not count against her.',
  ])('is not itself scrutiny of her: %s', async (line) => {
    const flagged = await of(review(line), 'focus/victim-scrutiny')
    expect(flagged.length).toBeGreaterThan(0)
    expect(flagged).not.toContain(line)
  })
})

describe('the lines that say who she is', () => {
  const review = (line: string) =>
    `CHARGING REVIEW\n\nR v Neil CARVER\n\n${line}\n\nShe stayed at the party until two. She went to work the next morning as usual. She sent him a friendly message that evening. She did not tell anyone for ten days. The delay is a concern.\n\nHe took no steps to find out whether she agreed.\n`
  it.each([
    'Complainant: Rachel SUTTON (41), mental health nurse',
    'She is 41 and works in a wine bar in Wigan.',
    'The complainant, a staff nurse at the infirmary, stayed late at the party.',
  ])('are not scrutiny of her in a review that leans on her: %s', async (line) => {
    const flagged = await of(review(line), 'focus/victim-scrutiny')
    expect(flagged.length).toBeGreaterThan(0)
    expect(flagged).not.toContain(line)
  })
})

describe('her silence and ordinary day afterwards, in other words', () => {
  const lines = [
    'She finished her shift without saying anything to her supervisor.',
    'She was back at the gym on the Monday.',
    'Friends saw her chatting with LOWRY at the bus stop.',
    'She posted photographs from a barbecue that weekend, smiling with friends.',
  ]
  const leaning = `CHARGING REVIEW\n\nR v Mark LOWRY\n\n${lines.join(' ')} Her conduct sits uneasily with her account.\n\nHe took no steps to find out whether she agreed.\n`
  it('is scrutiny of her in a review that leans on her', async () => {
    const flagged = await of(leaning, 'focus/victim-scrutiny')
    for (const line of lines) expect(flagged).toContain(line)
  })

  it('is neutral chronology in a review that tests him', async () => {
    const strong = leaning.replace(
      'He took no steps to find out whether she agreed.',
      'LOWRY knew she was asleep. He took no steps to find out whether she agreed. His messages contradict his account. He deleted the photographs before his arrest. He lied in interview about the lift.',
    )
    expect(await of(strong, 'focus/victim-scrutiny')).toEqual([])
  })
})

describe("a review of another lawyer's decision that sets out its reasoning and rejects it", () => {
  const reviewOf = `VICTIMS' RIGHT TO REVIEW\n\nR v Carl BRANDT\n\nThe original decision\n\nThe original reviewer placed weight on the absence of injury, on the fact that JK had been drinking for several hours, and on her friendly message to BRANDT the following day. The earlier lawyer also treated her delay of nine days in reporting as undermining her credibility.\n\nMy assessment\n\nThe first decision asked the wrong question. The issue was never how much JK drank; it was what BRANDT knew about her state. The absence of injury is unremarkable, and her message cannot fairly be read as a sign that nothing happened. BRANDT knew she could not stand unaided and took no steps to find out whether she agreed.\n`
  it('finds no misconception in the reasoning it reports and answers', async () => {
    expect(await of(reviewOf, 'misconception/')).toEqual([])
  })

  it('does not call its account of the earlier reasoning victim scrutiny', async () => {
    expect(await of(reviewOf, 'focus/victim-scrutiny')).toEqual([])
  })

  it('still flags the same weighing in the reviewer’s own voice', async () => {
    const own = reviewOf.replace('The original reviewer placed weight on', 'I place weight on').replace('The earlier lawyer also treated', 'I also treat')
    expect((await of(own, 'misconception/')).length).toBeGreaterThan(0)
  })
})

describe('the binary frame in other forms', () => {
  it.each([
    ['| Strengths | Weaknesses |\n| --- | --- |\n| CCTV | Delay |', ['Strengths', 'Weaknesses']],
    ["**Points in the complainant's favour**\n\n1. Her first account was consistent.", ["**Points in the complainant's favour**"]],
    ['Factors against\n\n- The delay.', ['Factors against']],
    ['Points for the prosecution:\n\n- The CCTV.', ['Points for the prosecution:']],
    ['**Problems with the case**\n\n1. The delay.', ['**Problems with the case**']],
    ['| Evidence | Strength / Weakness |\n| --- | --- |\n| CCTV | Strong |', ['Strength / Weakness']],
    ['**Matters undermining the case**\n\n1. The delay.', ['**Matters undermining the case**']],
    ['Factors supporting the case:\n\n- The CCTV.', ['Factors supporting the case:']],
    ['| Point | Assessment |\n| --- | --- |\n| Her delay | Weakness |', ['Weakness']],
    ['| For | Against |\n| --- | --- |\n| CCTV | Her delay |', ['For', 'Against']],
    ['| Strengths | Risks |\n| --- | --- |\n| CCTV | Her delay |', ['Strengths', 'Risks']],
    ['| Evidence | Helps | Hurts |\n| --- | --- | --- |\n| CCTV | yes | |', ['Helps', 'Hurts']],
    ['**Points for the defence**\n\n1. The delay.', ['**Points for the defence**']],
    ['Points for / Points against\n\n- The delay.', ['Points for / Points against']],
  ])('flags the headings: %s', async (body, expected) => {
    expect(await of(`CHARGING REVIEW\n\nR v Tom FENWICK\n\n${body}\n`, 'focus/binary-framing')).toEqual(expected)
  })

  it.each([
    'On balance the difficulties outweigh the strengths.',
    'The points against a charge plainly outweigh those in her favour.',
    'Taken together, the Undermines column is considerably longer than the Supports column.',
    'On balance the risks outweigh the strengths.',
  ])('flags a decision drawn by setting one list against the other: %s', async (line) => {
    expect(await of(`CHARGING REVIEW\n\nR v Tom FENWICK\n\n${line}\n`, 'focus/binary-framing')).toEqual([line])
  })

  it.each(['The public interest factors in favour of prosecution outweigh those against.', 'His lies in interview outweigh any difficulty with her memory.'])(
    'leaves the public interest test and other weighing: %s',
    async (line) => {
      expect(await of(`CHARGING REVIEW\n\nR v Tom FENWICK\n\n${line}\n`, 'focus/binary-framing')).toEqual([])
    },
  )

  it('leaves a column that rates how strong each item is', async () => {
    expect(await of('CHARGING REVIEW\n\n| Item | Strength |\n| --- | --- |\n| CCTV | Strong |\n', 'focus/binary-framing')).toEqual([])
  })

  it('leaves a table whose cells are evidence alone', async () => {
    expect(await of('CHARGING REVIEW\n\n| Item | What it shows |\n| --- | --- |\n| CCTV | He led her out |\n', 'focus/binary-framing')).toEqual([])
  })
})

describe('a review that leans on her through plain narrative and a few weighing words', () => {
  // Her conduct told as narrative; the weighing is in hedged jury speculation and in her own choices.
  const narrative = `CHARGING REVIEW\n\nR v Owen GARSIDE\n\nRB met GARSIDE through a climbing club. She invited him in for coffee after a session. She chose to stay in the kitchen with him after her housemate went to bed. She texted him the next day to thank him for the lift. She did not tell her housemate for a month.\n\nA jury may well ask why she texted him at all. The continued contact is the central problem.\n\nGARSIDE was interviewed and says it was consensual.\n`
  it('flags her conduct and the weighing', async () => {
    const flagged = await of(narrative, 'focus/victim-scrutiny')
    expect(flagged).toEqual(expect.arrayContaining(['She invited him in for coffee after a session.', 'The continued contact is the central problem.']))
  })

  it('stays silent when the review tests him as much as it tells her side', async () => {
    const tested = narrative
      .replace('\n\nA jury may well ask why she texted him at all. The continued contact is the central problem.', '')
      .replace(
        'GARSIDE was interviewed and says it was consensual.',
        'GARSIDE knew she had refused him earlier that evening. His messages contradict his account. He took no steps to find out whether she agreed. He deleted the messages before his arrest. He targeted her because she was alone.',
      )
    expect(await of(tested, 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('her conduct listed under a Difficulties heading', () => {
  const listed = `CHARGING REVIEW\n\nR v Owen GARSIDE\n\nRB says GARSIDE raped her after a club social. GARSIDE says she agreed.\n\nEvidential difficulties\n\n- She had been drinking all evening.\n- She messaged him the following day.\n- She delayed reporting for three weeks.\n\nGARSIDE gave a prepared statement.\n`
  it('reads the list as weighing her conduct', async () => {
    expect((await of(listed, 'misconception/behaviour-as-weakness')).length).toBe(3)
    expect((await of(listed, 'focus/victim-scrutiny')).length).toBeGreaterThan(0)
  })

  it('leaves items about him alone', async () => {
    const his = listed.replace(/- She[^\n]*\n/g, '').replace('Evidential difficulties\n\n', 'Evidential difficulties\n\n- He has no previous convictions.\n')
    expect(await of(his, 'misconception/behaviour-as-weakness')).toEqual([])
  })
})

describe('a strong review in which he acts in the same sentence as her', () => {
  const strongNarrative = `CHARGING REVIEW\n\nR v Owen GARSIDE\n\nRB left the bar at midnight; GARSIDE followed her out. She walked towards the station, and he caught up with her. She stayed at her friend's flat afterwards.\n\nGARSIDE knew she was drunk. His messages contradict his account. He took no steps to find out whether she agreed.\n`
  it('does not count those sentences as scrutiny of her', async () => {
    expect(await of(strongNarrative, 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('an enquiry into his phone, or what her phone showed', () => {
  const text = `CHARGING REVIEW\n\nR v Owen GARSIDE\n\nRB says GARSIDE raped her. RB reported the next morning. RB gave a detailed interview.\n\n- GARSIDE's phone: messages and location data for the night, to test his account.\n\nThe download of RB's phone shows his messages after the offence.\n`
  it('is not a request for her records', async () => {
    expect(await of(text, 'focus/records-trawl')).toEqual([])
  })
})

describe('her records taken in the passive', () => {
  const base = `CHARGING REVIEW\n\nR v Owen GARSIDE\n\nRB says GARSIDE raped her. RB reported the next morning. RB gave a detailed interview.\n\n`
  it('flags records said to have been obtained whole', async () => {
    expect(await of(`${base}RB's complete counselling records were obtained before this review.\n`, 'focus/records-trawl')).toEqual([
      "RB's complete counselling",
    ])
  })

  it('leaves records said not to have been requested', async () => {
    expect(await of(`${base}RB's counselling records have not been requested, as no line of enquiry needs them.\n`, 'focus/records-trawl')).toEqual([])
  })

  it('leaves records listed as not to be requested', async () => {
    const item = `${base}Further enquiries\n\n- RB's full counselling records are not to be requested; there is no reasonable line of enquiry.\n`
    expect(await of(item, 'focus/records-trawl')).toEqual([])
  })
})

describe('her early complaint and the two of them as one subject', () => {
  const leaning = `CHARGING REVIEW\n\nR v Owen GARSIDE\n\nRB and GARSIDE met at a climbing wall in May. RB rang her sister that night, in tears, and told her what had happened. She went back to his flat the following week. She sent him a friendly message afterwards. She did not report until August.\n\nHer return to his flat is difficult to explain. A jury may well ask why she messaged him.\n\nGARSIDE says it was consensual.\n`
  it('does not call her early complaint or the shared background scrutiny', async () => {
    const flagged = await of(leaning, 'focus/victim-scrutiny')
    expect(flagged).toEqual(expect.arrayContaining(['She went back to his flat the following week.']))
    expect(flagged).not.toContain('RB and GARSIDE met at a climbing wall in May.')
    expect(flagged).not.toContain('RB rang her sister that night, in tears, and told her what had happened.')
  })

  // Read by the focus analysis itself: in a full check the learned models may still leave a sentence
  // they read as plainly not weighing her, and this one sits near their line.
  it('still reads a complaint made only later as scrutiny', () => {
    const late = leaning.replace('RB rang her sister that night, in tears,', 'RB only rang her sister weeks later')
    const doc = indexText(late)
    const flagged = checkFocus(doc, readPeople(doc))
      .findings.filter((f) => f.ruleId === 'focus/victim-scrutiny')
      .map((f) => f.actual)
    expect(flagged).toContain('RB only rang her sister weeks later and told her what had happened.')
  })
})

describe('her record for drugs is not a drink spiked by him', () => {
  const review = `CHARGING REVIEW\n\nR v Owen GARSIDE\n\nRB has a conviction for possession of a Class A drug. RB went back to his flat that night. RB did not report until a month later. Her record undermines her credibility, and a jury may well doubt her.\n\nGARSIDE says it was consensual.\n`
  it('reads it as scrutiny of her record', async () => {
    expect(await of(review, 'focus/victim-scrutiny')).toContain('RB has a conviction for possession of a Class A drug.')
  })

  it('still leaves a drink he drugged alone', async () => {
    const spiked = review.replace('RB has a conviction for possession of a Class A drug.', 'RB was drugged by a man at the bar.')
    expect(await of(spiked, 'focus/victim-scrutiny')).not.toContain('RB was drugged by a man at the bar.')
  })
})

describe('a male complainant named beside his role, with title and surname', () => {
  const leaning = `REVIEW NOTE

R v Gareth HOLLOWAY

The complainant, Mr Piotr Zielinski (34), and HOLLOWAY lived together for two years. Mr Zielinski says HOLLOWAY raped him twice in March.

It is striking that Mr Zielinski stayed in the flat for a month afterwards. Mr Zielinski kept sending friendly messages to HOLLOWAY in April. His credibility will be doubted because he waited until June to report. Mr Zielinski admits he had been drinking on both nights. His delay in reporting undermines his credibility.`
  it('reads the sentences about him as scrutiny of the complainant', async () => {
    const flagged = await of(leaning, 'focus/victim-scrutiny')
    expect(flagged).toEqual(expect.arrayContaining(['It is striking that Mr Zielinski stayed in the flat for a month afterwards.']))
  })

  it('does not take a name merely mentioned after the role for his', async () => {
    const text = `REVIEW NOTE

R v Gareth HOLLOWAY

The suspect and Mr Zielinski lived together. HOLLOWAY planned the evening and knew Mr Zielinski was asleep. He took no steps to find out whether Mr Zielinski agreed. His messages contradict his account.`
    expect(await of(text, 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('terse notes that name the parties by a letter', () => {
  const notes = `Pre-charge note

V and S met at a bar. V drank six pints. V went back to S's flat voluntarily. V did not call police until 3 days later. V has a caution for possession (2021). Credibility an issue.

Actions:
1. Download V's phone – all messages for the month.`
  it('reads "V" as the complainant: her conduct and the request for her phone', async () => {
    const flagged = await of(notes, 'focus/')
    expect(flagged).toEqual(expect.arrayContaining(['V drank six pints.', 'V has a caution for possession (2021).']))
    expect(flagged.some((a) => a.startsWith("V's phone"))).toBe(true)
  })

  it('does not read a letter used once as a person', async () => {
    const text = `Pre-charge note

AB met HEWITT at a bar. HEWITT planned the evening and knew AB was drunk. He took no steps to check she agreed. See Annex V.`
    expect(await of(text, 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('initials that are also a time of day', () => {
  it('reads AM as her initials when no number comes before it', async () => {
    const text = `Early advice

AM met COLLINS on 3 May. AM has a diagnosis of bipolar disorder. AM did not report until July. AM was drinking heavily. Her credibility will be attacked.

1. Obtain AM's full mental health records from 2020 to date.`
    const flagged = await of(text, 'focus/records-trawl')
    expect(flagged.length).toBe(1)
    expect(flagged[0]).toMatch(/^AM's full mental health records/)
  })

  it('leaves a time of day alone', async () => {
    const text = `Early advice

RB met COLLINS at 11 AM. COLLINS left at 2 AM. He knew she was asleep at 3 AM and took no steps to check she agreed.

1. Obtain COLLINS's phone download for 3 May.`
    expect(await of(text, 'focus/records-trawl')).toEqual([])
  })
})

describe('an evidence table that sorts each item for or against the case', () => {
  it('flags the Supports and Undermines columns as the binary frame', async () => {
    const text = `Charging review

| Evidence | Supports prosecution | Undermines prosecution |
|---|---|---|
| CCTV | Shows him leading her out | – |`
    expect(await of(text, 'focus/binary-framing')).toEqual(['Supports prosecution', 'Undermines prosecution'])
  })

  it('leaves a table whose columns describe the evidence', async () => {
    const text = `Charging review

| Evidence | What it shows | Further work |
|---|---|---|
| CCTV | Him leading her out | None |`
    expect(await of(text, 'focus/binary-framing')).toEqual([])
  })
})

describe('the introduction of the parties and her early telling, in a review that leans on her', () => {
  const leaning = `CHARGING REVIEW

R v Owen TRAVERS

The complainant, HB (23), and TRAVERS (30) were in a relationship for a year until May. HB drank most of a bottle of wine that evening. She went back to TRAVERS's flat voluntarily. She texted her flatmate at 02:40 to say he had hurt her. She did not report until a month later. Her credibility is a real concern, and her account is unreliable.`
  it('flags her conduct and the weighing but not the scene-setting or her telling her flatmate', async () => {
    const flagged = await of(leaning, 'focus/victim-scrutiny')
    expect(flagged).toEqual(expect.arrayContaining(['She did not report until a month later.', 'HB drank most of a bottle of wine that evening.']))
    expect(flagged.some((a) => a.startsWith('The complainant, HB'))).toBe(false)
    expect(flagged.some((a) => a.startsWith('She texted her flatmate'))).toBe(false)
  })
})

describe('her demeanour, health, sexuality and daily life set out to be weighed', () => {
  const leaning = `Early advice

R v Callum FINCH

SJ and FINCH had been together for two years. Friends describe her as cheerful and relaxed at the barbecue the next day. SJ completed her shift on the Monday as usual. SJ has bipolar disorder and was an inpatient in 2023. SJ identifies as bisexual and had a girlfriend before FINCH. SJ admits she threw a glass at FINCH in January. SJ never mentioned any assault to her GP. Her reliability is a real concern and her credibility will be tested.`
  it('counts each as scrutiny of her in a review that leans on her', async () => {
    const flagged = await of(leaning, 'focus/victim-scrutiny')
    expect(flagged).toEqual(
      expect.arrayContaining([
        'Friends describe her as cheerful and relaxed at the barbecue the next day.',
        'SJ completed her shift on the Monday as usual.',
        'SJ identifies as bisexual and had a girlfriend before FINCH.',
        'SJ admits she threw a glass at FINCH in January.',
        'SJ never mentioned any assault to her GP.',
      ]),
    )
  })

  it('does not count a witness describing her distress, or a drug she was never prescribed', async () => {
    const text = `Early advice

R v Callum FINCH

FINCH planned the evening and knew SJ was drunk. He took no steps to find out whether she agreed. His messages contradict his account. Staff describe her as distressed and shaking. SJ had never been prescribed the sedative found in her blood. SJ said no.`
    expect(await of(text, 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('who acts when he is named after a preposition, and his offer she took up', () => {
  const leaning = `CHARGING REVIEW

R v Paul DENNER

ET and DENNER work together. Colleagues saw her dancing with DENNER for most of the evening. At midnight ET accepted DENNER's offer of a lift home. ET did not report until three weeks later. Her credibility is a concern and her account is unreliable.`
  it('reads her dancing with him as her conduct, and his offer as not hers', async () => {
    const flagged = await of(leaning, 'focus/victim-scrutiny')
    expect(flagged).toContain('Colleagues saw her dancing with DENNER for most of the evening.')
    expect(flagged).not.toContain("At midnight ET accepted DENNER's offer of a lift home.")
  })
})

describe('an action list that asks for statements from her former partners', () => {
  it('reads it as a trawl when she is named by initials', async () => {
    const text = `Early advice

KL met BARNES on 3 May. KL drank heavily. KL did not report until July.

1. Take statements from KL's former partners about how she behaves in relationships.`
    const flagged = await of(text, 'focus/records-trawl')
    expect(flagged.length).toBe(1)
    expect(flagged[0]).toMatch(/^KL's former partners/)
  })

  it('leaves statements from his former partners alone', async () => {
    const text = `Early advice

KL met BARNES on 3 May. BARNES has been violent before.

1. Take statements from BARNES's former partners about the threats he made.`
    expect(await of(text, 'focus/records-trawl')).toEqual([])
  })
})

describe('her ordinary day afterwards, in new words', () => {
  it('counts her going to work or a session as normal the next day as scrutiny, in a review that leans on her', async () => {
    const text = victimFocused.replace(
      'She did not report until a week later.',
      'She did not report until a week later. She worked her usual 8 am shift at the pharmacy the following day.',
    )
    expect(await of(text, 'focus/victim-scrutiny')).toContain('She worked her usual 8 am shift at the pharmacy the following day.')
    const strong = suspectFocused.replace('CD did not report until a week later.', 'CD worked her usual shift the following day.')
    expect(await of(strong, 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('terse notes that leave out who each point is about', () => {
  const notes = `Review notes – Op. HAWTHORN

Complainant RB (27), barmaid. Suspect Gary TOLLAND (44), pub landlord.

Notes:
- RB had four or five glasses of prosecco after her shift.
- Waited nine days before telling anyone.
- Back behind the bar with him the next evening.
- Didn't lock the door or shout for the cellarman.

View: RB's own conduct is a real problem here. NFA.`

  it('reads a bulleted note with no subject as about her when the list began with her', async () => {
    const flagged = await of(notes, 'focus/victim-scrutiny')
    expect(flagged).toContain('- Waited nine days before telling anyone.')
    expect((await findings(notes, 'review')).some((f) => f.ruleId === 'misconception/judged-behaviour' && /^Waited nine days/.test(f.actual))).toBe(true)
  })

  it('does not carry her over into numbered paragraphs or an item that goes on to answer its point', async () => {
    const numbered = notes.replace(/^- /gm, (_, offset: number) => `${offset}. `)
    expect((await of(numbered, 'focus/victim-scrutiny')).some((s) => s.includes('Waited nine days'))).toBe(false)
    const answered = notes.replace(
      'Waited nine days before telling anyone.',
      'Waited nine days before telling anyone, which is common after an assault by someone she had to keep working for and says nothing about whether she agreed.',
    )
    expect((await of(answered, 'focus/victim-scrutiny')).some((s) => s.includes('Waited nine days'))).toBe(false)
  })
})

describe('a table of her conduct whose rows leave out who acted', () => {
  const review = `Review notes – Op. HAWTHORN

Complainant RB (27), barmaid. Suspect Gary TOLLAND (44), pub landlord.

RB had four or five glasses of prosecco after her shift. RB's own conduct is a real problem here.

The table sets out her conduct after the incident:

| Date | Conduct |
|---|---|
| 19 Oct | Waited nine days before telling anyone |
| 20 Oct | Back behind the bar with him the next evening |

View: her conduct is difficult to reconcile with her account. NFA.`

  it('reads each row as hers, from the line that introduces the table', async () => {
    const flagged = await of(review, 'focus/victim-scrutiny')
    expect(flagged.some((s) => s.includes('Waited nine days'))).toBe(true)
  })

  it('does not when the line before the table names no one', async () => {
    const unnamed = review.replace('The table sets out her conduct after the incident:', 'Dates below come from the rota:')
    expect((await of(unnamed, 'focus/victim-scrutiny')).some((s) => s.includes('Waited nine days'))).toBe(false)
  })
})

describe('a review that sets out her conduct at length and tests him once, with no weighing words', () => {
  const review = `Early advice

DL met OKAFOR at a leaving party on 2 March. DL drank four pints of cider and two shots. She danced with OKAFOR for most of the night. She sent him a message the next day thanking him for a fun evening. She went to work as normal the next morning. She did not tell her flatmate until a week later. She had kissed him at a previous party in January. She stayed at his flat until the morning.

OKAFOR says it was consensual. His messages show he knew she was drunk.

Advice to follow.`

  it('leans on her: her conduct fills it, and his account is given once', async () => {
    const flagged = await of(review, 'focus/victim-scrutiny')
    expect(flagged.length).toBeGreaterThanOrEqual(6)
  })

  it('does not lean on her when his conduct is tested as often', async () => {
    const tested = review.replace(
      'OKAFOR says it was consensual. His messages show he knew she was drunk.',
      'OKAFOR says it was consensual. His messages show he knew she was too drunk to stand. He took her phone so she could not call anyone. He lied in interview about locking the door. CCTV shows him carrying her up the stairs. He did not ask whether she agreed. He deleted the messages the next day.',
    )
    expect(await of(tested, 'focus/victim-scrutiny')).toEqual([])
  })
})

describe('an evidence table under a heading that sorts points against the case', () => {
  const review = `CHARGING ADVICE

Complainant: ST (26) | Suspect: MAYHEW (31)

Points in favour of charge

| No. | Point | Source | Comment |
|---|---|---|---|
| 1 | ST crying and shaking in the taxi home | Friend, taxi receipt | Early distress |

Points against charge

| No. | Point | Source | Comment |
|---|---|---|---|
| 2 | She had drunk around six cocktails | Bar tab | Memory patchy |
| 3 | No scream or call for help; her group next door heard nothing | Two colleagues | Music loud |
| 4 | Reported three days later, after talking to her sister | Police log | — |
| 5 | MAYHEW has no previous convictions | PNC | — |
`
  it('reads the heading, in its own words, as the binary frame', async () => {
    expect(await of(review, 'focus/binary-framing')).toEqual(['Points in favour of charge', 'Points against charge'])
  })

  it("flags each row that lists her behaviour, past the table's header row, as the point alone", async () => {
    expect(await of(review, 'misconception/behaviour-as-weakness')).toEqual([
      'She had drunk around six cocktails',
      'No scream or call for help; her group next door heard nothing',
      'Reported three days later, after talking to her sister',
    ])
  })
})

describe('her conduct told as chronology, in any tense', () => {
  const deeds = (text: string) => {
    const doc = indexText(text)
    const { deeds } = checkFocus(doc, readPeople(doc))
    return [...deeds].map((index) => doc.text.slice(doc.sentences[index]!.start, doc.sentences[index]!.end))
  }
  // A review that leans on her: it weighs her conduct twice and barely tests him.
  const review = (rows: string, him = 'FD says it was consensual.') => `CHARGING REVIEW

R v Fergus DAWLISH

${rows}

Her drinking that night is a real concern. Her behaviour afterwards is difficult to reconcile with her account.

${him}`

  it('reads her acts in the present tense of a timeline and in the past of a narrative', () => {
    expect(
      deeds(
        review(
          'HC takes the front seat of the minibus. HC goes into the boathouse with FD. That evening she drove herself home. HC does not tell her housemate.',
        ),
      ),
    ).toEqual([
      'HC takes the front seat of the minibus.',
      'HC goes into the boathouse with FD.',
      'That evening she drove herself home.',
      'HC does not tell her housemate.',
    ])
  })

  it('leaves her account, who she is, what is hers, what he does and a heading that names her as an object', () => {
    expect(
      deeds(
        review(
          "HC says she told him to stop. HC works as a coach at the club. HC's account is consistent. She left the bar and DAWLISH followed her. Points she raised at interview: the lock. HC does not appear to be drunk on the footage. HC joins the club as a junior coach. HC has held a locker at the boathouse since 2019.",
        ),
      ),
    ).toEqual([])
  })

  it('reads none of it in a review that tests him as much', () => {
    const tested =
      'FD knew she was drunk. He took no steps to find out whether she agreed. His messages contradict his account. He deleted the photographs. He lied in interview about the taxi. He locked the boathouse door.'
    expect(deeds(review('HC dances with FD at the bar. HC goes into the boathouse with FD.', tested))).toEqual([])
  })
})

describe('a timeline in the present tense, in a review the models also read as weighing her throughout', () => {
  const review = `CHARGING REVIEW

R v Fergus DAWLISH

Chronology

| Time | Event |
| --- | --- |
| 21:10 | HC arrives at the rowing club social and drinks four glasses of prosecco. |
| 22:30 | HC takes the seat next to DAWLISH at her own request. |
| 23:40 | HC goes into the boathouse with DAWLISH. |
| 00:15 | HC walks home alone. |

Weaknesses

- She drank heavily and was flirting with him all evening.
- She did not tell anyone for two weeks.
- She attended training with him the following Tuesday.

Her behaviour afterwards is difficult to reconcile with her account. A jury will struggle with her decision to go into the boathouse with him.

DAWLISH says it was consensual.`

  it('reports her acts in the timeline, which no weighing words mark', async () => {
    const flagged = (await of(review, 'focus/victim-scrutiny')).map((s) => s.replace(/\s*\|\s*/g, ' ').trim())
    expect(flagged).toEqual(
      expect.arrayContaining(['22:30 HC takes the seat next to DAWLISH at her own request.', '23:40 HC goes into the boathouse with DAWLISH.']),
    )
  })
})

describe('a gap in the evidence listed among the weaknesses', () => {
  const review = (item: string) =>
    `AB says MORRIS raped her at his flat. MORRIS says she agreed, but he took no steps to find out.\n\nWeaknesses\n\n- ${item}\n`
  it('is not her conduct: no forensic evidence is not reported as a myth', async () => {
    expect(await of(review('No forensic evidence.'), 'misconception/')).toEqual([])
  })
  it('while her delay under the same heading is', async () => {
    expect((await of(review('She did not report for nine days.'), 'misconception/')).length).toBeGreaterThan(0)
  })
})

describe('the binary frame under a heading numbered in brackets', () => {
  const review = (heading: string) =>
    `AB says MORRIS raped her at his flat. MORRIS says she agreed, but he took no steps to find out.\n\n${heading}:\n\n- For: her prompt complaint.\n- Against: her memory gaps.\n`
  it.each(['(8) For and against', '[3] Strengths and weaknesses', '4) For and against'])('reads “%s” as the frame', async (heading) => {
    expect(await of(review(heading), 'focus/binary-framing')).toContain(`${heading.replace(/^[([]?\d+[.)\]]\s*/, '')}:`)
  })
})

describe('focus/her-conduct-as-the-risk', () => {
  const review = (sentence: string) => `CHARGING REVIEW

The complainant (GH) and the suspect (FOSTER) worked at the same riding school. FOSTER gave a no comment interview. His messages the next morning say "sorry about last night".

${sentence}

FOSTER's account must be tested against the CCTV from the yard.`
  const flagged = async (sentence: string) => (await of(review(sentence), 'focus/her-conduct-as-the-risk')).length > 0

  it.each([
    'Her conduct in the days afterwards will be the main battleground at trial.',
    'The differences between her accounts remain the main risk.',
    "GH's drug use and the late report remain real concerns.",
    'Her own conduct – the late visit, the photographs – will be at the centre of the defence case.',
    "The central issue is whether GH's account can safely be relied upon.",
  ])('flags %s', async (sentence) => {
    expect(await flagged(sentence)).toBe(true)
  })

  it.each([
    // A risk of his, or of the evidence.
    "FOSTER's lies in interview are the main risk for the defence.",
    'The main risk is the gap in the CCTV.',
    // A legal question named as the issue, or the risk denied.
    "Capacity is the central issue, and the CCTV of GH's condition is strong.",
    'Her delay in reporting is not the main risk in this case.',
    // Her own account, in quotation marks.
    'GH said: "my memory of the bar will be the main battleground, I know that."',
  ])('leaves %s alone', async (sentence) => {
    expect(await flagged(sentence)).toBe(false)
  })
})
