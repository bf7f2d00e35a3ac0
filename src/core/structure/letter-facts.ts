/**
 * What a letter already says about itself: how the reader is addressed, who
 * signs it, and the direct phone and email, so that an inserted paragraph can
 * use them instead of leaving gaps.
 */
import type { DocumentIndex } from '../text/document.js'
import { findContactDetails } from './contact-details.js'

export interface LetterFacts {
  address_as?: string
  prosecutor_name?: string
  /** The office that signs the letter, when it is signed by an office rather than a person ("CPS Wessex"). */
  office?: string
  contact_phone?: string
  contact_email?: string
  /** Sentence index of the salutation ("Dear …"), if any. */
  salutation?: number
  /** Sentence index of the sign-off ("Yours sincerely"), if any. */
  signOff?: number
}

const SALUTATION = /^Dear\s+(.{1,60}?)[,:]?\s*$/
/** A name that is an office or team, not a person. */
const OFFICE = /^(CPS\b|Crown Prosecution Service\b)|\b(Unit|Team|Service|Office|Department|Directorate|Hub|Section)$/
/** A line of capitalised words, small joining words allowed ("CPS Thames and Chiltern"). */
const OFFICE_NAME = /^[A-Z][\w.'’&-]*( ([a-z]{2,3} )?[A-Z][\w.'’&-]*){0,5}$/
/** Offices written as a place need no article ("CPS Wessex"); a team does ("the Victim Liaison Unit"). */
const NEEDS_THE = /\b(Unit|Team|Service|Office|Department|Directorate|Hub|Section)$/

const SIGN_OFF = /^(Yours (sincerely|faithfully)|Kind regards|Best wishes|With best wishes)\b/i

/**
 * Read the facts of a letter.
 *
 * @param doc The indexed letter.
 * @returns What could be found.
 */
export function readLetterFacts(doc: DocumentIndex): LetterFacts {
  const facts: LetterFacts = {}
  doc.sentences.forEach((sentence, index) => {
    const text = doc.text.slice(sentence.start, sentence.end).trim()
    const salutation = facts.salutation === undefined ? SALUTATION.exec(text) : null
    if (salutation) {
      facts.salutation = index
      facts.address_as = salutation[1]!.trim()
    }
    if (facts.signOff === undefined && SIGN_OFF.test(text)) {
      facts.signOff = index
      const next = doc.sentences[index + 1]
      const name = next ? doc.text.slice(next.start, next.end).trim() : ''
      if (OFFICE.test(name) && OFFICE_NAME.test(name)) facts.office = NEEDS_THE.test(name) && !/^CPS\b/.test(name) ? `the ${name}` : name
      else if (/^[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}$/.test(name)) facts.prosecutor_name = name
    }
  })
  for (const detail of findContactDetails(doc.text)) {
    if (detail.kind === 'phone') facts.contact_phone ??= detail.value
    if (detail.kind === 'email') facts.contact_email ??= detail.value
  }
  return facts
}
