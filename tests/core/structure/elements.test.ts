/**
 * Each part of a letter is recognised by meaning, in many phrasings, and near
 * misses do not count.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../../src/index.js'

async function elementsIn(body: string): Promise<string[]> {
  const file = await lint(`Dear Ms Doe,\n\n${body}\n\nYours sincerely,\n\nAlex Reed\n`, { kind: 'letter', letterType: 'no-charge' })
  return file.data.heed!.elements!
}

const cases: Record<string, { count: string[]; miss: string[] }> = {
  'acknowledge-impact': {
    count: [
      'I know this news will be upsetting.',
      'I am so sorry that this is not the outcome you wanted.',
      'I understand how hard the last year has been for you.',
      'This may be difficult to read.',
    ],
    miss: [
      'We apologise for any inconvenience caused.',
      'Your statement described how the offence affected you.',
      'It is difficult to prove what happened.',
      'I am sorry that you feel let down by the process.',
      'If that happens we will explain what went wrong and apologise.',
      'The jury may have found it difficult to accept that you stayed.',
      'A jury may find that difficult to reconcile with the distress you describe.',
    ],
  },
  decision: {
    count: [
      'I have decided that he will not be charged.',
      'A decision has been taken that there will be no charge against Mr Colin Redfern.',
      'Please be advised that a decision has been made to charge Ian Croft with rape.',
      'My decision is that the case cannot go ahead.',
      'The jury found Mr Ward not guilty.',
      'The trial has been moved to a new date.',
      'He has been charged with rape.',
      'It has been decided that the case does not meet the evidential stage and there will be NFA.',
      'The case does not meet the evidential stage of the Full Code Test.',
      'Ryan Cole has now been charged with three offences.',
      'Authority to charge was given on Tuesday.',
      'Two charges of rape have been authorised against Mr Ward.',
      'I approved the charges on Friday.',
      'Mr Ward has today been charged and will appear in court next week.',
      'I have authorised Kent Police to charge Mr Ward with two offences.',
      'No proceedings will be brought against Mr Ward.',
      'The evidential test is not met in this case.',
      'The trial in May will not now go ahead.',
      'Your trial was not reached on Monday and has been removed from the list.',
      'The case has now been relisted in the warned list for the week of 3 May.',
      'The prosecution accepted his plea, and the charge of rape will lie on file.',
      'His plea to the lesser offence was accepted at the hearing.',
      "The sentence imposed was two years and four months' imprisonment.",
      'The judge gave him a suspended sentence order with unpaid work.',
      'The judge sent Mr Ward to prison for eight years.',
      'The judge passed an extended determinate sentence of twelve years.',
      'He received a community order with a curfew.',
      'He will serve six years in prison.',
    ],
    miss: ['I looked at the evidence.', 'The police sent me the file in May.', 'The trial is still due to start on 4 May.'],
  },
  reasons: {
    count: [
      'I made this decision because no one else saw what happened.',
      'There is no other evidence that supports either account.',
      'The main problem is that the messages were deleted.',
      'I accepted the plea for the following reasons.',
      'In reaching this decision I considered the following.',
      'The prosecution would first have to prove that he knew you did not agree.',
      'Given the lack of any witness, a jury could not be sure.',
      'In reaching this conclusion the prosecutor had regard to your interview and the crew log.',
      'Four other crew were on board. None of them heard or saw anything, and there is no camera in the corridor.',
      'I do not think a court would have enough to go on to decide the case against him.',
      'No one else saw what happened in the car park.',
      'Nothing else supports your account of that evening.',
      'Reasons for the decision',
      'In reaching this decision the following matters were taken into account:',
      'What remains would not be enough for a jury to convict.',
      'The forensic report could not confirm that part of what happened.',
    ],
    miss: [
      'I am satisfied that it was the right decision.',
      'I looked at all of the material.',
      'The reason for this decision is as follows: [insert the reasons from the review].',
    ],
  },
  'right-to-review': {
    count: [
      'You can ask for my decision to be looked at again by another prosecutor.',
      "This is called the Victims' Right to Review scheme.",
      'You may request a review of this decision within ten working days.',
      'If you think I got this wrong, you can ask for a different lawyer to look at it again.',
      // Offered under the wrong name: the part is there, and the accuracy check corrects the name.
      'If you are unhappy with this decision you may appeal it within 5 working days.',
    ],
    miss: [
      'The law does not let the prosecution appeal against the decision of a jury.',
      'I reviewed the file carefully.',
      'The police will review their records.',
      'If new evidence comes to light, the police can look at the case again.',
    ],
  },
  support: {
    count: [
      'Your ISVA can keep supporting you.',
      'You can call Rape Crisis free at any time.',
      'The Witness Service can help you on the day.',
      'You may find it helpful to speak to a counsellor.',
      // A gap after the service does not take away the number already given.
      'You may wish to contact Rape Crisis on 0808 500 2222 or your ISVA, [ISVA NAME].',
    ],
    miss: [
      'The defence asked to see your counselling records.',
      'Defence counsel asked about the party.',
      'The SARC report recorded no injuries.',
      'The examination at the Sexual Assault Referral Centre found no injuries.',
      'Your account to your counsellor differed from your statement.',
    ],
  },
  'future-reporting': {
    count: [
      'Please do not let this put you off reporting anything in the future.',
      'If anything happens in the future, please contact the police.',
      'I hope this will not stop you from going to the police again.',
      'This decision does not stop you coming forward again to the police.',
      'Please never be afraid to tell the police if anyone hurts you.',
      'If you are ever harmed again, please speak to the police.',
    ],
    miss: [
      'In the future the court may change its rules.',
      'The police will keep your phone.',
      'Please do not hesitate to contact the police officer on the number above.',
    ],
  },
  meeting: {
    count: [
      'I would be glad to meet you to explain my decision.',
      'If you would like a phone call to talk it through, please let me know.',
      'We can arrange a meeting in person or by video.',
      'If you would like to meet the prosecutor to go through the reasons, please tell us.',
      'We can explain it face to face if you prefer.',
    ],
    miss: [
      'I met the officer in the case.',
      'The meeting point at court is the main entrance.',
      'I have read the file again following your telephone call to this office.',
    ],
  },
  contact: {
    count: [
      'Any correspondence about this should be sent to the caseworker, Michael Thornbury, at michael.thornbury@cps.gov.uk.',
      'If you have any questions, please call me on 0118 496 0123.',
      'You can contact the Victim Liaison Unit at vlu.south@example.org.',
      'Please get in touch with me on 01632 960 444 if anything is unclear.',
      'You can reach the RASSO team on their direct line, 01632 960 771.',
      'DC Amy Shaw will keep you updated, and her email is a.shaw@police.example.org.',
      'Please call Witness Care on 01632 960 512 about the dates.',
      'Ring me on the team number above if you have questions.',
      'Any questions can be sent to the Unit at the above address or telephone number.',
    ],
    miss: ['If you have any questions, please do get in touch.', 'You can call the Rape Crisis support line on 0808 500 2222 with any questions.'],
  },
}

describe.each(Object.entries(cases))('%s', (element, { count, miss }) => {
  it.each(count)('counts: %s', async (sentence) => {
    expect(await elementsIn(sentence)).toContain(element)
  })
  it.each(miss)('does not count: %s', async (sentence) => {
    expect(await elementsIn(sentence)).not.toContain(element)
  })
})

describe('a contact named in the letter, not only in its letterhead', () => {
  const letter = (signature: string) =>
    `Victim Liaison Unit\nTel: 01632 960 336\n\nDear Ms Doe,\n\nI have decided that Mr Ward will not be charged.\n\nYours sincerely,\n\n${signature}\n`
  const elements = async (text: string) => (await lint(text, { kind: 'letter', letterType: 'no-charge' })).data.heed!.elements!

  it('does not count a unit that signs with only its letterhead number', async () => {
    expect(await elements(letter('Victim Liaison Unit'))).not.toContain('contact')
  })
  it('counts a named person who signs below the same letterhead', async () => {
    expect(await elements(letter('Alex Reed\nVictim Liaison Officer'))).toContain('contact')
  })
  it('counts a team that signs with a line of its own in the signature block', async () => {
    expect(await elements(letter('Case Progression Team\nCPS Wessex\nTel: 01632 960 412'))).toContain('contact')
    expect(await elements(letter('Rape and Serious Sexual Offences Unit\nEmail: rasso.wessex@cps.gov.uk'))).toContain('contact')
  })
  it('counts a unit that gives its direct line in the body', async () => {
    const text = letter('Victim Liaison Unit').replace('Yours', 'If you have questions, please call us on 01632 960 336.\n\nYours')
    expect(await elements(text)).toContain('contact')
  })
})
