/**
 * Others close by, set against her in a concessive clause: "although two other lads sleep on the same
 * corridor", "even though the neighbours were at home", "despite the carriage being busy". The clause
 * carries the judgement without naming it: she could have called for help, so why did she not? It
 * repeats the myth that a woman who is raped cries out, whatever words the rest of the sentence uses.
 */
import type { DocumentIndex } from '../text/document.js'

/** Words that open a concession; "though" also as "even though", not "as though". */
const CONCESSIVE = new Set(['although', 'though', 'despite', 'notwithstanding'])

/** Where the others were: near enough to hear or be reached. */
const NEARBY =
  /\b(next door|nearby|close by|within earshot|within (about |some )?(a few |\d+ )|less than (about )?\d+|no more than \d+|\d+ (metres|meters|yards|feet)|(metres|yards|feet) away|a floor away|one floor|(directly |immediately )?(below|above|upstairs|downstairs|opposite)|across the (corridor|landing|lane|courtyard|yard|hall|road|street|way|field|car park)|on (either|each|both) sides?|neighbouring|adjoining|next room|room next door|same (corridor|landing|floor|deck|carriage|building|block|hut|yard|site|boat|vessel|hostel|bunkhouse|premises)|(only |just )?(a|one|two|a few) (corridor|door|wall|room|floor|field|pitch|berth|tent|caravan|cabin|pontoon|landing)s? away|thin|overlooked|backs onto|shar(es|ed|ing) a (wall|bulkhead|landing|corridor|partition)|bulkhead|partition wall|opening (directly )?onto|(was|were|is|are|being) (open|staffed|occupied|busy|full|in use|at home|awake|still going|within)|staffed|occupied)\b/i

/** Who or what could have heard or helped: people, or the places they were in. */
const OTHERS =
  /\b(staff|guests?|neighbou?rs?|residents?|passengers?|famil(y|ies)|friends?|flatmates?|housemates?|teammates?|colleagues?|crew|others?|other people|people|caretaker|watchman|manager|porters?|security|guards?|tents?|caravans?|cabins?|flats|houses?|rooms?|traders|partner|mother|father|parents?|children|lads|plotholders|plot-holders|plot holders|office|caf[eé]|welfare|boats|delegates?|members|campers|students|volunteers|bar|kitchen|wall|walls|coach|carriage|train|bus|deck|petrol station|takeaway|landing|corridor)\b/i

/** A clause about him ("even though he was only a floor away") tells where he was, not who could have helped her. */
const ABOUT_HIM = /^\W*(even\s+)?(although|though|despite)\s+(he|his|him|the suspect|the defendant)\b/i

/**
 * The concessive clauses of a sentence that set others close by against her.
 *
 * @param doc The indexed document.
 * @param sentence The sentence's index.
 * @returns Each clause's first and last token.
 */
export function helpNearby(doc: DocumentIndex, sentence: number): Array<[number, number]> {
  const info = doc.sentences[sentence]!
  const found: Array<[number, number]> = []
  for (let t = info.firstToken; t < info.endToken; t++) {
    const token = doc.tokens[t]!
    if (!CONCESSIVE.has(token.norm) || (token.norm === 'though' && doc.tokens[t - 1]?.norm === 'as')) continue
    const first = token.norm === 'though' && doc.tokens[t - 1]?.norm === 'even' && t > info.firstToken ? t - 1 : t
    // The clause runs to the next comma, semicolon, colon, dash or bar, or twenty words on.
    let last = t
    while (last + 1 < info.endToken && last < t + 20 && !/[,;:|–—]/.test(doc.text.slice(doc.tokens[last]!.end, doc.tokens[last + 1]!.start))) last++
    const clause = doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end)
    if (last > t + 1 && NEARBY.test(clause) && OTHERS.test(clause) && !ABOUT_HIM.test(clause)) found.push([first, last])
    t = last
  }
  return found
}
