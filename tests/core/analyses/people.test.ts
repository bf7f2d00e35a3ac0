import { describe, expect, it } from 'vitest'
import { readPeople } from '../../../src/core/analyses/people.js'
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

  it('leaves every "he" to the suspect in a review of an offence against a woman', () => {
    expect(complainants('The complainant says he followed her home. She called her sister, and he left. He denies it.')).toEqual([])
  })
})
