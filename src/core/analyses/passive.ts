/**
 * Passive voice that hides who decided or acted ("it was decided", "the case
 * has been discontinued", "you were referred") with no "by …" to name them.
 * Written on our tokens rather than retext-passive, whose fixed list of about
 * 200 irregular participles misses regular verbs such as "referred" and
 * "discontinued".
 */
import type { Finding } from '../engine/finding.js'
import type { DocumentIndex, Token } from '../text/document.js'
import type { DocumentKind } from '../model/types.js'
import { wordSet } from '../text/word-set.js'

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** Words that may sit between the verb "to be" and the participle. */
const BETWEEN = wordSet(
  'not never also now already just then since recently subsequently fully carefully properly further still only formally previously all both been being',
)
const IRREGULAR = wordSet(
  'taken made given shown seen known told found held brought sent kept left heard done written spoken chosen thrown drawn forgotten hidden beaten broken driven forgiven stolen torn put set cut hit hurt let read shut caught taught thought sought paid laid said lost meant led dealt spent struck understood withdrawn undertaken overturned begun bound won',
)
/** Words ending in -ed that describe a state or feeling, not an action done to someone. */
const ADJECTIVES = wordSet(
  'concerned interested satisfied disappointed worried scared frightened tired pleased delighted married divorced aged based related supposed used entitled qualified experienced detailed limited advanced committed determined prepared allowed needed shocked upset embarrassed ashamed confused surprised relieved involved closed located called named dated signed attached enclosed engaged exhausted intoxicated unrepresented listed dissatisfied unhappy welcome due able unable sorry aware',
)
/** Participles of deciding and handling a case: hiding who did these is what makes a letter evasive. */
const DECISION_VERBS = wordSet(
  'decided considered reviewed discontinued dropped made taken closed agreed concluded determined referred assessed judged refused rejected withdrawn stopped ended authorised approved felt thought noted recorded',
)
/** How far after the participle a "by …" may name the actor. */
const AGENT_REACH = 8

function isParticiple(token: Token): boolean {
  const word = token.norm
  if (ADJECTIVES.has(word)) return false
  return IRREGULAR.has(word) || (word.length > 4 && word.endsWith('ed'))
}

/**
 * Find agentless passives.
 *
 * @param doc The indexed document.
 * @param kind The document kind: letters get warnings for hidden decisions, reviews advice.
 * @returns Findings, from the verb "to be" to the participle.
 */
export function checkPassive(doc: DocumentIndex, kind: DocumentKind): Finding[] {
  const findings: Finding[] = []
  const { tokens } = doc
  for (let i = 0; i < tokens.length; i++) {
    if (!BE.has(tokens[i]!.norm) || tokens[i]!.quoted) continue
    let j = i + 1
    while (j < tokens.length && j - i <= 3 && BETWEEN.has(tokens[j]!.norm) && tokens[j]!.sentence === tokens[i]!.sentence) j++
    const participle = tokens[j]
    if (!participle || participle.sentence !== tokens[i]!.sentence || participle.breakBefore || !isParticiple(participle)) continue
    let agent = false
    for (let k = j + 1; k < tokens.length && k - j <= AGENT_REACH && tokens[k]!.sentence === participle.sentence; k++) {
      if (tokens[k]!.norm === 'by') agent = true
    }
    if (agent) continue
    const decision = DECISION_VERBS.has(participle.norm)
    const start = tokens[i]!.start
    const end = participle.end
    findings.push({
      ruleId: 'readability/hidden-actor',
      category: 'readability',
      severity: decision && kind === 'letter' ? 'warning' : 'info',
      start,
      end,
      reason: `Say who did it: “${doc.text.slice(start, end)}” does not say who ${decision ? 'decided or acted' : 'acted'}.`,
      actual: doc.text.slice(start, end),
      expected: [],
      note: 'The passive voice can hide who made a decision or who did something. Naming them, as in “I have decided”, is clearer and more honest.',
      source: 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#active-voice',
    })
    i = j
  }
  return findings
}
