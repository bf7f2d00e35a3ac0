/**
 * `heed: New letter from template`: pick the letter type, answer the template's
 * fields, and get the letter drafted by heed's `draft` in a new, unsaved
 * Markdown editor, where heed checks it like any other letter.
 */
import * as vscode from 'vscode'
import { DraftError, draft, listTemplates } from 'heed/draft'
import type { FieldSpec, TemplateInfo } from 'heed/draft'
import { CANCELLED, askField } from './ask-field.js'

/** Ask for everything, draft the letter and open it. */
export async function newLetter(): Promise<void> {
  const template = await pickTemplate()
  if (!template) return
  const optional = await pickOptional(template.fields.filter((field) => !field.required))
  if (!optional) return
  const fields: Record<string, unknown> = {}
  let toAsk = [...template.fields.filter((field) => field.required), ...optional]
  let problems = new Map<string, string>()
  for (;;) {
    for (const field of toAsk) {
      const value = await askField(field, problems.get(field.name))
      if (value === CANCELLED) return
      if (value === undefined) delete fields[field.name]
      else fields[field.name] = value
    }
    try {
      const result = await draft({ type: template.type, fields, format: 'markdown' })
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.output })
      await vscode.window.showTextDocument(document)
      return
    } catch (error) {
      if (!(error instanceof DraftError)) throw error
      // Ask again for just the fields that were refused; the messages name fields, never values.
      problems = new Map(error.problems.map((problem) => [problem.field, problem.message]))
      toAsk = template.fields.filter((field) => problems.has(field.name))
      if (toAsk.length === 0) {
        void vscode.window.showErrorMessage(error.message)
        return
      }
    }
  }
}

async function pickTemplate(): Promise<TemplateInfo | undefined> {
  const templates = listTemplates()
  const picked = await vscode.window.showQuickPick(
    templates.map((template) => ({ label: template.type, description: template.summary, template })),
    { title: 'heed: New letter from template', placeHolder: 'Which letter are you writing?' },
  )
  return picked?.template
}

/** The optional fields the writer wants to fill in; the template uses its defaults for the rest. */
async function pickOptional(fields: FieldSpec[]): Promise<FieldSpec[] | undefined> {
  if (fields.length === 0) return []
  const picked = await vscode.window.showQuickPick(
    fields.map((field) => ({ label: field.name.replaceAll('_', ' '), detail: field.description, field })),
    {
      title: 'heed: New letter from template',
      placeHolder: 'Tick any details to add (ISVA, meeting offer …), then press Enter',
      canPickMany: true,
      matchOnDetail: true,
      ignoreFocusOut: true,
    },
  )
  return picked?.map((item) => item.field)
}
