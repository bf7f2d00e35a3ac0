/**
 * Phone numbers, email addresses and postcodes in a letter, told apart from the
 * national helplines: a helpline number alone is not a contact for questions
 * about the case.
 */

const PHONE = /(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\d\b|\b08\s?08\s?16\s?89\s?111\b/g
// Starts only where a run of address characters starts, so a long run without "@" is scanned once, not once per position.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g
/** Every phone number and postcode has a digit. */
const DIGIT = /\d/
/** National helplines, by their digits: Rape Crisis, Victim Support, Samaritans, NHS 111. */
const HELPLINES = new Set(['08085002222', '08081689111', '116123', '111'])

export interface ContactDetail {
  kind: 'phone' | 'email' | 'postcode'
  value: string
  start: number
}

const digits = (value: string) => value.replace(/\D/g, '').replace(/^44/, '0')

/** The same expressions, for a yes-or-no test (a global expression keeps its place between calls). */
const ANY_PHONE = new RegExp(PHONE.source)
const ANY_EMAIL = new RegExp(EMAIL.source)
/** A web address: "www.…", "https://…". */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/

/**
 * Whether a stretch of text holds a phone number, an email address or a web address, helplines included:
 * the value a contact line's label ("TEL", "EMAIL") names.
 *
 * @param text The text.
 * @returns True when there is one.
 */
export function holdsContactValue(text: string): boolean {
  return (DIGIT.test(text) && ANY_PHONE.test(text)) || (text.includes('@') && ANY_EMAIL.test(text)) || WEB_ADDRESS.test(text)
}

/**
 * Find contact details in a stretch of text.
 *
 * @param text The text.
 * @param offset Added to every position.
 * @returns Details that are not national helplines, in order.
 */
export function findContactDetails(text: string, offset = 0): ContactDetail[] {
  const found: ContactDetail[] = []
  // Most sentences have no digit and no "@": then no expression can match, and none is run.
  const hasDigit = DIGIT.test(text)
  if (hasDigit)
    for (const match of text.matchAll(PHONE)) {
      if (!HELPLINES.has(digits(match[0]))) found.push({ kind: 'phone', value: match[0].trim(), start: offset + match.index! })
    }
  if (text.includes('@')) for (const match of text.matchAll(EMAIL)) found.push({ kind: 'email', value: match[0], start: offset + match.index! })
  if (hasDigit) for (const match of text.matchAll(POSTCODE)) found.push({ kind: 'postcode', value: match[0], start: offset + match.index! })
  return found.sort((a, b) => a.start - b.start)
}
