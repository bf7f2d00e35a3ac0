import { describe, expect, it } from 'vitest'
import { namesIn, readPeople, womanSuspect } from '../../../src/core/analyses/people.js'
import { findings } from '../../helpers.js'
import { indexText } from '../../helpers-doc.js'

/** The words of a review whose pronouns `readPeople` reads as the complainant's. */
const complainants = (text: string) => {
  const doc = indexText(text)
  return [...readPeople(doc).hisAsComplainant].map((t) => doc.tokens[t]!.cased)
}

describe('who "he" is in a review of an offence against a man', () => {
  it('reads "he" after the complainant as him, and after the suspect as the suspect', () => {
    const review =
      'The complainant says that when he was 11 the suspect abused him. The complainant told his wife in 2023. ' +
      'The suspect denies it and says he was never alone with pupils.'
    expect(complainants(review)).toEqual(['he', 'his'])
  })

  it('reads the complainant by his initials, and "he" as whoever the sentence before named first', () => {
    const review = 'JK is 24. He met WARD at a party. WARD denies it and says he went home. JK did not tell his girlfriend. JK reported it in May.'
    expect(complainants(review)).toEqual(['He', 'his'])
  })

  it("reads the suspect's initials as his where the review names him in full, however often they are used", () => {
    const review =
      'DR (24) and the suspect, Gavin REES (31), are cousins. DR stayed over. GR says DR was asleep. GR was drunk. GR texted DR to say sorry. GR denies it. REES was interviewed.'
    const names = namesIn(indexText(review))
    expect([names.get('DR'), names.get('GR'), names.get('REES')]).toEqual(['victim', 'suspect', 'suspect'])
  })

  it("reads a surname in capitals with a hyphen or in two words as the suspect, and its first word as nobody's initials", () => {
    const review =
      'OP (19) was the organ scholar and his lessons were in the loft. ST JOHN-ELLIS (52) taught OP. ST JOHN-ELLIS moved his lessons. ' +
      'OP says he froze and his hands shook. ST JOHN-ELLIS emailed OP that evening. Two days later he removed OP from the rota.'
    const names = namesIn(indexText(review))
    expect([names.get('OP'), names.get('JOHN-ELLIS'), names.get('ST')]).toEqual(['victim', 'suspect', undefined])
    // His lessons and the removal from the rota are the suspect's doing, not the complainant's.
    expect(complainants(review)).toEqual(['his', 'he', 'his'])
  })

  it('reads no names from a heading all in capitals', () => {
    const review =
      "REPORT FOR CHARGING DECISION\n\nThe complainant, EJ (26), worked for FENWICK. EJ reported it. EJ gave an interview. FENWICK denies it.\n\nPROSECUTOR'S ASSESSMENT\n\nDECISION\n"
    expect([...namesIn(indexText(review))].sort()).toEqual([
      ['EJ', 'victim'],
      ['FENWICK', 'suspect'],
    ])
  })

  it('reads a complainant named in capitals beside his role, in a table or after a label, as the complainant', () => {
    const table =
      '| Complainant | Ryan ELLERY (27), night controller |\n| Suspect | Kevin DOYLE (45), driver |\n\nDOYLE locked the door. ELLERY says he froze. DOYLE denies it. ELLERY reported it in July.'
    expect([namesIn(indexText(table)).get('ELLERY'), namesIn(indexText(table)).get('DOYLE')]).toEqual(['victim', 'suspect'])
    const label = 'Complainant: Ryan ELLERY. Suspect: Kevin DOYLE.\n\nDOYLE locked the door. ELLERY says he froze. DOYLE denies it. ELLERY reported it.'
    expect(namesIn(indexText(label)).get('ELLERY')).toBe('victim')
    // Not a name that only comes after the role in another clause: "the complainant and Kevin DOYLE".
    expect(namesIn(indexText('The complainant and Kevin DOYLE met at work. DOYLE denies it. DOYLE was interviewed.')).get('DOYLE')).toBe('suspect')
  })

  it('reads a complainant named in ordinary capitals beside his role by the name the review goes on to use', () => {
    const review =
      'I have read the ABE of the complainant, Rhys Morgan (19), and the interview of Neil HACKETT. Rhys says HACKETT pushed him over the bench. HACKETT denies it. Rhys rowed in the regatta the next week.'
    const names = namesIn(indexText(review))
    expect([names.get('Rhys'), names.get('HACKETT')]).toEqual(['victim', 'suspect'])
    // A name given once and never used again is not taken up.
    expect(namesIn(indexText('The complainant, Rhys Morgan, reported it. HACKETT denies it. HACKETT was interviewed.')).has('Rhys')).toBe(false)
  })

  it('leaves every "he" to the suspect in a review of an offence against a woman', () => {
    expect(complainants('The complainant says he followed her home. She called her sister, and he left. He denies it.')).toEqual([])
  })
})

describe('a review of an offence by a woman against a man', () => {
  const review = `R v Megan FROST

The complainant, TE (30), lived with FROST until he ended the relationship in July. She moved out but kept her key.

She did not return her key, despite two written requests from him. Between 28 July and 14 August she sent TE 212 messages, and she did not stop when he blocked her.

On 15 August FROST let herself into the flat. TE says he woke to find her on top of him. He pushed her off and told her to leave. She could not say why she had not knocked. Her messages that morning say "don't act like you didn't want it". She had drunk most of a bottle of wine.

TE told his brother by phone at 10:40. There were no injuries.
`

  it('is told from the suspect with "herself" after her name, and the complainant with "he" after his', () => {
    const doc = indexText(review)
    expect(womanSuspect(doc, readPeople(doc).names)).toBe(true)
  })

  it('is not told from a woman’s title that belongs to his mother', () => {
    const doc = indexText(
      'The complainant, AB (12), was fostered by Mrs LARWOOD. LARWOOD is her son; he told AB to keep it secret. AB says he came into her room. AB says she was frightened.',
    )
    expect(womanSuspect(doc, readPeople(doc).names)).toBe(false)
  })

  it('reads "she" as the suspect, so her conduct is not scrutiny of the complainant', async () => {
    const scrutiny = (await findings(review, 'review')).filter((f) => f.ruleId === 'focus/victim-scrutiny' || f.ruleId === 'misconception/judged-behaviour')
    expect(scrutiny).toEqual([])
  })
})
