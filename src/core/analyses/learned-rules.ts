/**
 * What the rules learned from annotated documents (learned.ts) report, and
 * why: kept apart from the models and the code that runs them, so that the
 * rule list can describe them without loading either.
 */

/** What a learned rule reports, and why. */
export interface LearnedRule {
  id: string
  category: 'misconception' | 'focus'
  reason: string
  /** One sentence on what to do, for the rule list. */
  advice: string
  note: string
  source: string
}

const LEARNED_NOTE = 'This finding comes from a model learned from annotated letters and reviews, not from a fixed phrase: read it as a prompt to look again.'

/** Her conduct weighed against her, in a letter or a review. */
export const WEIGHS_HER_CONDUCT: LearnedRule = {
  id: 'misconception/weighs-her-conduct',
  category: 'misconception',
  reason: 'Check what this sentence sets out about the complainant, and why: it reads as weighing her conduct against her.',
  advice: "Leave her conduct out of the reasons, or explain it with the evidence; test the suspect's conduct instead.",
  note: `Set out as a reason or a weakness, her conduct before or after the offence (drinking, going back, carrying on as normal, staying in contact, telling no one) repeats the myths the CPS guidance asks prosecutors to counter. Say what the evidence shows about him instead, or explain her conduct with the evidence. ${LEARNED_NOTE}`,
  source: 'https://cps.gov.uk/legal-guidance/rape-and-sexual-offences-annex-tackling-rape-myths-and-stereotypes',
}

/** A review dwelling on her, not on him. */
export const DWELLS_ON_HER: LearnedRule = {
  id: 'focus/dwells-on-her',
  category: 'focus',
  reason: 'Check whether this sentence tests the complainant where the review should test the suspect.',
  advice: "Analyse the suspect's conduct and account as closely as the complainant's.",
  note: `Panels found reviews that set out the complainant's conduct, records and credibility in detail while the suspect's account went untested. Ask what this sentence shows about what he did and what he knew. ${LEARNED_NOTE}`,
  source: 'https://www.cps.gov.uk/publication/cps-annual-rape-scrutiny-report-october-2025',
}
