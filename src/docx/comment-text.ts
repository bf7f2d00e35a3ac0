/**
 * What a heed comment says in Word: the reason, what to do, the wording to use
 * (a drop-in replacement, or the paragraph to add), why, and where to read more.
 */

import type { HeedMessageFields } from '../core/model/types.js'

/** The parts of a message a comment shows: heed's own fields, and the vfile reason. */
export type CommentedMessage = Pick<HeedMessageFields, 'severity' | 'actual' | 'expected' | 'advice' | 'note' | 'url' | 'fix'> & {
  ruleId: string
  reason: string
}

/**
 * The comment's paragraphs.
 *
 * @param message The finding.
 * @param how Where a missing paragraph goes, and whether the replacement is a tracked change.
 * @returns Paragraphs of plain text.
 */
export function commentParagraphs(message: CommentedMessage, how: { insert?: 'before' | 'after'; tracked: boolean }): string[] {
  const out = [message.reason]
  if (message.advice && message.advice !== message.reason) out.push(message.advice)
  if (message.fix && how.insert) {
    out.push(`Paragraph to add ${how.insert} this one:`)
    out.push(
      ...message.fix.text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
  } else if (message.expected.length > 0 && message.actual !== '') {
    const options = message.expected.map((text) => `“${text}”`).join(' or ')
    out.push(
      how.tracked
        ? `Suggested wording, shown as a tracked change: ${options} in place of “${message.actual}”. Accept or reject it under Review.`
        : `Suggested wording: ${options} in place of “${message.actual}”.`,
    )
  }
  if (message.note && message.note !== message.advice && message.note !== message.reason) out.push(`Why: ${message.note}`)
  out.push(`heed ${message.severity}, ${message.ruleId}${message.url ? `: ${message.url}` : ''}`)
  return out
}
