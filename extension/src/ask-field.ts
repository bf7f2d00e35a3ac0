/**
 * Asks the writer for one template field, with the input that suits its type:
 * a yes/no or a list of words to pick from, a box per list item, or one text box.
 * Values stay in memory; they are never logged (DESIGN.md principle 4).
 */
import * as vscode from 'vscode'
import type { FieldSpec } from 'heed/draft'

/** Returned when the writer presses Escape: stop drafting. */
export const CANCELLED = Symbol('cancelled')

const HINTS: Partial<Record<FieldSpec['type'], string>> = {
  date: 'A date written YYYY-MM-DD, such as 2026-03-03.',
  phone: 'A direct UK phone number, not a national helpline.',
  email: 'An email address.',
  text: 'In your own words, in one paragraph. You can add more in the letter afterwards.',
}

/**
 * Ask for one field.
 *
 * @param field The field's definition.
 * @param problem Why the last answer was refused, if it was.
 * @returns The value in the shape `draft` takes, undefined for "leave it out", or CANCELLED.
 */
export async function askField(field: FieldSpec, problem?: string): Promise<unknown> {
  const title = `${field.name.replaceAll('_', ' ')}${field.required ? '' : ' (optional)'}`
  const prompt = [problem ? `Please check this: it ${problem}.` : field.description, HINTS[field.type]].filter(Boolean).join(' ')
  if (field.type === 'boolean' || field.type === 'enum') {
    const items = field.type === 'boolean' ? ['yes', 'no'] : (field.values ?? [])
    const picked = await vscode.window.showQuickPick(items, { title, placeHolder: prompt, ignoreFocusOut: true })
    if (picked === undefined) return CANCELLED
    return field.type === 'boolean' ? picked === 'yes' : picked
  }
  if (field.type === 'list') return askList(field, title, prompt)
  const value = await vscode.window.showInputBox({
    title,
    prompt,
    placeHolder: `For example: ${String(field.example)}`,
    ignoreFocusOut: true,
    validateInput: (text) => (field.required && text.trim() === '' ? 'This one is needed for the letter.' : undefined),
  })
  if (value === undefined) return CANCELLED
  return value.trim() === '' ? undefined : value
}

async function askList(field: FieldSpec, title: string, prompt: string): Promise<unknown> {
  const items: string[] = []
  const examples = Array.isArray(field.example) ? field.example.map(String) : [String(field.example)]
  for (;;) {
    const value = await vscode.window.showInputBox({
      title: `${title}: item ${items.length + 1}`,
      prompt: `${prompt} Press Enter on an empty box when you have finished.`,
      placeHolder: `For example: ${examples[items.length % examples.length]}`,
      ignoreFocusOut: true,
      validateInput: (text) => (field.required && items.length === 0 && text.trim() === '' ? 'Give at least one.' : undefined),
    })
    if (value === undefined) return CANCELLED
    if (value.trim() === '') return items.length > 0 ? items : undefined
    items.push(value)
  }
}
