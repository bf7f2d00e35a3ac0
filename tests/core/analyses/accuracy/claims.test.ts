/**
 * Claims found by meaning: the same fact stated in different words, wrong and
 * right, in letters of the types where they arise. Every sentence here is
 * written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../../../../src/index.js'
import type { LetterType } from '../../../../src/index.js'

const cases: Array<[LetterType, string, string | null]> = [
  ['no-charge', 'If you are unhappy with my decision, please contact us within 5 working days of the day you receive this letter.', 'review-time-limit'],
  ['charge', 'At the first hearing the judge will refuse him bail.', 'promised-outcome'],
  // In a letter that ends the case nobody was convicted: an "appeal" with a time limit is the review, misnamed.
  [
    'no-charge',
    "You may appeal under the Victims' Right to Review scheme. Any such appeal must be made to the Victim Liaison Unit within five working days of the date of this letter.",
    'review-time-limit',
  ],
  ['conviction', 'He has 28 days to ask the Court of Appeal for permission to appeal, although the court can allow more time.', null],
  // The notice under section 23A stops the case: that is not an acquittal.
  [
    'discontinuance',
    'We sent the court a notice under section 23A to stop the case. This means he has now been formally acquitted.',
    'discontinuance-called-final',
  ],
  ['alteration', 'Count 2 will lie on file: it will not go ahead now and could only be restarted with the permission of the court.', null],
  ['acquittal', 'Although he was found not guilty, we asked the court for a restraining order to protect you, and the judge made one.', null],
  ['delay', 'If he is convicted, he will get a long prison sentence.', 'promised-outcome'],
  ['charge', 'We will ask the court to keep him in custody, and the judge will decide.', null],
  [
    'no-charge',
    'You can ask for a review. It helps us if you ask within ten working days, but we will still look at requests made up to three months after you heard about my decision.',
    null,
  ],
  ['no-charge', 'Requests made more than three months after you were told will only be accepted in exceptional circumstances.', null],
  ['no-charge', 'You do not have to put your request in writing: you can phone, email or use our website.', null],
  // The police are not the way to ask, however the letter names them.
  ['no-charge', 'If you want a review, you must do so in writing to the officer in the case within ten working days.', 'review-how-to-ask'],
  ['discontinuance', 'You can ask for a review by contacting DC Rana Iqbal at Cleveland Police, who will pass it to us.', 'review-how-to-ask'],
  ['no-charge', 'Any request for a review should be sent to the officer in charge of the investigation.', 'review-how-to-ask'],
  ['no-charge', 'You may ask for a review by submitting your request in writing to this office.', 'review-how-to-ask'],
  ['no-charge', 'You can ask for a review by submitting your request in writing, by telephone or on our website.', null],
  ['no-charge', 'The officer in the case, DC Shaw, knows about my decision and will call you.', null],
  ['no-charge', 'Please do not contact the police to ask for a review; contact our Victim Liaison Unit instead.', null],
  [
    'discontinuance',
    'We stopped the case by offering no evidence, so a not guilty verdict was recorded. Even if a review finds I was wrong, the case cannot start again, but we would explain and apologise.',
    null,
  ],
  ['discontinuance', 'We have discontinued the case. This is not an acquittal, and the case could be restarted in limited circumstances.', null],
  ['alteration', "Because the rape charge is going ahead, the Victims' Right to Review does not apply, but I can explain more if you would like.", null],
  ['alteration', 'You can ask for your Victim Personal Statement to be read to the court. The judge will decide how it is used.', null],
  ['conviction', 'He was sentenced to 3 years for sexual assault. He will usually be released halfway through and spend the rest on licence.', null],
  [
    'conviction',
    'He was sentenced to 10 months. Probation may be able to offer you some information, although the Victim Contact Scheme only applies to sentences of 12 months or more.',
    null,
  ],
  ['conviction', 'The Witness Care Unit will refer you to the Victim Contact Scheme unless you tell them not to.', null],
  [
    'conviction',
    'He was given an extended sentence. He cannot be released before two-thirds of the prison part, and then only if the Parole Board agrees.',
    null,
  ],
  ['conviction', 'He has the right to ask for permission to appeal within 28 days.', null],
  ['conviction', "You can ask the Attorney General's Office to review the sentence; they must receive your request within 28 days of sentencing.", null],
  ['conviction', 'The law requires him to give his details to the police for 10 years; the judge does not decide this.', null],
  ['charge', 'We will ask the court for special measures, such as a screen. If the judge agrees, you will not have to see him while you give evidence.', null],
  ['charge', 'You can apply for compensation now. You do not have to wait for the trial.', null],
  ['charge', 'If he is convicted, he could be sent to prison.', null],
  ['delay', 'The police can arrest him if he breaks his bail conditions, and the court will then decide whether to keep him in custody.', null],
  [
    'delay',
    'The judge has directed that your cross-examination will be recorded before the trial, so you will not have to go to court for the trial itself.',
    null,
  ],
  ['delay', 'We cannot talk about your evidence at the meeting, but we can answer questions about the day.', null],
  ['acquittal', 'No one may publish anything that could identify you, for the rest of your life.', null],
  ['acquittal', 'The jury could not agree, so no verdict was reached. We will decide whether to ask for a retrial, and we want to hear your views.', null],
  ['acquittal', "The law does not let the prosecution appeal against a jury's decision.", null],
  ['acquittal', 'You can still claim compensation even though he was found not guilty.', null],
  ['no-charge', 'The crime happened in 2009, but there is no time limit for prosecuting rape.', null],
  ['conviction', 'Sentenced on Friday 5 September 2025, he must serve two-thirds of his 9-year sentence before automatic release.', null],
  ['no-charge', 'If you would like a review, please contact us within 10 working days of receiving this letter.', null],
  ['discontinuance', 'If a review finds the decision was wrong, we may be able to restart the case.', null],
  ['no-charge', 'Should you wish to challenge this decision, you must write to us within seven days.', 'review-time-limit'],
  ['no-charge', 'You have five working days from today to request a review.', 'review-time-limit'],
  ['no-charge', 'A request for a review must reach us no later than 14 days after the date of this letter.', 'review-time-limit'],
  [
    'discontinuance',
    'You can ask for this decision to be reviewed. Any request made more than 10 working days after this letter will be refused.',
    'review-time-limit',
  ],
  ['no-charge', "You are entitled to appeal our decision through the Victims' Right to Review scheme.", 'review-called-appeal'],
  ['no-charge', 'Please send your request for a review to the investigating officer.', 'review-how-to-ask'],
  // Through the police or only in writing, in a legalistic letter's words.
  ['no-charge', 'You may appeal this decision by writing to the officer in the case within ten working days.', 'review-how-to-ask'],
  ['no-charge', 'To ask for a review, you must set out your grounds in writing.', 'review-how-to-ask'],
  ['no-charge', 'If you want a review, any request must be lodged in writing with this office.', 'review-how-to-ask'],
  ['no-charge', 'If you would like a review, you can ask on our website or by email, phone or letter.', null],
  [
    'alteration',
    'He has pleaded guilty to a lesser offence, which we accepted. You are entitled to request a review of this decision.',
    'review-not-available',
  ],
  ['acquittal', "If you disagree with the jury's decision you may ask us to review it.", 'review-not-available'],
  ['discontinuance', 'We offered no evidence against him at court today. Should new evidence emerge, the case may be reopened.', 'restart-after-no-evidence'],
  ['discontinuance', 'We have discontinued the case. He is therefore found not guilty.', 'discontinuance-called-final'],
  ['conviction', 'He received a sentence of 7 years for rape. He will only serve half of this in prison.', 'release-at-half'],
  ['conviction', 'He was jailed for 30 months for sexual assault. Because of the early release scheme he may be out sooner.', 'early-release-scheme'],
  ['conviction', 'He was sentenced to 9 months in prison. As a victim you can now join the Victim Contact Scheme.', 'contact-scheme-eligibility'],
  ['conviction', 'We will let you know when he is released from prison.', 'contact-scheme-eligibility'],
  [
    'conviction',
    'He was sentenced to 6 years. To ask for the sentence to be reviewed as unduly lenient, contact the Attorney General within 28 working days.',
    'sentence-review-time-limit',
  ],
  ['conviction', 'You can apply for compensation up to two years after the conviction.', 'compensation-time-limit'],
  ['acquittal', 'As he was acquitted, you are no longer able to claim criminal injuries compensation.', 'compensation-eligibility'],
  ['charge', 'We would advise you not to apply for compensation until the trial has finished.', 'compensation-time-limit'],
  ['charge', "You will be able to give evidence via video link, so you won't need to see him.", 'special-measures-promise'],
  ['delay', 'Your evidence will be pre-recorded, which means you will not need to come to court at all.', 'pre-recording-promise'],
  ['delay', 'At the pre-trial meeting the barrister will take you through your statement.', 'pre-trial-meeting'],
  ['delay', 'If he breaches his bail, the police will arrest him immediately.', 'promised-outcome'],
  ['acquittal', 'Now that the trial is over, the press are free to name you.', 'anonymity-ends'],
  ['conviction', 'In your statement you may tell the court what sentence you would like him to receive.', 'personal-statement-promise'],
  ['conviction', 'Your Victim Personal Statement will be read out by you in court.', 'personal-statement-promise'],
  ['acquittal', 'The jury was unable to reach a verdict, so the judge has ordered a retrial.', 'retrial-decision'],
  ['acquittal', "We intend to appeal against the jury's decision.", 'appeal-against-acquittal'],
  ['conviction', 'The judge ordered that he must sign the sex offenders register.', 'register-ordered-by-judge'],
  ['alteration', "We accepted his plea to a lesser charge. This decision can be reviewed under the Victims' Right to Review scheme.", 'review-not-available'],
  [
    'discontinuance',
    'We offered no evidence, so he was found not guilty. If the review goes your way, he could be charged again.',
    'restart-after-no-evidence',
  ],
  ['discontinuance', 'We have discontinued the case, and it is now closed for good.', 'discontinuance-called-final'],
  ['conviction', 'He was sentenced to 6 years for rape. He will be eligible for release after serving half of his sentence.', 'release-at-half'],
  ['conviction', 'Unduly lenient sentence requests must be made within 28 days of the jury’s verdict.', 'sentence-review-time-limit'],
  ['charge', 'As you are not a vulnerable or intimidated witness, we will not ask for special measures.', 'special-measures-promise'],
  ['acquittal', 'The jury could not reach a verdict, which means he has been found not guilty.', 'retrial-decision'],
  ['acquittal', 'The judge will decide whether you can stay anonymous.', 'anonymity-ends'],
  ['no-charge', "If you are unhappy with my decision, you can appeal. This is called the Victims' Right to Review.", 'review-called-appeal'],
  ['charge', 'At the trial you will be behind a screen.', 'special-measures-promise'],
  ['conviction', 'He was sentenced to 8 months. You will automatically be referred to the Victim Contact Scheme.', 'contact-scheme-eligibility'],
  ['conviction', 'He was sentenced to 8 years for rape. He will be released on licence after half of his sentence.', 'release-at-half'],
  ['conviction', 'He was given a life sentence with a minimum term of 20 years. He will be freed after 20 years.', 'life-sentence-release'],
  ['conviction', 'He can appeal against his conviction if the Court of Appeal gives permission.', null],
  [
    'no-charge',
    'If you would like the decision reviewed, please let us know within 10 working days of receiving this letter. We will still consider requests made within three months, and after that only in exceptional circumstances.',
    null,
  ],
  [
    'discontinuance',
    'Because we offered no evidence, Mr Vance was formally found not guilty. The case cannot be brought back to court, even if the review finds that we got it wrong.',
    null,
  ],
  ['charge', 'You will be able to give evidence from behind a screen, as the judge agreed at the last hearing.', null],
  ['conviction', "The Attorney General's Office must receive your request within 28 days of the sentence.", null],
  ['conviction', 'He was sentenced to 5 years for rape. You can ask for the sentence to be reviewed if you think it is far too low.', null],
  ['conviction', 'He was sentenced to 5 years for rape. As the sentence is more than 12 months, you are entitled to join the Victim Contact Scheme.', null],
  ['no-charge', 'You may be able to claim compensation within two years of the date of the crime.', null],
  ['acquittal', 'Your anonymity continues for life, even though the trial has ended.', null],
  ['alteration', "You can't ask for a review of this decision, because the case is continuing, but I am happy to meet you.", null],
  ['discontinuance', 'We have stopped the case. This does not mean he has been found not guilty.', null],
  ['delay', 'If he is found guilty, he will be sentenced at a later hearing.', null],

  // [type, text, expected rule or null]
  ['no-charge', 'If you would like us to look at the decision again, you need to tell us within 7 calendar days.', 'review-time-limit'],
  ['no-charge', "Under the Victims' Right to Review scheme you have 14 days from the date of this letter to ask.", 'review-time-limit'],
  ['no-charge', 'You have one month to request a review of this decision.', 'review-time-limit'],
  ['no-charge', 'You may ask for a review. Please do so within 28 days.', 'review-time-limit'],
  ['no-charge', 'You can ask us to review the decision. You should ask within three months of the date of the decision.', 'review-time-limit'],
  [
    'no-charge',
    'To request a review, contact us within ten working days of receiving this letter. After that date we will not be able to consider your request.',
    'review-time-limit',
  ],
  ['no-charge', 'You can ask for a review within 10 working days so we can deal with it quickly, and we can accept requests for up to 3 months.', null],
  [
    'no-charge',
    'If you would like a review, it helps if you ask within two weeks, but you can ask up to three months after you were told.',
    'review-time-limit',
  ],
  [
    'discontinuance',
    'We offered no evidence at court on Monday, so the judge entered a not guilty verdict. If the reviewing lawyer disagrees with me, we could restart the prosecution.',
    'restart-after-no-evidence',
  ],
  ['discontinuance', 'We offered no evidence and the court recorded a not guilty verdict. The case can never be restarted.', null],
  ['discontinuance', 'We have withdrawn the charges. Mr Dean is now a free man and has been found not guilty.', 'discontinuance-called-final'],
  ['discontinuance', 'I have discontinued the case. The decision is final and we will not reopen it.', 'discontinuance-called-final'],
  ['discontinuance', 'I have discontinued the case. If important new evidence comes to light, the case could be started again.', null],
  [
    'discontinuance',
    'I have decided to stop the case. Stopping the case is different from a not guilty verdict. If a review decides my decision was wrong, the case could be started again.',
    null,
  ],
  [
    'discontinuance',
    'I have decided to stop the case. Stopping the case is not the same as Mr Fenner being found not guilty. If a review decides our decision was wrong, the case could be started again.',
    null,
  ],
  // The scheme said not to apply, in the writer's own words.
  ['alteration', "Because the case is carrying on, this is not a decision you can ask us to review under the Victims' Right to Review scheme.", null],
  // A stopped case whose not guilty verdict is then called an acquittal is still one ended by offering no evidence.
  [
    'discontinuance',
    'We stopped the case at court and the judge recorded a not guilty verdict, so he was acquitted. If a review finds we were wrong, the case can be started again.',
    'restart-after-no-evidence',
  ],
  // Calling the police to stay safe is not how to ask for a review.
  [
    'discontinuance',
    'If a review decides our decision was wrong, the case could be started again. If he contacts you, or you feel unsafe at any point, please call the police on 999.',
    null,
  ],
  // Stopped, and said not to be a verdict: "not the same as a verdict of not guilty" is not a recorded verdict.
  [
    'discontinuance',
    'I have decided to stop the case. Stopping a case is not the same as a verdict of not guilty. If a review finds my decision was wrong, the case could be started again.',
    null,
  ],
  [
    'alteration',
    'We accepted his guilty plea to sexual assault instead of rape. You have the right to ask for this decision to be reviewed.',
    'review-not-available',
  ],
  [
    'alteration',
    'We dropped one of the two rape charges; the other will go to trial. If you disagree, you may request a review under the VRR scheme.',
    'review-not-available',
  ],
  ['acquittal', 'The jury found him not guilty. If you feel the verdict was wrong you can request a review of the verdict.', 'review-not-available'],
  ['acquittal', 'The jury found him not guilty. We are considering an appeal against the verdict.', 'appeal-against-acquittal'],
  ['acquittal', 'Because he was acquitted, your right to anonymity no longer applies.', 'anonymity-ends'],
  ['acquittal', 'Your anonymity lasts for the rest of your life, even though he was acquitted.', null],
  ['conviction', 'He was sentenced to 6 years for rape. He will be released halfway through his sentence and spend the rest on licence.', 'release-at-half'],
  ['conviction', 'He was sentenced to 3 years for sexual assault. He will be released halfway through his sentence.', null],
  ['conviction', 'He was sentenced to 7 years for rape. He will serve two-thirds of that time in prison before he is released on licence.', null],
  ['conviction', 'He was sentenced to 6 months in prison. You can join the Victim Contact Scheme run by probation.', 'contact-scheme-eligibility'],
  ['conviction', 'He received a suspended sentence. You are entitled to join the Victim Contact Scheme.', 'contact-scheme-eligibility'],
  [
    'conviction',
    'He was jailed for 4 years for rape. You can ask the Attorney General to review the sentence within 28 working days.',
    'sentence-review-time-limit',
  ],
  [
    'conviction',
    "He was jailed for 4 years for rape. If you think the sentence is unduly lenient, you must contact the Attorney General's Office within 28 days of the guilty verdict.",
    'sentence-review-time-limit',
  ],
  [
    'conviction',
    "He was jailed for 4 years for rape. If you think the sentence is unduly lenient, contact the Attorney General's Office within 28 days of receiving this letter.",
    'sentence-review-time-limit',
  ],
  ['conviction', 'He was sentenced to life with a minimum term of 15 years. He will be released after 15 years.', 'life-sentence-release'],
  ['conviction', 'He was sentenced to life with a minimum term of 15 years. He will spend at least 15 years in prison.', null],
  ['conviction', 'You can apply for criminal injuries compensation within two years of the date of sentence.', 'compensation-time-limit'],
  ['conviction', 'You can apply for criminal injuries compensation. Applications must be made within 2 years of the assault.', null],
  ['charge', 'You may be able to claim criminal injuries compensation, but you should wait until the case is over before applying.', 'compensation-time-limit'],
  ['charge', 'You can claim criminal injuries compensation now; you do not have to wait until the trial has finished.', null],
  ['charge', 'At the trial you will give evidence behind a screen so that you do not have to see him.', 'special-measures-promise'],
  ['charge', 'We will apply for you to give evidence by live link. If the judge agrees, you will give evidence from another room.', null],
  ['delay', 'Mr Kerr is on bail. If he breaks his bail conditions, he will be arrested and remanded in custody.', 'promised-outcome'],
  ['delay', 'If he breaks his bail conditions, call the police. They can arrest him.', null],
  ['delay', 'The court will definitely convict him this time.', 'promised-outcome'],
  // The next step after a charge the prosecutor has authorised, and a conviction that follows his own plea, are not promises.
  ['charge', 'I have authorised the charge. The police will charge him in the next few days.', null],
  ['delay', 'The police will charge him next week.', 'promised-outcome'],
  ['alteration', 'A guilty plea means he will be convicted without you having to give evidence.', null],
  ['delay', 'The trial is now listed for Thursday 4 March 2026.', 'wrong-weekday'],
  ['delay', 'The trial is now listed for Tuesday 4 March 2026 at 10am.', 'wrong-weekday'],
  ['no-charge', 'The assaults in 1998 are too old to be prosecuted now because of the time limit.', 'prosecution-time-limit'],
  ['no-charge', "Under the Victims' Code, you should be told of this decision within 5 working days.", 'decision-notice-time'],
  [
    'discontinuance',
    'In order to secure a prompt review, your request should be received within ten working days of your being notified of this decision.',
    null,
  ],
  ['conviction', 'The Probation Service will contact you within 20 working days about the Victim Contact Scheme.', null],
  ['no-charge', "I am writing within one working day of my decision, as the Victims' Code requires.", null],
  ['conviction', 'The judge made a restraining order for five years.', null],
  ['conviction', 'He has 28 days to appeal against his conviction.', null],
  ['conviction', 'Mr Dodd can appeal, but only within 28 working days of his sentence.', 'defendant-appeal-time'],
  ['acquittal', 'The jury could not agree on a verdict. The judge has ordered a retrial.', 'retrial-decision'],
  ['conviction', 'In your statement you can say what sentence you think he deserves.', 'personal-statement-promise'],
  ['delay', 'The prosecutor will help you prepare your answers before the trial.', 'pre-trial-meeting'],
  ['no-charge', 'You can appeal against our decision by writing to the Victim Liaison Unit.', 'review-called-appeal'],
  ['no-charge', 'You have the right to appeal this decision.', 'review-called-appeal'],
  ['no-charge', 'You will need to speak to your local police station to ask for a review of this decision.', 'review-how-to-ask'],

  ['conviction', 'He was sentenced to 9 years for rape. He should be released after four and a half years.', 'release-at-half'],
  ['conviction', 'He was sentenced to 10 years for rape. He will spend half of the sentence in prison and half on licence.', 'release-at-half'],
  ['conviction', 'He was sentenced to 2 years for rape. He will be released halfway through.', null],
  ['conviction', 'He got 18 months for sexual assault. You are eligible for the Victim Contact Scheme.', null],
  ['conviction', 'He got 10 months for sexual assault. You are eligible for the Victim Contact Scheme.', 'contact-scheme-eligibility'],
  [
    'conviction',
    'He was sentenced to 5 years for rape. We will refer you to the Probation Service so that you can join the Victim Contact Scheme.',
    'contact-scheme-referral',
  ],
  ['charge', 'Screens will be put up in court so that you cannot see him.', 'special-measures-promise'],
  ['charge', 'Your cross-examination will be pre-recorded.', 'pre-recording-promise'],
  ['delay', 'If he contacts you, he will go to prison.', 'promised-outcome'],
  ['acquittal', 'As he was found not guilty, you have lost your anonymity.', 'anonymity-ends'],
  ['acquittal', 'You are not eligible for compensation because there was no conviction.', 'compensation-eligibility'],
  ['no-charge', 'Compensation can only be paid if someone is convicted.', 'compensation-eligibility'],
  ['no-charge', 'You can apply for compensation whether or not anyone is charged or convicted.', null],
  ['discontinuance', 'We offered no evidence. If new evidence comes to light we may be able to bring the case back to court.', 'restart-after-no-evidence'],
  // The case sent back to court, in other words, and "it" for the case.
  [
    'discontinuance',
    'We offered no evidence. If the review finds that our decision was wrong, the case can be put back before the court.',
    'restart-after-no-evidence',
  ],
  [
    'discontinuance',
    'We offered no evidence. If the review finds the case should not have been stopped, it can be restarted and go back to court.',
    'restart-after-no-evidence',
  ],
  ['discontinuance', 'We offered no evidence. It cannot be restarted, even if a review finds our decision was wrong.', null],
  ['discontinuance', 'We discontinued the case, so he is now cleared of the charges.', 'discontinuance-called-final'],
  ['conviction', 'He can appeal against his sentence within 21 days.', 'defendant-appeal-time'],
  ['conviction', 'If you feel the sentence is unduly lenient, you must ask the Attorney General within 28 days of the trial.', 'sentence-review-time-limit'],
  ['conviction', 'You can claim compensation within two years of when he was charged.', 'compensation-time-limit'],
  [
    'no-charge',
    'I know this is not the news you wanted. You have the right to ask for a review of my decision. Please contact us within 10 working days of the date of this letter so that we can deal with it quickly. We can usually accept requests up to three months from when you were told.',
    null,
  ],
  ['no-charge', 'If you ask for a review, a different prosecutor will look at the case. We aim to complete the review within 30 working days.', null],
  ['no-charge', 'There is no time limit for prosecuting rape, so if new evidence comes to light the police can send the case back to us.', null],
  [
    'discontinuance',
    'We have decided to stop the case. This is not the same as a not guilty verdict. The case could be started again if important new evidence came to light.',
    null,
  ],
  ['charge', 'We will ask the judge to allow you to give evidence behind a screen. The judge will decide, and we will tell you as soon as we know.', null],
  ['charge', 'The judge has agreed that you can give evidence by live link, so you will not have to see him in the courtroom.', null],
  [
    'conviction',
    'He was sentenced to 12 years for rape. He must spend at least two-thirds of his sentence in prison before he can be released on licence.',
    null,
  ],
  ['conviction', 'He was given a restraining order. If he breaks it, he can be arrested and the court can send him to prison.', null],
  ['conviction', 'He has 28 days to ask for permission to appeal, although the Court of Appeal can allow more time.', null],
  ['conviction', 'The early release scheme introduced in 2024 does not apply to sexual offences.', null],
  ['acquittal', 'Your right to anonymity continues for life, whatever the verdict.', null],
  ['acquittal', 'You cannot appeal against the jury verdict, and neither can we.', null],
  ['delay', 'At the meeting the barrister cannot discuss your evidence with you, but can explain what happens in court.', null],
]

async function accuracyRules(type: LetterType, text: string): Promise<string[]> {
  const file = await lint(`Dear Ms Hale,\n\n${text}\n`, { kind: 'letter', letterType: type, today: '2026-12-04' })
  return file.messages
    .filter((m) => String(m.ruleId).startsWith('accuracy/') && (m as unknown as { severity: string }).severity !== 'info')
    .map((m) => String(m.ruleId).replace('accuracy/', ''))
}

describe('claims found by meaning', () => {
  it.each(cases.filter(([, , want]) => want !== null))('%s letter: %s → %s', async (type, text, want) => {
    expect(await accuracyRules(type, text)).toContain(want)
  })

  it.each(cases.filter(([, , want]) => want === null))('%s letter, stated rightly: %s', async (type, text) => {
    expect(await accuracyRules(type, text)).toEqual([])
  })
})

describe('whole-case context', () => {
  it('a review offered for one charge while another goes ahead', async () => {
    const text =
      "We have decided to stop the charge of sexual assault. The rape charge will still go ahead at trial. You can ask for a review of this decision under the Victims' Right to Review scheme."
    expect(await accuracyRules('discontinuance', text)).toEqual(['review-not-available'])
  })

  it('checks the time limit given with a review offered where the scheme does not apply', async () => {
    const text =
      "We have accepted his plea to sexual assault. If you are unhappy with this decision, you can ask for it to be reviewed under the Victims' Right to Review scheme. Requests must be made within 5 working days of this letter."
    expect(await accuracyRules('alteration', text)).toEqual(['review-not-available', 'review-time-limit'])
    // Without the wrong offer, a five-day limit in a plea letter is some other deadline, not the review's.
    expect(
      await accuracyRules('alteration', 'We have accepted his plea to sexual assault. Please tell us within 5 working days if you would like to meet.'),
    ).toEqual([])
  })

  it('prompts a letter that stops the case to say whether it could restart', async () => {
    const file = await lint('Dear Ms Hale,\n\nI have decided to stop the case against Mr Lane. I know this is hard news.\n', {
      kind: 'letter',
      letterType: 'discontinuance',
      today: '2026-12-04',
    })
    const found = file.messages.filter((m) => String(m.ruleId).startsWith('accuracy/'))
    expect(found.map((m) => [m.ruleId, (m as unknown as { severity: string }).severity])).toEqual([['accuracy/discontinuance-called-final', 'info']])
    const said = await lint(
      'Dear Ms Hale,\n\nI have decided to stop the case against Mr Lane. It could be started again if important new evidence came to light.\n',
      { kind: 'letter', letterType: 'discontinuance', today: '2026-12-04' },
    )
    expect(said.messages.filter((m) => String(m.ruleId).startsWith('accuracy/'))).toEqual([])
  })

  it('offers drop-in replacements only where they fit', async () => {
    const file = await lint('Dear Ms Hale,\n\nYou can ask for a review of my decision within 5 working days of this letter.\n', {
      kind: 'letter',
      letterType: 'no-charge',
      today: '2026-12-04',
    })
    const finding = (file.messages as unknown as Array<{ ruleId: string; actual: string; expected: string[]; advice: string }>).find((m) =>
      m.ruleId.startsWith('accuracy/'),
    )
    expect(finding).toMatchObject({ ruleId: 'accuracy/review-time-limit', actual: '5 working days', expected: ['10 working days'] })
    expect(finding!.advice).toMatch(/10 working days/)
  })

  it('offers no drop-in where the sentence would still make ten working days a cut-off', async () => {
    const file = await lint('Dear Ms Hale,\n\nYou can ask for a review of my decision. Any request must be made within 5 working days of this letter.\n', {
      kind: 'letter',
      letterType: 'no-charge',
      today: '2026-12-04',
    })
    const finding = (file.messages as unknown as Array<{ ruleId: string; actual: string; expected: string[] }>).find((m) => m.ruleId.startsWith('accuracy/'))
    expect(finding).toMatchObject({ ruleId: 'accuracy/review-time-limit', actual: '5 working days', expected: [] })
  })

  it('can be switched off by category or set to another severity', async () => {
    const text = 'Dear Ms Hale,\n\nYou can ask for a review of my decision within 5 working days of this letter.\n'
    const off = await lint(text, { kind: 'letter', letterType: 'no-charge', today: '2026-12-04', config: { rules: { accuracy: 'off' } } })
    expect(off.messages.filter((m) => String(m.ruleId).startsWith('accuracy/'))).toEqual([])
    const warn = await lint(text, {
      kind: 'letter',
      letterType: 'no-charge',
      today: '2026-12-04',
      config: { rules: { 'accuracy/review-time-limit': 'warning' } },
    })
    expect(warn.messages.filter((m) => String(m.ruleId).startsWith('accuracy/')).map((m) => (m as unknown as { severity: string }).severity)).toEqual([
      'warning',
    ])
  })

  it('gives only a warning to verify for the part of a fact that may have changed', async () => {
    const text =
      "Dear Ms Hale,\n\nHe was sentenced to 9 years for rape. You can ask the Attorney General's Office to review the sentence within six months of the sentence.\n"
    const file = await lint(text, { kind: 'letter', letterType: 'conviction', today: '2026-12-04' })
    const found = (file.messages as unknown as Array<{ ruleId: string; severity: string; reason: string }>).filter((m) => m.ruleId.startsWith('accuracy/'))
    expect(found.map((m) => [m.ruleId, m.severity])).toEqual([['accuracy/sentence-review-time-limit', 'warning']])
    expect(found[0]!.reason).toMatch(/Verify this against https:\/\/www\.gov\.uk\/ask-crown-court-sentence-review/)
  })
})
