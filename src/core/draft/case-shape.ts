/**
 * Checks that the fields describe a case that can happen, before a letter is
 * drafted: the combinations a single field cannot police (a restraining order
 * after a discontinued case, a letter to a parent that never names the child,
 * a bail condition that gives the defendant's address). Each problem names the
 * field and never repeats a value.
 */
import type { LetterType } from '../model/types.js'
import type { FieldProblem, FieldValue } from './fields.js'

/** A house number and street, or a UK postcode: where a defendant lives has no place in a victim's letter. */
const ADDRESS =
  /\b\d+[a-z]?\s+[A-Z][a-z]+(\s+[A-Z][a-z]+)?\s+(Road|Street|Lane|Avenue|Close|Drive|Way|Row|Court|Place|Crescent|Gardens|Terrace|Hill|Grove|Walk|Square|Mews)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/

/**
 * Problems with the shape of the case.
 *
 * @param type The letter type.
 * @param values The checked values.
 * @returns Problems; empty when the fields fit together.
 */
export function checkCaseShape(type: LetterType, values: ReadonlyMap<string, FieldValue>): FieldProblem[] {
  const problems: FieldProblem[] = []
  const has = (name: string) => values.has(name) && values.get(name) !== false
  const recipient = values.get('recipient')
  if (recipient !== undefined && recipient !== 'victim' && !has('about_name')) {
    problems.push({ field: 'about_name', message: `is missing: a letter to a ${recipient} must name the person the case is about` })
  }
  const bail = values.get('bail_conditions')
  if (Array.isArray(bail)) {
    bail.forEach((condition, i) => {
      if (ADDRESS.test(condition))
        problems.push({
          field: 'bail_conditions',
          message: `item ${i + 1} looks like an address: never give where the person charged lives; write "live at an address known to the police" or leave it out`,
        })
    })
  }
  if (type === 'charge' && values.get('custody') === 'in-custody' && Array.isArray(bail)) {
    problems.push({ field: 'bail_conditions', message: 'cannot be given when custody is in-custody: a person held in custody has no bail conditions' })
  }
  if (has('restraining_order') && (type === 'discontinuance' || type === 'withdrawal') && values.get('ended_by') !== 'no-evidence-offered') {
    problems.push({
      field: 'restraining_order',
      message: 'is only possible after a not guilty verdict: set ended_by to no-evidence-offered, or leave it out for a discontinued case',
    })
  }
  if (type === 'acquittal' && has('hung_jury')) {
    if (!values.has('retrial'))
      problems.push({
        field: 'retrial',
        message: 'is missing: after a jury that could not agree, say whether we are deciding, seeking or not seeking a new trial',
      })
    if (has('restraining_order'))
      problems.push({ field: 'restraining_order', message: 'is only possible after a not guilty verdict, not when the jury could not agree' })
    if (values.get('retrial') === 'not-seeking' && !values.has('reasons'))
      problems.push({ field: 'reasons', message: 'is missing: say why we decided not to ask for a new trial' })
  }
  if (type === 'acquittal' && !has('hung_jury') && values.has('retrial')) {
    problems.push({ field: 'retrial', message: 'is only for a jury that could not agree (hung_jury: true)' })
  }
  if (type === 'alteration') {
    if (!values.has('new_charge') && !values.has('stopped_charges')) {
      problems.push({
        field: 'new_charge',
        message:
          'is missing: give new_charge (with old_charge) for a changed charge or accepted plea, or stopped_charges for charges stopped while others go on',
      })
    }
    if (values.has('new_charge') && !values.has('old_charge')) problems.push({ field: 'old_charge', message: 'is missing: say what the charge was before' })
    if (has('accepted_plea') && !values.has('new_charge'))
      problems.push({ field: 'accepted_plea', message: 'needs new_charge: the charge the person pleaded guilty to' })
    if (values.has('stopped_charges') && !values.has('continuing_charges') && !values.has('new_charge')) {
      problems.push({ field: 'continuing_charges', message: 'is missing: when every charge stops, draft a discontinuance letter instead' })
    }
  }
  if (type === 'withdrawal') {
    if (has('after_charge') && !values.has('charges'))
      problems.push({ field: 'charges', message: 'is missing: after a charge, list the charges that are stopping' })
    if (!has('after_charge') && values.get('ended_by') === 'no-evidence-offered')
      problems.push({ field: 'ended_by', message: 'can only be no-evidence-offered after a charge (after_charge: true)' })
  }
  return problems
}
