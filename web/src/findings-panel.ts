/**
 * The findings beside the letter: the missing parts, each with a button that
 * inserts its paragraph, then the other findings by category, each with its
 * reason, its note and a button for each suggestion. These buttons are the
 * keyboard's way to every finding.
 */
import { h } from './dom.js'
import { SEVERITY_LABELS, groupByCategory, missingParts, partName, replacementsFor } from './findings.js'
import type { PageFinding } from './findings.js'

/** What the buttons do. */
export interface FindingActions {
  show(finding: PageFinding): void
  replace(finding: PageFinding, suggestion: string): void
  insert(finding: PageFinding): void
}

function severityTag(finding: PageFinding): HTMLElement {
  return h('span', { class: `severity severity-${finding.severity}` }, SEVERITY_LABELS[finding.severity])
}

function missingItem(finding: PageFinding, actions: FindingActions): HTMLElement {
  const insert = h('button', { type: 'button', class: 'primary' }, `Insert a paragraph on ${partName(finding.ruleId)}`)
  insert.addEventListener('click', () => actions.insert(finding))
  return h('li', { class: 'finding missing', 'data-rule': finding.ruleId },
    h('p', { class: 'finding-head' }, severityTag(finding), ' ', h('span', { class: 'rule-id' }, finding.ruleId)),
    h('p', { class: 'reason' }, finding.reason),
    finding.note ? h('p', { class: 'note' }, finding.note) : null,
    h('details', { class: 'paragraph-preview' }, h('summary', {}, 'Read the paragraph first'), h('p', { class: 'preview-text' }, finding.fix?.text.trim() ?? '')),
    h('div', { class: 'actions' }, insert),
  )
}

function findingItem(finding: PageFinding, actions: FindingActions): HTMLElement {
  const show = h('button', { type: 'button' }, 'Show in the letter')
  show.addEventListener('click', () => actions.show(finding))
  const replacements = replacementsFor(finding).map((suggestion) => {
    // The name starts with the words on the button, and adds what they replace for anyone hearing it out of its context.
    const button = h('button', { type: 'button', class: 'primary', 'aria-label': `Use “${suggestion}” instead of “${finding.actual}”` }, `Use “${suggestion}”`)
    button.addEventListener('click', () => actions.replace(finding, suggestion))
    return button
  })
  const words = finding.actual !== '' && finding.category !== 'readability' ? h('q', { class: 'actual' }, finding.actual) : null
  return h('li', { class: 'finding', 'data-rule': finding.ruleId, 'data-key': finding.key },
    h('p', { class: 'finding-head' }, severityTag(finding), ' ', h('span', { class: 'rule-id' }, finding.ruleId), words ? ' ' : null, words),
    h('p', { class: 'reason' }, finding.reason),
    finding.note ? h('p', { class: 'note' }, finding.note) : null,
    h('div', { class: 'actions' }, ...(finding.actual !== '' ? [show] : []), ...replacements),
  )
}

/**
 * Show the findings.
 *
 * @param container Where the lists go.
 * @param findings The findings of the latest check.
 * @param actions What the buttons do.
 */
export function renderFindings(container: HTMLElement, findings: readonly PageFinding[], actions: FindingActions): void {
  const missing = missingParts(findings)
  const groups = groupByCategory(findings)
  const sections: HTMLElement[] = []
  if (missing.length > 0) {
    sections.push(h('section', { class: 'finding-group', 'aria-labelledby': 'group-missing' },
      h('h3', { id: 'group-missing' }, `Missing parts (${missing.length})`),
      h('ul', { class: 'finding-list' }, ...missing.map((finding) => missingItem(finding, actions)))))
  }
  for (const group of groups) {
    sections.push(h('section', { class: 'finding-group', 'aria-labelledby': `group-${group.category}` },
      h('h3', { id: `group-${group.category}` }, `${group.label} (${group.findings.length})`),
      h('ul', { class: 'finding-list' }, ...group.findings.map((finding) => findingItem(finding, actions)))))
  }
  if (sections.length === 0) sections.push(h('p', { class: 'all-clear' }, 'heed found nothing to change.'))
  container.replaceChildren(...sections)
}
