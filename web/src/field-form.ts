/**
 * The form for a letter type's fields, built from the template's field
 * definitions: a label on every control, the description as its hint, required
 * fields marked and first, optional ones folded away, and each problem shown
 * beside its field and in a summary at the top.
 */
import type { FieldSpec } from 'heed/draft'
import { h } from './dom.js'
import { choicesFor, controlFor, fieldLabel } from './field-values.js'
import type { FormEntries } from './field-values.js'

/** The form on the page. */
export interface FieldForm {
  element: HTMLElement
  /** What the writer has entered, by field name. */
  read(): FormEntries
  /** Fill in entries (an example, or a kept draft). */
  write(entries: FormEntries): void
  /** Show problems by field ("" for the letter as a whole); an empty map clears them. */
  showProblems(problems: ReadonlyMap<string, string>): void
}

const controlId = (name: string) => `field-${name}`

const EXTRA_HINT: Partial<Record<FieldSpec['type'], string>> = {
  list: 'Put each one on its own line.',
  text: 'Leave a blank line between paragraphs.',
}

function control(spec: FieldSpec, describedBy: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  // autocomplete off: the browser's form history would keep victims' details after the draft is cleared.
  // spellcheck off: some browsers send the words to their servers to check them.
  const common = {
    id: controlId(spec.name),
    name: spec.name,
    'aria-describedby': describedBy,
    required: spec.required,
    autocomplete: 'off',
    spellcheck: 'false',
  }
  const kind = controlFor(spec)
  if (kind === 'select') return h('select', common, ...choicesFor(spec).map((choice) => h('option', { value: choice.value }, choice.label)))
  if (kind === 'textarea') return h('textarea', { ...common, rows: spec.type === 'text' ? 5 : 3 })
  return h('input', { ...common, type: kind })
}

function fieldGroup(spec: FieldSpec): HTMLElement {
  const id = controlId(spec.name)
  const hint = h('p', { class: 'hint', id: `${id}-hint` }, [spec.description, EXTRA_HINT[spec.type]].filter(Boolean).join(' '))
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true })
  return h(
    'div',
    { class: 'field', id: `${id}-group` },
    h('label', { for: id }, fieldLabel(spec.name), spec.required ? h('span', { class: 'required' }, ' (required)') : null),
    hint,
    error,
    control(spec, `${id}-hint ${id}-error`),
  )
}

/**
 * Build the form.
 *
 * @param specs The letter type's fields.
 * @param onChange Called after any entry changes.
 * @returns The form.
 */
export function buildFieldForm(specs: readonly FieldSpec[], onChange: () => void): FieldForm {
  const required = specs.filter((spec) => spec.required)
  const optional = specs.filter((spec) => !spec.required)
  const summary = h('div', { class: 'error-summary', id: 'field-problems', tabindex: '-1', hidden: true })
  const more = h('details', { class: 'optional-fields' }, h('summary', {}, `More details (${optional.length}, optional)`), ...optional.map(fieldGroup))
  const element = h('div', { class: 'field-form' }, summary, ...required.map(fieldGroup), more)
  element.addEventListener('input', onChange)
  element.addEventListener('change', onChange)
  const controlOf = (name: string) => element.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${controlId(name)}`)

  return {
    element,
    read() {
      const entries: FormEntries = {}
      for (const spec of specs) {
        const value = controlOf(spec.name)?.value ?? ''
        if (value !== '') entries[spec.name] = value
      }
      return entries
    },
    write(entries) {
      for (const spec of specs) {
        const input = controlOf(spec.name)
        if (input) input.value = entries[spec.name] ?? ''
      }
    },
    showProblems(problems) {
      for (const spec of specs) {
        const id = controlId(spec.name)
        const message = problems.get(spec.name)
        const error = element.querySelector<HTMLElement>(`#${id}-error`)!
        error.textContent = message ?? ''
        error.hidden = message === undefined
        element.querySelector(`#${id}-group`)!.classList.toggle('has-error', message !== undefined)
        const input = controlOf(spec.name)
        if (message === undefined) input?.removeAttribute('aria-invalid')
        else input?.setAttribute('aria-invalid', 'true')
      }
      summary.replaceChildren()
      summary.hidden = problems.size === 0
      if (problems.size === 0) return
      // An optional field with a problem must be in view.
      if (optional.some((spec) => problems.has(spec.name))) more.open = true
      summary.append(
        h('h3', {}, problems.size === 1 ? 'There is a problem with the details' : `There are ${problems.size} problems with the details`),
        h(
          'ul',
          {},
          ...[...problems].map(([name, message]) => {
            if (name === '') return h('li', {}, message)
            const link = h('a', { href: `#${controlId(name)}` }, message)
            link.addEventListener('click', (event) => {
              event.preventDefault()
              controlOf(name)?.focus()
            })
            return h('li', {}, link)
          }),
        ),
      )
      summary.focus()
    },
  }
}
