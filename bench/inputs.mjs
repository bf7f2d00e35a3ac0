/**
 * Benchmark inputs, generated at run time from the letters and reviews in
 * examples/: names, places, numbers and the order of the middle paragraphs are
 * varied with a seeded random generator, so every run lints the same text.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const EXAMPLES = join(ROOT, 'examples')

/** Words as every tool is credited with them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text) {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = [
  'Whitfield',
  'Okafor',
  'Brennan',
  'Kowalczyk',
  'Hughes',
  'Patel',
  'Lindqvist',
  'Morgan',
  'Achterberg',
  'Farrow',
  'Nwosu',
  'Delaney',
  'Szabo',
  'Iqbal',
  'Rees',
  'McAllister',
  'Tanaka',
  'Oyelaran',
  'Castellano',
  'Pryce',
]
const FIRST_NAMES = ['Gareth', 'Owen', 'Daniel', 'Marcus', 'Liam', 'Craig', 'Tomasz', 'Ravi', 'Stuart', 'Kieran']
const PLACES = [
  'Reading',
  'Henley-on-Thames',
  'Slough',
  'Oxford',
  'Banbury',
  'Newbury',
  'Aylesbury',
  'Wokingham',
  'Bicester',
  'Maidenhead',
  'Abingdon',
  'Didcot',
]
const TITLES = /\b(Ms|Mr|Mrs|Miss|Dr) [A-Z][a-z]+(?:-[A-Z][a-z]+)?/g
/** All-capital surnames as reviews and letters write them (BRACKLEY, PILLING), not acronyms. */
const CAPS_SURNAME = /\b[A-Z]{5,}\b/g
const KEEP_CAPS = new Set(['RASSO', 'CHARGING', 'REVIEW', 'EXTRACT', 'ISVA', 'ISVAS', 'SARC', 'CPS'])

/** The examples, front matter removed, with their kind from it. */
export function readExamples() {
  const docs = []
  for (const folder of ['letters', 'reviews']) {
    for (const name of readdirSync(join(EXAMPLES, folder))
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const raw = readFileSync(join(EXAMPLES, folder, name), 'utf8')
      const match = /^---\n([^]*?)\n---\n/.exec(raw)
      const body = match ? raw.slice(match[0].length) : raw
      const kind = /^kind:\s*(\w+)/m.exec(match?.[1] ?? '')?.[1] ?? (folder === 'letters' ? 'letter' : 'review')
      docs.push({ name: `${folder}/${name}`, kind, body })
    }
  }
  return docs
}

/**
 * One variant of an example: other names, places and numbers, and its middle paragraphs
 * shuffled (the letterhead and salutation stay first, the sign-off last).
 */
function variant(doc, random) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  const surname = pick(SURNAMES)
  const suspect = pick(SURNAMES).toUpperCase()
  let text = doc.body
    .replace(TITLES, (_all, title) => `${title} ${surname}`)
    .replace(CAPS_SURNAME, (word) => (KEEP_CAPS.has(word) ? word : suspect))
    .replace(/\b(Gareth|Owen)\b/g, () => pick(FIRST_NAMES))
    .replace(/\b(Reading|Henley-on-Thames)\b/g, () => pick(PLACES))
    .replace(/\d/g, () => String(Math.floor(random() * 10)))
  const paragraphs = text.split(/\n{2,}/)
  const head = Math.min(4, paragraphs.length)
  const tail = Math.min(3, paragraphs.length - head)
  const middle = paragraphs.slice(head, paragraphs.length - tail)
  for (let i = middle.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[middle[i], middle[j]] = [middle[j], middle[i]]
  }
  text = [...paragraphs.slice(0, head), ...middle, ...paragraphs.slice(paragraphs.length - tail)].join('\n\n')
  return { name: doc.name, kind: doc.kind, text }
}

/** Variants of the given examples, in turn, until `words` words are reached. */
function collect(examples, words, seed) {
  const random = mulberry32(seed)
  const docs = []
  let total = 0
  for (let i = 0; total < words; i++) {
    const doc = variant(examples[i % examples.length], random)
    docs.push(doc)
    total += countWords(doc.text)
  }
  return { docs, words: total }
}

/**
 * Every input of the benchmark.
 *
 * @returns `corpus` (about 100,000 words in letter-sized documents), `letter` (one letter of about
 *   600 words), `review` (one review of about 5,000 words) and `single` (one file each of about
 *   10,000, 50,000 and 100,000 words).
 */
export function buildInputs() {
  const examples = readExamples()
  const corpus = collect(examples, 100_000, 1)
  const letterDoc = examples.find((doc) => doc.name === 'letters/no-charge-good.md')
  const reviews = examples.filter((doc) => doc.kind === 'review')
  const review = collect(reviews, 5_000, 2)
  const reviewText = review.docs.map((doc) => doc.text).join('\n\n')

  const single = {}
  for (const size of [10_000, 50_000, 100_000]) {
    const parts = []
    let total = 0
    for (const doc of corpus.docs) {
      if (total >= size) break
      parts.push(doc.text)
      total += countWords(doc.text)
    }
    const text = parts.join('\n\n')
    single[size] = { text, words: countWords(text) }
  }

  return {
    corpus: { docs: corpus.docs.map((doc) => doc.text), words: corpus.docs.reduce((n, doc) => n + countWords(doc.text), 0) },
    letter: { text: letterDoc.body, words: countWords(letterDoc.body) },
    review: { text: reviewText, words: countWords(reviewText) },
    single,
  }
}

/**
 * A one-character edit of a text, somewhere in its middle half: a letter of a word is changed,
 * as when someone types.
 *
 * @param text The text.
 * @param n Which edit (each n gives another place).
 */
export function editOnce(text, n) {
  const random = mulberry32(1000 + n)
  for (;;) {
    const at = Math.floor(text.length / 4 + random() * (text.length / 2))
    if (/[a-z]/.test(text[at])) return text.slice(0, at) + (text[at] === 'e' ? 'a' : 'e') + text.slice(at + 1)
  }
}

/**
 * A folder's worth of documents for the report benchmark and the report's page test: variants
 * of the examples in turn, each with its own names, places, numbers and paragraph order.
 *
 * @param count How many documents.
 * @param seed The random seed (the same seed gives the same documents).
 * @returns `{ name, kind, text }` for each.
 */
export function variants(count, seed = 3) {
  const examples = readExamples()
  const random = mulberry32(seed)
  return Array.from({ length: count }, (_, i) => variant(examples[i % examples.length], random))
}
