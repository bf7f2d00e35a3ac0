/**
 * How a review's attention divides between the complainant and the suspect,
 * and the sentence that reports it: apart from the focus analysis, which loads
 * only for a review.
 */

/** How a review's attention divides between the two people (report §3.1.1). */
export interface FocusBalance {
  /** The author's own sentences that weigh the complainant's conduct or credibility. */
  victimScrutiny: number
  /** The author's own sentences that test the suspect's conduct or account. */
  suspectAnalysis: number
}

/**
 * The balance finding's reason.
 *
 * @param balance The counts.
 * @returns One sentence giving both counts.
 */
export function balanceReason(balance: FocusBalance): string {
  const { victimScrutiny: scrutiny, suspectAnalysis: analysis } = balance
  return `This review has ${scrutiny} sentence${scrutiny === 1 ? '' : 's'} weighing the complainant's conduct and ${analysis} testing the suspect's conduct or account.`
}
