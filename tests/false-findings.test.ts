/**
 * One regression test for each class of false finding that text written by
 * others showed: each text here is fine as it stands, and heed must say
 * nothing about its wording (missing parts, readability and prompts aside).
 */
import { describe, expect, it } from 'vitest'
import { findings } from './helpers.js'

const wording = async (text: string, kind: 'letter' | 'review') =>
  (await findings(text, kind, kind === 'letter' ? 'charge' : undefined))
    .filter((f) => f.severity !== 'info' && !f.ruleId.startsWith('structure/missing-') && !f.ruleId.startsWith('readability/'))
    .map((f) => `${f.ruleId}: ${f.actual}`)

describe('false findings that must stay away', () => {
  it.each([
    [
      'an envelope banner and a heading in capitals',
      'PRIVATE AND CONFIDENTIAL\nTO BE OPENED BY THE ADDRESSEE ONLY\n\nDear Ms Doe,\n\nYOUR CASE\n\nI am writing about the hearing.\n',
    ],
    ['a name in capitals after a title', 'Dear Ms Doe,\n\nMr DUNNE has been charged with rape.\n'],
    [
      'a clear result the reader hoped for, not a judgement of her',
      'Dear Ms Doe,\n\nI saw how hard it was for you to give evidence, and I am sorry that you did not get the clear result you had hoped for.\n',
    ],
    ['a name in capitals after initials', 'Dear Ms Doe,\n\nI am writing about the hearing.\n\nYours sincerely,\n\nA. K. MARSDEN\nSenior Crown Prosecutor\n'],
    [
      'a heading in capitals at the end of a mixed line',
      'Dear Ms Doe,\n\nMark Ellery – Leeds Crown Court – NEW HEARING DATE\n\nI am writing about the hearing.\n',
    ],
    [
      'reference codes and address furniture',
      'Our ref: LCP/27/004512\nPolice ref: WYP-31/88/2026\nDX 7731 Leeds 4\nPO Box 92\n\nDear Ms Doe,\n\nI am writing about the hearing.\n',
    ],
    ['everyday acronyms', 'Dear Ms Doe,\n\nThe LGBT+ Switchboard, your GP, the NHS, CCTV, the DNA results and every police force in the UK can help.\n'],
    [
      'a term explained in the next sentence',
      'Dear Ms Doe,\n\nThe judge agreed to special measures. They are practical steps that help you give evidence, such as a screen.\n',
    ],
    [
      'a term named after it is explained',
      'Dear Ms Doe,\n\nHe must not contact you or go near your home. The legal name for this is a non-molestation order.\n',
    ],
    ['a term explained later in its own sentence', 'Dear Ms Doe,\n\nThe court made a non-molestation order, which means he must not contact you.\n'],
    [
      'a term explained two sentences on',
      'Dear Ms Doe,\n\nThe trial date in May has been vacated. I am very sorry. This means the trial will not go ahead on that day.\n',
    ],
    [
      'a term named again and defined',
      'Dear Ms Doe,\n\nThe defence served a report on Monday. Served is the legal word for sending it to us and to the court.\n',
    ],
    [
      'a hearing explained by what happens at it',
      'Dear Ms Doe,\n\nThe judge will hold a ground rules hearing next week. At this hearing the judge decides how you may be asked questions.\n',
    ],
    [
      'a term explained at the end of a long sentence',
      'Dear Ms Doe,\n\nThe judge made a sexual harm prevention order against him for ten years at the end of the hearing on Friday, which means he must not contact you.\n',
    ],
    [
      'a term used again after it was explained',
      'Dear Ms Doe,\n\nHe will be on licence after he leaves prison, which means he must follow rules set for his release.\n\nThe Probation Service will tell you when he is on licence and what the rules are.\n',
    ],
    [
      'release on licence told in words',
      'Dear Ms Doe,\n\nHe will spend the rest of the sentence on licence in the community, and he can be recalled to prison if he breaks any of his conditions.\n',
    ],
    [
      'a term named after it is explained, as what prosecutors call it',
      'Dear Ms Doe,\n\nI have to decide whether a jury would be more likely than not to find him guilty. Prosecutors call this a realistic prospect of conviction.\n',
    ],
    [
      'a term explained in plain terms in the next sentence',
      'Dear Ms Doe,\n\nThe law says there must be a realistic prospect of conviction. In plain terms, a jury must be more likely than not to find him guilty.\n',
    ],
    ['a term explained as the ways it helps', 'Dear Ms Doe,\n\nYou can ask for special measures, which are ways of making it easier to give evidence.\n'],
    ['a charity known by its initials', 'Dear Ms Doe,\n\nYou can call the NSPCC helpline for advice as a parent at any time.\n'],
    ['a spiked drink', 'Dear Ms Doe,\n\nThe tests show that your drink was spiked with a sedative.\n'],
    [
      "the suspect's drinking in the sentencing",
      'Dear Ms Doe,\n\nThe judge took into account that he had been drinking heavily, which she said made no difference.\n',
    ],
    ['who decides the sentence, said plainly', 'Dear Ms Doe,\n\nThe judge decides the sentence, and I will tell you as soon as it is known.\n'],
    [
      "a barrister's experience as reassurance",
      'Dear Ms Doe,\n\nYour barrister is very experienced in cases like yours, and she will meet you before the trial.\n',
    ],
    ['a plain invitation to call', 'Dear Ms Doe,\n\nIf you have any questions, please call me on 01632 960 111.\n'],
    [
      'a verdict that cannot be appealed, explained with care',
      'Dear Ms Doe,\n\nThe law does not let the prosecution appeal against a not guilty verdict. I know how hard that is, and I am sorry.\n',
    ],
    ['an incident number', 'Dear Ms Doe,\n\nPlease quote the incident number 4471 when you call the police.\n'],
    ['regret in the first person', 'Dear Ms Doe,\n\nI regret that I could not call you before this letter arrived, and I am sorry.\n'],
    [
      'court words in their everyday senses',
      'Dear Ms Doe,\n\nEvery detail you gave counts, and the services listed below can help. He has served two years of his sentence already. The window in the waiting room was fixed last week. Please put any questions to me. You were discharged from hospital the next day, and you told your sister what had happened. The hearing will proceed on Monday.\n',
    ],
    [
      'a warning in its everyday sense near a trial',
      'Dear Ms Doe,\n\nWitness Care will tell you if you are warned about any risk before the trial. The glass in the court door was cracked, so the hearing moved to another room.\n',
    ],
    [
      'listing words explained beside them',
      'Dear Ms Doe,\n\nThe trial is in the warned list, which means it may start on any day in the week of 4 May. The second charge will lie on file, which means it stays on the court record but will not go ahead unless a judge agrees.\n',
    ],
    [
      'a plea accepted, told as a plain fact with the reasons to follow',
      'Dear Ms Doe,\n\nOn Monday he admitted sexual assault, and the prosecution accepted that plea. I want to explain why, and what it means for you.\n',
    ],
    [
      'no appeal against a verdict, told with what she can still do',
      'Dear Ms Doe,\n\nThere is no right of appeal against an acquittal, and I know how hard that is. If you would like to meet me and the barrister, I can explain what happened at the trial.\n',
    ],
    [
      'a date to come, promised by the writer',
      'Dear Ms Doe,\n\nThe court will set a new date for the trial. I will be in touch in due course, and I will ring you the day I hear it.\n',
    ],
    ['a review by a named lawyer', 'Dear Ms Doe,\n\nYour case was reviewed by Ms Khan, a senior lawyer, who agreed that he should be charged with rape.\n'],
  ])('in a letter: %s', async (_name, text) => {
    expect(await wording(text, 'letter')).toEqual([])
  })

  it.each([
    ["the suspect's account, reported as his", 'MORRIS says sex happened and she agreed to it. MORRIS says she kissed him first.\n'],
    [
      "the defence's framing, named to plan the answer",
      "The defence will say she was drunk and consented; we will answer this with the CCTV and ask for the judge's direction on intoxication.\n",
    ],
    [
      "a myth named as an item's label and answered later in the item",
      'Defence case and answer\n\n- Flirting. GRAINGER relies on EF laughing at his jokes. There is no evidence from anyone else of flirting. Friendliness towards an employer says nothing about whether she agreed.\n',
    ],
    [
      'her phone named in the evidence, not requested',
      "AB met MORRIS at work. AB reported the rape. A tracking app was installed on AB's phone and linked to MORRIS's account; the police download shows he checked it daily.\n",
    ],
    [
      'his phone requested beside her first account',
      "AB met MORRIS at work. AB reported the rape. AB was interviewed. Further action: a full download of MORRIS's phone; AB's first account to police.\n",
    ],
    ["the suspect's account given in interview", 'In interview, MORRIS said she kissed him first and was a willing participant.\n'],
    ["the suspect's account by his surname's possessive", "MORRIS's account is that she kissed him first and agreed to sex. AB called 999 at 02:31.\n"],
    [
      "the suspect's account by his surname's possessive, with where he gave it",
      "MORRIS's account in interview is that AB initiated sex and was keen throughout. AB called 999 at 02:31.\n",
    ],
    ["the suspect's account introduced with 'according to'", 'According to him, she was flirting all evening and willingly went back to his flat.\n'],
    [
      "the defence's framing, answered in the next sentence",
      'The defence will say she kept in contact with him afterwards, which they will call hard to reconcile with rape. The explanation lies in his threats, which the messages show.\n',
    ],
    [
      "the defence's framing, answered by a direction",
      'Defence counsel may argue that her delay in reporting undermines her account. The jury will be directed that there is no typical response to rape.\n',
    ],
    ['a counter', 'What matters is not how much she had drunk but what he did and whether he knew she could not agree.\n'],
    [
      'a spiked drink with her drinking named',
      'AB believes her drink was spiked, and the quantity of alcohol she had is significant only to what MORRIS knew.\n',
    ],
    ['his behaviour, not hers', 'AB reported the rape. It is significant that MORRIS stayed at the flat until the morning and that he had been drinking.\n'],
    [
      'a plan heading over issues she explains',
      'AB reported the rape to the police.\n\nIssues to address at trial\n\nDelay: AB did not tell anyone for nine days. She explains that she feared MORRIS.\n',
    ],
    ['a spiked drink', 'AB believes her drink was spiked. The toxicology found a sedative she had not taken knowingly.\n'],
    ['the legal register for her account', 'The complainant alleges that MORRIS raped her at his flat on 3 May.\n'],
    [
      'neutral chronology in a suspect-focused review',
      "AB called 999 at 02:31. She left the flat at 02:10 and went to her sister's house. MORRIS sent her messages asking her not to tell anyone, which shows he knew what he had done. He deleted the messages before his arrest. His account changed between interviews.\n",
    ],
    [
      'her early complaint and the two of them as one subject in a review that tests him',
      'AB and MORRIS met at a gym. AB rang her sister that night, in tears, and told her what had happened. She reported the next morning. MORRIS says she agreed. His messages the next day contradict his account, and he took no steps to find out whether she agreed.\n',
    ],
    [
      'his enquiries and what her phone showed',
      "AB reported the rape the next morning.\n\n- MORRIS's phone: messages and location data for the night.\n\nThe download of AB's phone shows his messages after the offence. AB's counselling records have not been requested.\n",
    ],
    ['a case that does not rest on her word', "The case does not rest on AB's word alone: his messages and the CCTV support it.\n"],
    [
      'a weakness of her body, not a point against her',
      'The complainant, Mrs Edna Hale (81), lives alone and has some weakness down her left side. She let him in because he had done odd jobs for her. Because of the weakness in her left arm she could not push him away. She rang her son at 07:10. CRESSWELL denies being there.\n',
    ],
    [
      'her early complaint quoting words that would otherwise read as late',
      'AB drank two glasses of wine at the party. AB left the party at 22:10. She texted her friend LH at 22:31: "he has just raped me, I can\'t stop shaking, I didn\'t know what to do". She stayed with LH that night.\n\nThe delay in her report is irrelevant to consent. MORRIS denies it. His own message at 23:00 says "sorry, I went too far". He deleted it. He lied about where he was.\n',
    ],
    [
      'his messages read as his state of mind, and a defence point answered by a direction',
      'NA and PLUMMER married in 2012. PLUMMER\'s own messages say "you know what happens when you say no". These are not the messages of a man who believed his wife was freely agreeing.\n\nThe defence will ask why NA stayed. The judge should be asked to give the direction on why a person may stay with an abuser.\n',
    ],
    [
      'the weakness of a lock or a hinge, not a point against her',
      'AB and DRAKE volunteer at a village hall. AB stayed behind after a party on 3 May to wash glasses. She says DRAKE raped her in the kitchen.\n\nDRAKE says she agreed. His message that night reads "nobody will believe you". He lied in interview about locking the door.\n\nOther evidence\n\n- AB left her bag in the kitchen.\n- The back door has a known weakness in its lock, which explains how AB was able to get out quickly.\n- AB had reported a concern about the strength of its hinge in April.\n',
    ],
    [
      'a lack of resistance set down and answered in the next sentence',
      'AB says MORRIS raped her in the stairwell.\n\nAB did not scream or push him away. She says she froze, and the judge will be asked to direct the jury that people respond to an assault in different ways.\n\nMORRIS denies it. His messages afterwards read "sorry, got carried away".\n',
    ],
    [
      'a lack of resistance with her reason for it',
      'AB says MORRIS raped her at his flat. She did not resist because she believed he would hurt her son if she did. MORRIS says she agreed, but he took no steps to find out.\n',
    ],
  ])('in a review: %s', async (_name, text) => {
    expect(await wording(text, 'review')).toEqual([])
  })
})
