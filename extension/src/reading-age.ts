/**
 * The status-bar item with the reading age of the letter in the active editor,
 * from the server's `heed/summary` request. Clicking it selects the longest
 * sentence, usually the first one to split.
 */
import * as vscode from 'vscode'
import type { LanguageClient } from 'vscode-languageclient/node'
import { READING_AGE_AIM } from 'heed/lint'

/** The server's answer to `heed/summary` (src/server/start.ts), with LSP ranges. */
interface Summary {
  kind: 'letter' | 'review'
  letterType?: string
  words: number
  readingAge?: number
  averageSentenceLength?: number
  longestSentences: Array<{ range: LspRange; words: number }>
}
interface LspRange {
  start: { line: number; character: number }
  end: { line: number; character: number }
}

const SUMMARY_REQUEST = 'heed/summary'
const LANGUAGES = new Set(['markdown', 'plaintext'])

/** Shows and refreshes the reading age; owns the `heed.showLongestSentence` command. */
export class ReadingAgeItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('heed.readingAge', vscode.StatusBarAlignment.Right, 100)
  private readonly subscriptions: vscode.Disposable[]
  private client: LanguageClient | undefined
  private summary: { uri: string; value: Summary } | undefined

  constructor() {
    this.item.name = 'heed: reading age'
    this.item.command = 'heed.showLongestSentence'
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.commands.registerCommand('heed.showLongestSentence', () => this.showLongestSentence()),
    ]
  }

  /** @param client The started or starting client to ask for summaries. */
  connect(client: LanguageClient): void {
    this.client = client
  }

  /** @param uri A document the server has just checked. */
  documentChecked(uri: vscode.Uri): void {
    if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.refresh()
  }

  private async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document
    if (!document || !LANGUAGES.has(document.languageId) || !this.client?.isRunning()) {
      this.item.hide()
      return
    }
    const uri = document.uri.toString()
    const value = await this.client.sendRequest<Summary | null>(SUMMARY_REQUEST, { uri }).catch(() => null)
    // The user may have switched editors while the server answered.
    if (uri !== vscode.window.activeTextEditor?.document.uri.toString()) return
    if (!value) {
      this.item.hide()
      return
    }
    this.summary = { uri, value }
    const age = value.readingAge === undefined ? '–' : String(Math.round(value.readingAge))
    this.item.text = `$(book) Reading age ${age}`
    this.item.tooltip = tooltip(value)
    this.item.show()
  }

  private showLongestSentence(): void {
    const editor = vscode.window.activeTextEditor
    const longest = this.summary?.uri === editor?.document.uri.toString() ? this.summary?.value.longestSentences[0] : undefined
    if (!editor || !longest) return
    const { start, end } = longest.range
    editor.selection = new vscode.Selection(start.line, start.character, end.line, end.character)
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport)
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose()
  }
}

function tooltip(summary: Summary): vscode.MarkdownString {
  const what = summary.kind === 'review' ? 'charging review' : summary.letterType ? `${summary.letterType} letter` : 'letter'
  const lines = [
    `**heed**: this ${what} has ${summary.words} words.`,
    summary.readingAge === undefined
      ? 'There is too little prose to estimate a reading age.'
      : `A reader needs a reading age of about ${Math.round(summary.readingAge)} to follow it. Letters to victims should aim for ${READING_AGE_AIM}.`,
  ]
  if (summary.averageSentenceLength !== undefined) {
    lines.push(`Sentences average ${Math.round(summary.averageSentenceLength)} words.`)
  }
  if (summary.longestSentences[0]) lines.push('Click to select the longest sentence.')
  return new vscode.MarkdownString(lines.join('\n\n'))
}
