/**
 * What each kind of finding offers in the editor's quick-fix menu, by its
 * scope: a phrase can be replaced, switched off or ignored; a sentence can be
 * switched off; a finding about the whole letter offers its paragraph or nothing.
 */
import { describe, expect, it } from 'vitest'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { lint } from '../../src/index.js'
import { codeActionsFor } from '../../src/server/code-actions.js'
import { toDiagnostics } from '../../src/server/diagnostics.js'
import { describeFinding } from '../../src/server/hover.js'
import type { DiagnosticData } from '../../src/server/diagnostics.js'
import { placeFindings } from '../../src/server/quick-check.js'

const text = `Dear Ms Doe,

Prior to making my decision, I read every statement again, including the statement that the officer in the case took from your neighbour, the notes from the examination and the messages you sent.

The police asked him about it. He strenuously denies the offence.

Yours sincerely,

Alex Reed
`

async function setUp() {
  const document = TextDocument.create('file:///letter.txt', 'plaintext', 1, text)
  const file = await lint(text, { kind: 'letter', letterType: 'no-charge' })
  const diagnostics = toDiagnostics(placeFindings(file), document)
  const actionsOn = (code: string) => {
    const diagnostic = diagnostics.find((d) => d.code === code)!
    return codeActionsFor(document, diagnostic.range, [diagnostic], diagnostics)
  }
  return { document, diagnostics, actionsOn }
}

describe('code actions by scope', () => {
  it('a phrase: its drop-in replacements, a switch for the line and the ignore list', async () => {
    const { actionsOn } = await setUp()
    expect(actionsOn('jargon/prior-to').map((a) => a.title)).toEqual([
      'Replace with “Before”',
      'Switch off jargon/prior-to for this line',
      "Add “Prior to” to the project's ignore list (.heedrc.yml)",
    ])
    const denies = actionsOn('misconception/denial-intensifier')
    expect(denies[0]).toMatchObject({ title: 'Replace with “denies”', isPreferred: true })
  })

  it('replaces only with what the finding lists as drop-in text', async () => {
    const { diagnostics, actionsOn } = await setUp()
    for (const diagnostic of diagnostics) {
      const data = diagnostic.data as DiagnosticData
      for (const action of actionsOn(String(diagnostic.code)).filter((a) => a.title.startsWith('Replace'))) {
        const edit = Object.values(action.edit!.changes!)[0]![0]!
        expect(data.expected).toContain(edit.newText)
        expect(edit.newText).not.toBe(data.advice)
      }
    }
  })

  it('a sentence: no replacement and no ignore list, only the switch for its line', async () => {
    const { actionsOn } = await setUp()
    expect(actionsOn('readability/long-sentence').map((a) => a.title)).toEqual(['Switch off readability/long-sentence for this line'])
  })

  it('the whole letter: the paragraph, titled by the part, or nothing when heed cannot write it whole', async () => {
    const { actionsOn } = await setUp()
    expect(actionsOn('structure/missing-meeting').map((a) => a.title)).toEqual(['Insert a paragraph on a meeting'])
    expect(actionsOn('structure/missing-reasons')).toEqual([])
  })

  it('answers only for the findings that meet the requested range', async () => {
    const { document, diagnostics } = await setUp()
    const denies = diagnostics.find((d) => d.code === 'misconception/denial-intensifier')!
    const actions = codeActionsFor(document, { start: denies.range.end, end: denies.range.end }, diagnostics)
    expect(new Set(actions.flatMap((a) => a.diagnostics!.map((d) => d.code)))).toEqual(new Set(['misconception/denial-intensifier']))
  })
})

describe('hover text', () => {
  it('leaves out advice the message already gives, and says the rest once', () => {
    const data: DiagnosticData = {
      ruleId: 'structure/missing-support',
      category: 'structure',
      scope: 'document',
      actual: '',
      expected: [],
      advice: 'Add a paragraph that says where to find support.',
      note: 'Victims are entitled to be told about support services.',
      url: 'https://example.org/rules#structuremissing-support',
    }
    const text = describeFinding('Add a paragraph that says where to find support: this no-charge letter has none.', data)
    expect(text).toBe('Victims are entitled to be told about support services.\n\n[Read about this check](https://example.org/rules#structuremissing-support)')
    const advised = describeFinding('Rephrase “It has been decided”.', {
      ...data,
      advice: 'Say who decided: write “I have decided”.',
      note: 'Hiding who decided sounds cold.',
    })
    expect(advised).toContain('**What to do:** Say who decided: write “I have decided”.')
    expect(describeFinding('x', { ...data, advice: data.note })).not.toContain('What to do')
  })
})
