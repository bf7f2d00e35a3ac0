/**
 * The core runs in a browser and inside other applications: no Node imports, no
 * process, no console, no network (DESIGN.md principles 4 and 5). `npm run lint`
 * enforces it with ESLint (eslint.config.js); this checks that the rules catch
 * each kind of breach in the core and the Word code, and leave the CLI alone.
 */
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return result!.messages.map((message) => `${message.ruleId}: ${message.line}`)
}

describe('core purity', () => {
  it.each([
    ['a node: import', "import { readFileSync } from 'node:fs'\nexport const read = readFileSync", 'no-restricted-imports'],
    ['a bare built-in import', "import { join } from 'path'\nexport const at = join", 'no-restricted-imports'],
    ['a built-in subpath import', "import { readFile } from 'fs/promises'\nexport const read = readFile", 'no-restricted-imports'],
    ['a re-export of a built-in', "export { join } from 'node:path'", 'no-restricted-imports'],
    ['a dynamic node: import', "export const load = () => import('node:fs')", 'no-restricted-syntax'],
    ['process', 'export const home = process.env.HOME', 'no-restricted-globals'],
    ['process through globalThis', 'export const home = globalThis.process', 'no-restricted-properties'],
    ['console', "export function say(): void {\n  console.log('hi')\n}", 'no-console'],
    ['a network call', "export const get = () => fetch('https://example.org')", 'no-restricted-globals'],
    ['Buffer', "export const bytes = Buffer.from('a')", 'no-restricted-globals'],
  ])('catches %s in the core', async (_what, code, rule) => {
    const found = await problems('src/core/text/breach.ts', code)
    expect(found.map((line) => line.split(':')[0])).toEqual([rule])
  })

  it('catches them in the Word code the drafting page shares', async () => {
    expect(await problems('src/docx/breach.ts', "import { readFileSync } from 'node:fs'\nexport const read = readFileSync")).toEqual([
      'no-restricted-imports: 1',
    ])
  })

  it('allows pure imports in the core, and type-only ones from packages', async () => {
    expect(
      await problems(
        'src/core/text/fine.ts',
        "import { visit } from 'unist-util-visit'\nimport type { Root } from 'nlcst'\nexport const walk = (tree: Root) => visit(tree)",
      ),
    ).toEqual([])
  })

  it('leaves Node imports, process and console to the command line', async () => {
    expect(await problems('src/cli/fine.ts', "import { readFileSync } from 'node:fs'\nconsole.log(readFileSync(process.argv[2]!, 'utf8'))")).toEqual([])
  })
})
