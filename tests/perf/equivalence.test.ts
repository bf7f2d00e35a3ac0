/**
 * The fast paths give the same answers as the plugins they stand in for:
 * readability's own counting against retext-readability, and the narrowed
 * retext-equality run against a full one, on the examples, every rule example
 * and longer generated documents, as Markdown and as plain text.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'nlcst'
import retextEquality from 'retext-equality'
import retextReadability from 'retext-readability'
import { syllable } from 'syllable'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { checkEquality, equalityPhraseCount, KNOWN_PEOPLE_WORDS } from '../../src/core/analyses/equality.js'
import { recordPhrases } from '../../src/core/analyses/equality-phrases.js'
import { EQUALITY_PHRASES, RULES } from '../../src/core/data/index.js'
import { AGREEMENT, hardSentences, MIN_WORDS, syllables } from '../../src/core/analyses/readability.js'
import { indexDocument } from '../../src/core/text/document.js'
import { parseDocument } from '../../src/core/text/parse.js'
import type { InputFormat } from '../../src/core/model/types.js'

const examplesDir = join(import.meta.dirname, '../../examples')
const examples = ['letters', 'reviews'].flatMap((folder) =>
  readdirSync(join(examplesDir, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(examplesDir, folder, name), 'utf8')),
)
const ruleExamples = RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]).map((example) =>
  example.replace(/^\[(letter|review)\]\s*/, '').replace(/[⟦⟧]/g, ''),
)
const texts = [
  ...examples,
  ruleExamples.join('\n\n'),
  ruleExamples.join(' '),
  'He is a chairman and she is a chairwoman. The chairman/chairwoman spoke. Actors and actresses, actresses or actors.',
  "She's a fireman; he'll be a postman. The cripple was confined to a wheelchair. Crazy, insane, lame and dumb.",
]

function tree(text: string, format: InputFormat): Promise<Root> {
  return parseDocument(text, format, new VFile({ value: text }))
}

function pluginMessages(plugin: never, options: unknown, root: Root, text: string) {
  const file = new VFile({ value: text })
  unified()
    .use(plugin, options as never)
    .runSync(root as never, file)
  return file.messages
}

const cases = texts.flatMap((text, i) => (['markdown', 'text'] as const).map((format) => [`text ${i} as ${format}`, text, format] as const))

describe('readability counts', () => {
  it.each(cases)('match retext-readability on %s', async (_name, text, format) => {
    const root = await tree(text, format)
    for (const age of [9, 12, 16]) {
      const options = { age, minWords: MIN_WORDS, threshold: AGREEMENT }
      const expected = pluginMessages(retextReadability as never, options, root, text).map((m) => [
        m.place && 'start' in m.place ? m.place.start.offset : undefined,
        m.place && 'end' in m.place ? m.place.end.offset : undefined,
      ])
      const actual = hardSentences(root, options).map((s) => [s.position?.start.offset, s.position?.end.offset])
      expect(actual).toEqual(expected)
    }
  })
})

describe('remembered syllable counts', () => {
  it('match the syllable package, asked twice', () => {
    const words = texts
      .join(' ')
      .split(/[^\p{L}'’-]+/u)
      .filter((word) => word !== '')
    for (const word of [...words, ...words]) expect([word, syllables(word)]).toEqual([word, syllable(word)])
  })
})

describe('narrowed retext-equality', () => {
  it("reads the plugin's phrases, so the narrowed search is in use", async () => {
    expect(await equalityPhraseCount()).toBeGreaterThan(500)
    // The list recorded when the packs were built is the one the installed plugin gives now.
    expect(EQUALITY_PHRASES).toEqual(recordPhrases(retextEquality))
  })

  it.each(cases)('matches a full run on %s', async (_name, text, format) => {
    const root = await tree(text, format)
    const full = pluginMessages(retextEquality as never, { ignore: KNOWN_PEOPLE_WORDS }, root, text).map((m) => [
      m.ruleId,
      m.place && 'start' in m.place ? m.place.start.offset : undefined,
      m.place && 'end' in m.place ? m.place.end.offset : undefined,
      (m.expected ?? []).slice(0, 3),
      m.note,
    ])
    // The plugin's alternatives are offered as ideas in the advice, not as drop-in wording.
    const ideas = (advice = '') => [...advice.matchAll(/“([^”]*)”/g)].map((match) => match[1])
    const narrowed = (await checkEquality(root, indexDocument(root, text))).map((f) => [
      f.ruleId.replace('inclusive/', ''),
      f.start,
      f.end,
      ideas(f.advice),
      f.note === 'This word can exclude or hurt some readers.' ? undefined : f.note,
    ])
    expect(narrowed).toEqual(full)
  })

  it('finds something to compare in these texts', async () => {
    const text = texts.at(-2)!
    const root = await tree(text, 'text')
    expect((await checkEquality(root, indexDocument(root, text))).length).toBeGreaterThan(2)
  })
})
