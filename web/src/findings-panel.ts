/**
 * The findings beside the letter, in sections: what must change, what should,
 * the missing parts (each with a button that inserts its paragraph, when heed
 * can write it whole), and what is worth a look. Each card quotes the words or
 * sentence it is about; the same finding about the same words is one card.
 * These buttons are the keyboard's way to every finding.
 */
import { h } from './dom.js'
import { CATEGORY_LABELS, SEVERITY_LABELS, extraAdvice, partName, replacementsFor, sectionsOf } from './findings.js'
import type { FindingCard, PageFinding } from './findings.js'

/** What the buttons do. */
export interface FindingActions {
  show(finding: PageFinding): void
  replace(finding: PageFinding, suggestion: string): void
  insert(finding: PageFinding): void
}

function head(finding: PageFinding, ...rest: Array<Node | string | null>): HTMLElement {
  return h(
    'p',
    { class: 'finding-head' },
    h('span', { class: `severity severity-${finding.severity}` }, SEVERITY_LABELS[finding.severity]),
    ' ',
    h('span', { class: 'category' }, CATEGORY_LABELS[finding.category]),
    ' ',
    h('span', { class: 'rule-id' }, finding.ruleId),
    ...rest,
  )
}

function explanation(finding: PageFinding): Array<HTMLElement | null> {
  const advice = extraAdvice(finding)
  return [
    h('p', { class: 'reason' }, finding.reason),
    advice ? h('p', { class: 'advice' }, advice) : null,
    finding.note ? h('p', { class: 'note' }, finding.note) : null,
  ]
}

function missingItem(finding: PageFinding, actions: FindingActions): HTMLElement {
  const fix = finding.fix
  let insert: HTMLElement | null = null
  if (fix) {
    insert = h('button', { type: 'button', class: 'primary' }, `Insert a paragraph on ${partName(finding.ruleId)}`)
    insert.addEventListener('click', () => actions.insert(finding))
  }
  // The finding is placed where its paragraph would go: the cursor can be put there to write it.
  const show = h('button', { type: 'button' }, 'Show where it goes')
  show.addEventListener('click', () => actions.show(finding))
  return h(
    'li',
    { class: 'finding missing', 'data-rule': finding.ruleId },
    head(finding),
    ...explanation(finding),
    fix ? h('details', { class: 'paragraph-preview' }, h('summary', {}, 'Read the paragraph first'), h('p', { class: 'preview-text' }, fix.text.trim())) : null,
    h('div', { class: 'actions' }, show, insert),
  )
}

function findingItem(card: FindingCard, actions: FindingActions): HTMLElement {
  const finding = card.findings[0]!
  const show = h('button', { type: 'button' }, card.findings.length > 1 ? 'Show the first in the letter' : 'Show in the letter')
  show.addEventListener('click', () => actions.show(finding))
  const replacements = replacementsFor(finding).map((suggestion) => {
    // The name starts with the words on the button, and adds what they replace for anyone hearing it out of its context.
    const button = h('button', { type: 'button', class: 'primary', 'aria-label': `Use “${suggestion}” instead of “${finding.actual}”` }, `Use “${suggestion}”`)
    button.addEventListener('click', () => actions.replace(finding, suggestion))
    return button
  })
  const times = card.findings.length > 1 ? h('p', { class: 'times' }, `In ${card.findings.length} places in the letter.`) : null
  return h(
    'li',
    { class: 'finding', 'data-rule': finding.ruleId, 'data-key': finding.key },
    head(finding),
    finding.actual !== '' ? h('p', { class: 'quoted' }, h('q', { class: 'actual' }, finding.actual)) : null,
    times,
    ...explanation(finding),
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
  const sections = sectionsOf(findings).map((section) => {
    const count = section.cards.reduce((sum, card) => sum + card.findings.length, 0)
    return h(
      'section',
      { class: `finding-group group-${section.id}`, 'aria-labelledby': `group-${section.id}` },
      h('h3', { id: `group-${section.id}` }, `${section.label} (${count})`),
      h(
        'ul',
        { class: 'finding-list' },
        ...section.cards.map((card) => (section.id === 'missing' ? missingItem(card.findings[0]!, actions) : findingItem(card, actions))),
      ),
    )
  })
  container.replaceChildren(...(sections.length > 0 ? sections : [h('p', { class: 'all-clear' }, 'heed found nothing to change.')]))
}
