/**
 * Inline switches, one syntax everywhere (markdownlint, alex):
 * `<!-- heed-disable ID|category … -->`, `heed-enable`, `heed-disable-line`,
 * `heed-disable-next-line`, also as `{{!-- … --}}` in templates and as a line
 * of its own in plain text. With no ids, a switch covers every rule.
 */

type Action = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

interface Directive {
  action: Action
  /** 1-based line the directive is on. */
  line: number
  /** Rule ids or categories; empty means all. */
  targets: string[]
}

export interface Directives {
  /** The text with every directive blanked to spaces, so it is not checked as prose. */
  text: string
  /** Whether a rule is switched off on a 1-based line. */
  isDisabled(ruleId: string, line: number): boolean
}

// A switch sits on one line and names a few ids, so its body is bounded: no scan to the end of a long text.
const COMMENT =
  /<!--\s*heed-(disable-next-line|disable-line|disable|enable)\b([^\n]{0,300}?)-->|\{\{!--\s*heed-(disable-next-line|disable-line|disable|enable)\b([^\n]{0,300}?)--\}\}/g
const BARE_LINE = /^[ \t]*(?:#|\/\/|%)?[ \t]*heed-(disable-next-line|disable-line|disable|enable)\b([^\n]*)$/gm

function targetsOf(raw: string): string[] {
  return raw.split(/[\s,]+/).filter((part) => part !== '')
}

function covers(targets: readonly string[], ruleId: string): boolean {
  return targets.length === 0 || targets.some((t) => t === ruleId || t === ruleId.split('/')[0])
}

/**
 * Read the switches in a document.
 *
 * @param text The document.
 * @returns The blanked text and a lookup.
 */
export function readDirectives(text: string): Directives {
  // Every switch names `heed-`: most documents have none.
  if (!text.includes('heed-')) return { text, isDisabled: () => false }
  const found: Directive[] = []
  let blanked = text
  const lineAt = (offset: number) => {
    let line = 1
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
    return line
  }
  const take = (match: RegExpExecArray, action: string, targets: string) => {
    found.push({ action: action as Action, line: lineAt(match.index), targets: targetsOf(targets) })
    blanked = blanked.slice(0, match.index) + match[0].replace(/[^\r\n]/g, ' ') + blanked.slice(match.index + match[0].length)
  }
  for (const match of text.matchAll(COMMENT)) take(match, match[1] ?? match[3]!, match[2] ?? match[4] ?? '')
  for (const match of text.matchAll(BARE_LINE)) take(match, match[1]!, match[2]!)
  found.sort((a, b) => a.line - b.line)

  return {
    text: blanked,
    isDisabled(ruleId: string, line: number): boolean {
      let disabled = false
      for (const directive of found) {
        if (directive.line > line) break
        if (!covers(directive.targets, ruleId)) continue
        if (directive.action === 'disable') disabled = true
        else if (directive.action === 'enable') disabled = false
        else if (directive.action === 'disable-line' && directive.line === line) return true
        else if (directive.action === 'disable-next-line' && directive.line === line - 1) return true
      }
      return disabled
    },
  }
}
