/**
 * Checks on an annotated .docx written independently of the annotator (regular
 * expressions over the parts, no shared code): what the comments enclose, what
 * is left when heed's markup is taken out again, and whether the package is one
 * Word would open.
 */
import { strFromU8, unzipSync } from 'fflate'

export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)))
}

export const text = (parts: Map<string, Uint8Array>, name: string) => strFromU8(parts.get(name)!)

const decode = (raw: string) =>
  raw.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
  )

/** Ids of heed's comments in a comments part. */
export function heedCommentIds(commentsXml: string): string[] {
  return [...commentsXml.matchAll(/<w:comment w:id="(\d+)" w:author="heed"/g)].map((m) => m[1]!)
}

/** A comment's text, paragraphs joined by newlines. */
export function commentText(commentsXml: string, id: string): string {
  const body = new RegExp(`<w:comment w:id="${id}"[^>]*>([\\s\\S]*?)</w:comment>`).exec(commentsXml)![1]!
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
    .map((p) => [...p[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''))
    .join('\n')
}

/**
 * The text each comment range encloses in document.xml, as the original reads
 * (deleted words count, inserted ones do not) and as it reads with the
 * tracked changes accepted.
 */
export function enclosed(documentXml: string): Map<string, { original: string; accepted: string }> {
  const open = new Map<string, { original: string; accepted: string }>()
  const done = new Map<string, { original: string; accepted: string }>()
  let inserted = false
  const token =
    /<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:(t|delText)(?: [^>]*)?>([^<]*)<\/w:\3>|<w:(tab|br|cr)\/>|<(\/?)w:ins[ >]|<w:p[ >]/g
  for (const m of documentXml.matchAll(token)) {
    if (m[1] !== undefined) open.set(m[1], { original: '', accepted: '' })
    else if (m[2] !== undefined) {
      done.set(m[2], open.get(m[2])!)
      open.delete(m[2])
    } else if (m[3] !== undefined || m[5] !== undefined) {
      const chars = m[3] ? decode(m[4]!) : m[5] === 'tab' ? '\t' : '\n'
      for (const range of open.values()) {
        if (!inserted) range.original += chars
        if (m[3] !== 'delText') range.accepted += chars
      }
    } else if (m[6] !== undefined) {
      inserted = m[6] === ''
    } else {
      for (const range of open.values()) {
        range.original += '\n\n'
        range.accepted += '\n\n'
      }
    }
  }
  return done
}

/**
 * document.xml with heed's markup taken out and tracked changes rejected, then
 * with runs of the same formatting merged and text shown bare, so a run that
 * was split compares equal to the original run.
 */
export function withoutHeed(documentXml: string, ids: readonly string[]): string {
  let xml = documentXml
  for (const id of ids) {
    xml = xml
      .replace(`<w:commentRangeStart w:id="${id}"/>`, '')
      .replace(`<w:commentRangeEnd w:id="${id}"/>`, '')
      .replace(`<w:r><w:commentReference w:id="${id}"/></w:r>`, '')
  }
  xml = xml
    .replace(/<w:ins w:id="\d+" w:author="heed"[^>]*>[\s\S]*?<\/w:ins>/g, '')
    .replace(/<w:del w:id="\d+" w:author="heed"[^>]*>([\s\S]*?)<\/w:del>/g, '$1')
    .replace(/<w:delText([ >])/g, '<w:t$1')
    .replace(/<\/w:delText>/g, '</w:t>')
  return canonical(xml)
}

/** Runs merged where formatting is the same, and text shown bare. */
export function canonical(xml: string): string {
  let out = xml.replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, (_, raw: string) => `«${decode(raw)}»`).replace(/<w:t(?: [^>]*)?\/>/g, '')
  // Two runs merge only when their start tags and properties are the same (no properties on either counts as the same).
  const merge = /(<w:r(?: [^>]*)?>)((?:<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?)((?!<w:rPr>)(?:(?!<\/?w:r[ >])[^])*?)<\/w:r>\1\2(?!<w:rPr>)/g
  for (let before = ''; before !== out;) {
    before = out
    out = out.replace(merge, '$1$2$3')
  }
  return out.replace(/»«/g, '')
}

/**
 * Would Word open it: unique comment ids, every comment anchored once and
 * every anchor with its comment, relationships that point at parts that exist,
 * unique relationship ids, and a content type for every part.
 */
export function packageProblems(parts: Map<string, Uint8Array>): string[] {
  const problems: string[] = []
  const types = text(parts, '[Content_Types].xml')
  const attrsOf = (tag: string) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]))
  const overrides = new Map(
    [...types.matchAll(/<Override ([^>]*)\/>/g)].map((m) => attrsOf(m[1]!)).map((a) => [a.PartName!.slice(1).toLowerCase(), a.ContentType!]),
  )
  const defaults = new Map([...types.matchAll(/<Default ([^>]*)\/>/g)].map((m) => attrsOf(m[1]!)).map((a) => [a.Extension!.toLowerCase(), a.ContentType!]))
  for (const name of parts.keys()) {
    if (name.endsWith('/') || name === '[Content_Types].xml') continue
    if (!overrides.has(name.toLowerCase()) && !defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase())) problems.push(`${name} has no content type`)
  }
  for (const part of overrides.keys())
    if (!parts.has([...parts.keys()].find((n) => n.toLowerCase() === part) ?? part)) problems.push(`content type for missing part /${part}`)

  let commentsPart: string | undefined
  let documentPart: string | undefined
  for (const name of [...parts.keys()].filter((n) => n.endsWith('.rels'))) {
    const rels = text(parts, name)
    const base = name.replace(/_rels\/[^/]*$/, '')
    const ids = [...rels.matchAll(/ Id="([^"]+)"/g)].map((m) => m[1]!)
    if (new Set(ids).size !== ids.length) problems.push(`${name} repeats a relationship id`)
    for (const m of rels.matchAll(/<Relationship ([^>]*)\/>/g)) {
      const attrs = attrsOf(m[1]!)
      if (attrs.TargetMode === 'External') continue
      const target = attrs.Target!.startsWith('/') ? attrs.Target!.slice(1) : new URL(attrs.Target!, `http://x/${base}`).pathname.slice(1)
      if (!parts.has(decodeURI(target))) problems.push(`${name}: ${attrs.Target} does not exist`)
      if (attrs.Type!.endsWith('/comments')) commentsPart = target
      if (attrs.Type!.endsWith('/officeDocument')) documentPart = target
    }
  }
  if (!documentPart) return [...problems, 'no main document']
  if (commentsPart && overrides.get(commentsPart.toLowerCase()) !== 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml') {
    problems.push(`${commentsPart} is not typed as comments`)
  }
  const document = text(parts, documentPart)
  const starts = [...document.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((m) => m[1]!)
  const ends = [...document.matchAll(/<w:commentRangeEnd w:id="(\d+)"\/>/g)].map((m) => m[1]!)
  const references = [...document.matchAll(/<w:commentReference w:id="(\d+)"\/>/g)].map((m) => m[1]!)
  const comments = commentsPart ? [...text(parts, commentsPart).matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1]!) : []
  if (new Set(comments).size !== comments.length) problems.push('comment ids repeat')
  for (const [what, list] of [
    ['commentRangeStart', starts],
    ['commentRangeEnd', ends],
    ['commentReference', references],
  ] as const) {
    if (new Set(list).size !== list.length) problems.push(`a ${what} id repeats`)
    for (const id of list) if (!comments.includes(id)) problems.push(`${what} ${id} has no comment`)
  }
  for (const id of comments) if (!references.includes(id)) problems.push(`comment ${id} is not referenced`)
  const revisionIds = [...document.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]!)
  if (new Set(revisionIds).size !== revisionIds.length) problems.push('revision ids repeat')
  // Every start before its end.
  for (const id of starts)
    if (document.indexOf(`<w:commentRangeStart w:id="${id}"/>`) > document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`))
      problems.push(`comment ${id} ends before it starts`)
  return problems
}
