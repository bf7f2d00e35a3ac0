/**
 * The cases that really happen, each drafted from the example data with the
 * fields that describe it: a victim who withdraws support, partial outcomes,
 * how a case ended, a letter to a parent, the contact model, bail and custody,
 * a jury that could not agree, the letters after sentence and after a review.
 * Every letter must still have no findings, and say the right thing.
 */
import { describe, expect, it } from 'vitest'
import { DraftError, LETTER_TYPES, draft } from '../../../src/index.js'
import type { LetterType } from '../../../src/index.js'
import { exampleFields } from './helpers.js'

const findings = (result: Awaited<ReturnType<typeof draft>>) => result.lint.messages.map((m) => `${m.ruleId} ${(m as unknown as { actual: string }).actual}`)

async function drafted(type: LetterType, extra: Record<string, unknown> = {}, drop: string[] = []) {
  const fields: Record<string, unknown> = { ...exampleFields(type), ...extra }
  for (const name of drop) delete fields[name]
  const result = await draft({ type, fields })
  expect(findings(result), `${type} ${JSON.stringify(extra)}`).toEqual([])
  return result.text
}

const problemsOf = (type: LetterType, fields: Record<string, unknown>) =>
  draft({ type, fields: { ...exampleFields(type), ...fields } }).then(
    () => [],
    (error: unknown) => {
      if (!(error instanceof DraftError)) throw error
      return error.problems.map((p) => p.field)
    },
  )

describe('withdrawal', () => {
  it('gives the victim’s reasons in their own words, owns the decision, and does not offer a review', async () => {
    const text = await drafted('withdrawal')
    expect(text).toContain('You told PC Khan that you did not want to go on with the case against Mr Tate.')
    expect(text).toContain('You told PC Khan that the wait for a trial had become too much')
    expect(text).toContain('But the decision was mine, not yours.')
    expect(text).toContain('I have decided to stop the case against Mr Tate for rape.')
    expect(text).not.toMatch(/Right to Review|dropped|press charges/)
  })

  it('says a case ended by offering no evidence cannot restart, and one stopped before charge needs no charges', async () => {
    const noEvidence = await drafted('withdrawal', { ended_by: 'no-evidence-offered' })
    expect(noEvidence).toContain('this case cannot start again')
    const beforeCharge = await drafted('withdrawal', { after_charge: false, had_bail_conditions: false }, ['charges', 'ended_by'])
    expect(beforeCharge).toContain('I have decided not to charge Mr Tate.')
    expect(beforeCharge).toContain('If you change your mind, please tell me or Northumbria Police.')
  })

  it('words a victim who cannot go on differently from one who does not want to', async () => {
    expect(await drafted('withdrawal', { cannot_go_on: true })).toContain('that you did not feel able to go on with the case')
  })

  it('refuses a withdrawal after charge with no charges, and no evidence offered before a charge', async () => {
    expect(await problemsOf('withdrawal', { charges: undefined })).toEqual(['charges'])
    expect(await problemsOf('withdrawal', { after_charge: false, ended_by: 'no-evidence-offered' })).toEqual(['ended_by'])
  })
})

describe('how a case ended', () => {
  it('says a discontinued case could restart, with bail conditions ended', async () => {
    const text = await drafted('discontinuance')
    expect(text).toContain('Stopping the case is not the same as a verdict of not guilty. We could start it again')
    expect(text).toContain('The bail conditions that Mr Carver had to follow until the trial have now ended.')
  })

  it('says a case where no evidence was offered cannot restart, and gives a restraining order made after it', async () => {
    const text = await drafted('discontinuance', {
      ended_by: 'no-evidence-offered',
      restraining_order: true,
      restraining_order_terms: ['contact you in any way'],
    })
    expect(text).toContain('The court then recorded a verdict of not guilty.')
    expect(text).toContain('the case cannot start again, even if a review decides that my decision was wrong')
    expect(text).not.toContain('We could start it again')
    expect(text).toContain('the judge made a restraining order')
    expect(text).toContain('- contact you in any way')
  })

  it('explains charges left on file', async () => {
    const text = await drafted('discontinuance', { ended_by: 'left-on-file' })
    expect(text).toContain('I asked the court to leave the charges of rape and sexual assault “on file”')
    expect(text).toContain('could only go ahead again if a judge gave permission')
  })

  it('refuses a restraining order after a discontinued case, where the law allows none', async () => {
    expect(await problemsOf('discontinuance', { restraining_order: true })).toEqual(['restraining_order'])
  })
})

describe('partial outcomes', () => {
  it('stops one charge while another goes on, and says the review scheme does not apply', async () => {
    const text = await drafted('alteration', { stopped_charges: ['sexual assault'], continuing_charges: ['rape'] }, ['old_charge', 'new_charge'])
    expect(text).toContain('I have decided to stop the charge of sexual assault. The charge of rape will go ahead as before.')
    expect(text).toContain('Because the case is still going on, the Victims’ Right to Review scheme does not apply to this change.')
  })

  it('accepts a plea to a different charge', async () => {
    const text = await drafted('alteration', { accepted_plea: true })
    expect(text).toContain(
      'Mr Dale has pleaded guilty to sexual assault. I have decided to accept that plea, instead of going to trial on assault by penetration.',
    )
    expect(text).toContain('The judge will decide the sentence.')
  })

  it('refuses a change with nothing changed, and stopping every charge as an alteration', async () => {
    expect(await problemsOf('alteration', { old_charge: undefined, new_charge: undefined })).toEqual(['new_charge'])
    expect(await problemsOf('alteration', { old_charge: undefined, new_charge: undefined, stopped_charges: ['rape'] })).toEqual(['continuing_charges'])
  })

  it('gives mixed verdicts, charges the jury could not agree on and charges left on file', async () => {
    const text = await drafted('conviction', {
      charges: ['rape'],
      not_guilty_of: ['sexual assault'],
      no_verdict_on: ['assault by penetration'],
      on_file: ['a second charge of sexual assault'],
    })
    expect(text).toContain('found Mr Webb guilty of rape. The jury found Mr Webb not guilty of sexual assault.')
    expect(text).toContain('The jury could not agree on assault by penetration')
    expect(text).toContain('The judge agreed that a second charge of sexual assault will “lie on file”.')
  })
})

describe('the recipient', () => {
  it('writes to a parent about their child, by name', async () => {
    const text = await drafted('no-charge', { recipient: 'parent', about_name: 'Ella', victim_name: 'Joanne Reid', address_as: 'Ms Reid' })
    expect(text).toContain('Dear Ms Reid,')
    expect(text).toContain('I am writing to you as Ella’s parent or carer.')
    expect(text).toContain('This decision is not about whether I believe Ella.')
    const acquittal = await drafted('acquittal', { recipient: 'parent', about_name: 'Ella', address_as: 'Ms Reid' })
    expect(acquittal).toContain('By law, Ella’s right to stay anonymous lasts for life')
    expect(acquittal).toContain('Thank you for all you did to support Ella through the trial.')
    const withdrawal = await drafted('withdrawal', { recipient: 'parent', about_name: 'Ella', address_as: 'Ms Brooks' })
    expect(withdrawal).toContain('You told PC Khan that Ella did not want to go on with the case against Mr Tate.')
    expect(withdrawal).toContain('I took Ella’s wishes into account')
    expect(withdrawal).toContain('But the decision was mine, not Ella’s.')
    expect(withdrawal).toContain('Leah Grant is Ella’s Independent Sexual Violence Adviser (ISVA). Leah Grant can keep supporting you and Ella.')
  })

  it('writes to a representative', async () => {
    expect(await drafted('charge', { recipient: 'representative', about_name: 'Mr Evans' })).toContain(
      'I am writing to you because you act for Mr Evans in this case.',
    )
  })

  it('refuses a letter to a parent that does not name the child', async () => {
    expect(await problemsOf('no-charge', { recipient: 'parent' })).toEqual(['about_name'])
  })
})

describe('support and contact', () => {
  it('says the ISVA knows about the letter only when the victim agreed', async () => {
    expect(await drafted('withdrawal')).toContain('You agreed that I could let Leah Grant know about this letter, so I have.')
    const without = await drafted('withdrawal', { isva_informed: false })
    expect(without).toContain('I have not shared this letter with Leah Grant. If you would like me to, please tell me.')
  })

  it('names a Victim Liaison Officer as the contact when the prosecutor signs', async () => {
    const text = await drafted('withdrawal')
    expect(text).toContain('If you have any questions, please contact Sian Parry, a Victim Liaison Officer in our team.')
    expect(text).toContain('Sian Parry can pass any question to me, Daniel Reid, and get you an answer.')
    expect(text.trimEnd()).toMatch(/Daniel Reid\nSenior Crown Prosecutor\nCPS North East$/)
  })
})

describe('custody and bail at charge', () => {
  it('tells police bail from court bail', async () => {
    const police = await drafted('charge')
    expect(police).toContain('The police, not the court, set the rules that Mr Lowe must follow until then.')
    expect(police).not.toContain('rules that the court has set')
    const court = await drafted('charge', { custody: 'court-bail' })
    expect(court).toContain('must follow rules that the court has set')
    const held = await drafted('charge', { custody: 'in-custody' }, ['bail_conditions'])
    expect(held).toContain('At the first hearing, the court will decide whether Mr Lowe stays in prison')
  })

  it('refuses a bail condition that gives an address, and conditions for someone held in custody', async () => {
    expect(await problemsOf('charge', { bail_conditions: ['live at 3 Mill Lane, Bristol'] })).toEqual(['bail_conditions'])
    expect(await problemsOf('charge', { bail_conditions: ['stay away from BS6 5AB'] })).toEqual(['bail_conditions'])
    expect(await problemsOf('charge', { custody: 'in-custody' })).toEqual(['bail_conditions'])
  })

  it('applies for help to give evidence rather than promising it, and offers the pre-trial meeting', async () => {
    const text = await drafted('charge')
    expect(text).toContain('The judge makes the final decision')
    expect(text).toContain('we will offer you a meeting with the prosecution team before the trial')
    expect(text).not.toMatch(/you will (give evidence|be) behind a screen/)
  })
})

describe('the legal test', () => {
  it('follows the stage the decision turned on', async () => {
    const evidential = await drafted('no-charge')
    expect(evidential).toContain('I can only charge someone if there is enough evidence.')
    const publicInterest = await drafted('no-charge', { test_stage: 'public-interest' })
    expect(publicInterest).toContain('I decided that there is enough evidence, but that a prosecution does not meet the second test.')
    expect(publicInterest).not.toContain('I can only charge someone if there is enough evidence.')
  })
})

describe('after the trial', () => {
  it('says juries give no reasons, the prosecution cannot appeal, and anonymity lasts for life', async () => {
    const text = await drafted('acquittal')
    expect(text).toContain('Juries do not give reasons')
    expect(text).toContain('By law, we cannot appeal against a jury’s verdict of not guilty.')
    expect(text).toContain('the judge made a restraining order')
    expect(text).toContain('right to stay anonymous lasts for life')
  })

  it('handles a jury that could not agree, and each retrial decision', async () => {
    const deciding = await drafted('acquittal', { hung_jury: true, retrial: 'deciding', restraining_order: false }, ['restraining_order_terms'])
    expect(deciding).toContain('the jury told the judge that they could not agree on a verdict')
    expect(deciding).toContain('Your views matter to that decision')
    expect(deciding).not.toContain('not guilty of')
    const seeking = await drafted('acquittal', { hung_jury: true, retrial: 'seeking', restraining_order: false })
    expect(seeking).toContain('We have decided to ask for a new trial.')
    const ending = await drafted('acquittal', {
      hung_jury: true,
      retrial: 'not-seeking',
      restraining_order: false,
      reasons: 'Two juries have now been unable to agree.',
    })
    expect(ending).toContain('This is not a verdict of not guilty.')
    expect(await problemsOf('acquittal', { hung_jury: true })).toEqual(['retrial', 'restraining_order'])
  })
})

describe('after sentence', () => {
  it('leaves out release and says the Victim Contact Scheme does not apply to a community sentence', async () => {
    const text = await drafted('sentence', { custody: 'community', sentence: 'a community order' })
    expect(text).toContain('The judge did not send Mr Webb to prison.')
    expect(text).toContain('so it does not apply to this sentence')
    expect(text).not.toContain('release depends')
  })

  it('gives no sentence review for a magistrates’ court, and the right appeal route', async () => {
    const text = await drafted('sentence', { magistrates_court: true, court: 'Cardiff Magistrates’ Court' })
    expect(text).toContain('A magistrates’ court gave this sentence, so that kind of review is not possible.')
    expect(text).toContain('Mr Webb normally has 15 business days from the sentence to do this.')
    expect(text).not.toContain('Attorney General')
  })

  it('gives the Victim Personal Statement and appeal rights before sentence', async () => {
    const text = await drafted('conviction')
    expect(text).toContain('The defence will see it.')
    expect(text).toContain('Mr Webb normally has 28 days from the conviction to ask.')
    expect(text).toContain('Until then, Mr Webb will stay in prison.')
    expect(text).toContain('you can join the Victim Contact Scheme')
  })
})

describe('review outcomes', () => {
  it('points from an upheld local review to the Appeals and Review Unit', async () => {
    const text = await drafted('review-outcome')
    expect(text).toContain('I have decided that the original decision was right.')
    expect(text).toContain('you can ask for the decision to be looked at by our Appeals and Review Unit')
  })

  it('says the last stage is final and names the only route left', async () => {
    const text = await drafted('review-outcome', { stage: 'independent' })
    expect(text).toContain('This was the last stage of the Victims’ Right to Review')
    expect(text).toContain('judicial review')
  })

  it('says an overturned decision after no evidence was offered cannot restart, and apologises', async () => {
    const text = await drafted('review-outcome', {
      upheld: false,
      original: 'no-evidence-offered',
      apology: 'The prosecutor did not read the messages from your sister, and should have.',
    })
    expect(text).toContain('there was a not guilty verdict, and the case cannot start again')
    expect(text).toContain('I am sorry that the original decision was wrong.')
    const charge = await drafted('review-outcome', { upheld: false })
    expect(charge).toContain('we will now charge Mr Hurst')
  })
})

describe('before a verdict, the writer’s own words', () => {
  it('warn at the field when they assert guilt', async () => {
    const result = await draft({ type: 'alteration', fields: { ...exampleFields('alteration'), reasons: 'The report confirms what Mr Dale did to you.' } })
    expect(result.warnings).toEqual([{ field: 'reasons', words: 'what Mr Dale did to you' }])
    const message = result.lint.messages.find((m) => m.ruleId === 'accuracy/asserts-guilt-before-trial') as unknown as {
      actual: string
      advice: string
      category: string
      line: number
    }
    expect(message).toMatchObject({ actual: 'what Mr Dale did to you', category: 'accuracy' })
    expect(message.advice).toContain('reasons')
    expect(result.text.split('\n')[message.line - 1]).toContain('what Mr Dale did to you')
  })

  it('are not flagged once there is a verdict, or when they describe what is alleged', async () => {
    const after = await draft({
      type: 'sentence',
      fields: { ...exampleFields('sentence'), sentence_explained: 'The judge said that what Mr Webb did to you was very serious.' },
    })
    expect(after.warnings).toEqual([])
    const alleged = await draft({ type: 'charge', fields: { ...exampleFields('charge'), what_happened: 'what you told the police Mr Lowe did' } })
    expect(alleged.warnings).toEqual([])
    const asserted = await draft({ type: 'charge', fields: { ...exampleFields('charge'), what_happened: 'what Mr Lowe did to you' } })
    expect(asserted.warnings).toEqual([{ field: 'what_happened', words: 'what Mr Lowe did to you' }])
    const verdictToCome = await draft({ type: 'alteration', fields: exampleFields('alteration') })
    expect(verdictToCome.text).toContain('If the jury decides that Mr Dale is guilty')
    expect(verdictToCome.warnings).toEqual([])
  })
})

describe('openings and stock sentences', () => {
  it('share no sentence across more than two letter types, beyond contact and support details', async () => {
    const seen = new Map<string, Set<string>>()
    for (const type of LETTER_TYPES) {
      const { blocks } = await draft({ type, fields: exampleFields(type) })
      // Headings are signposts a reader learns to find, so they may repeat; sentences may not.
      const text = blocks
        .filter((block) => block.kind !== 'heading')
        .map((block) => block.lines.map((line) => line.map((span) => span.text).join('')).join('\n'))
        .join('\n')
      for (const sentence of text
        .split(/(?<=[.!?])\s+|\n+/)
        .map((s) => s.trim())
        .filter((s) => s.split(' ').length >= 4)) {
        seen.set(sentence, (seen.get(sentence) ?? new Set()).add(type))
      }
    }
    // The same offer of help, the same phone lines and the same safety advice belong in every letter.
    const SHARED = [
      /^If you would like this letter in another format/,
      /^(Rape Crisis|Victim Support)/,
      /free support:$/,
      /^If it would help, I would be glad to meet you/,
      /^You are welcome to bring someone you trust\.$/,
      /^In an emergency, call 999\.$/,
      /^I am sorry that this letter is late\./,
      /^If you have any questions, please contact/,
      /^You can call me on/,
      /can keep supporting you\.$/,
      /^I have not shared this letter with/,
      /^If you would like me to, please tell me\.$/,
      /^Your witness care officer/,
    ]
    const repeated = [...seen].filter(([sentence, types]) => types.size > 2 && !SHARED.some((allowed) => allowed.test(sentence)))
    expect(repeated.map(([sentence, types]) => `${[...types].join(',')}: ${sentence}`)).toEqual([])
  })

  it('make no promises that every report will be listened to or acted on straight away', async () => {
    for (const type of LETTER_TYPES) {
      const { text } = await draft({ type, fields: exampleFields(type) })
      expect(text, type).not.toMatch(/\balways\b|straight away|will be taken seriously/)
    }
  })
})
