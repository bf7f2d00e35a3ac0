/**
 * A letter built the way Word stores one, with everything that makes its XML
 * awkward to edit: a word split across runs with proofing marks and a bookmark
 * inside it, a smart tag, a hyperlink, a field whose result is flagged text, a
 * table, an existing comment, tabs and line breaks, an escaped ampersand, a
 * text box (not checked: Word holds no comments there) and a tracked insertion
 * by someone else.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
const para = (...content: string[]) => `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">${content.join('')}</w:p>`

export const WORD_LIKE_BODY = [
  para(run('Dear Ms Smith,')),
  para(
    run('Thank you for speaking to us. The police marked the case NFA, and we will call you '),
    '<w:proofErr w:type="spellStart"/>',
    run('pr'),
    '<w:bookmarkStart w:id="0" w:name="_GoBack"/>',
    run('i', '<w:b/>'),
    '<w:bookmarkEnd w:id="0"/>',
    '<w:r w:rsidR="00D4E5F6"><w:lastRenderedPageBreak/><w:t>or</w:t></w:r>',
    '<w:proofErr w:type="spellEnd"/>',
    run(' to the hearing. We know this is hard news.'),
  ),
  para(
    '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">',
    run('The complainant'),
    '</w:smartTag>',
    run(' told us about what happened, &amp; we listened carefully.'),
  ),
  para(run('The trial will commence on Monday.')),
  para(
    run('You can read about '),
    `<w:hyperlink r:id="rId9" w:history="1">${run('what NFA means', '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`,
    run(' on our website.'),
  ),
  para(
    run('The outcome recorded is '),
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY Outcome </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
    run('NFA'),
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    run('.'),
  ),
  '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4621"/><w:gridCol w:w="4621"/></w:tblGrid>' +
    `<w:tr><w:tc><w:tcPr><w:tcW w:w="4621" w:type="dxa"/></w:tcPr>${para(run('Officer in the case'))}</w:tc>` +
    `<w:tc><w:tcPr><w:tcW w:w="4621" w:type="dxa"/></w:tcPr>${para(run('The complainant was told.'))}</w:tc></w:tr></w:tbl>`,
  para(
    '<w:commentRangeStart w:id="0"/>',
    run('Someone else left a note here.'),
    '<w:commentRangeEnd w:id="0"/>',
    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>',
  ),
  para(run('Phone:'), '<w:r><w:tab/><w:t>0808 500 2222</w:t><w:br/><w:t xml:space="preserve">Prior to the hearing, the NFA decision stands.</w:t></w:r>'),
  para(
    run('A picture of the form.'),
    '<w:r><w:pict><v:shape id="box" style="width:100pt;height:40pt"><v:textbox><w:txbxContent>' +
      para(run('The NFA in a text box.')) +
      '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>',
  ),
  para(
    run('Another caseworker '),
    '<w:ins w:id="7" w:author="A Colleague" w:date="2026-01-05T10:00:00Z">' + run('also ') + '</w:ins>',
    run('checked this letter.'),
  ),
  para(run('The merged outcome is '), `<w:fldSimple w:instr=" MERGEFIELD Outcome ">${run('NFA')}</w:fldSimple>`, run(' for now.')),
  // Two findings, one inside the other, in a single run: the outer replacement is cut in three by the inner comment.
  para(run('It is noted that you did not report the incident until some weeks later.')),
  para(run('Yours sincerely,')),
  para(run('Sam Jones')),
].join('')

/** The document's parts as Word would zip them. */
export function wordLikeParts(body = WORD_LIKE_BODY): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${R}/hyperlink" Target="https://www.cps.gov.uk/" TargetMode="External"/><Relationship Id="rId4" Type="${R}/comments" Target="comments.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    'word/comments.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="A Colleague" w:date="2026-01-05T10:00:00Z" w:initials="AC"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Check the date.</w:t></w:r></w:p></w:comment></w:comments>`,
  }
}

/** The letter as a .docx file. */
export function wordLikeDocx(parts = wordLikeParts()): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])))
}

/** A document saved by Word with letter wording put into each of its own text elements, runs and all. */
export function withLetterWording(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes)
  const xml = strFromU8(parts['word/document.xml']!)
  parts['word/document.xml'] = strToU8(
    xml.replace(
      /(<w:t(?: [^>]*)?>)([^<]+)(<\/w:t>)/g,
      (_, open: string, words: string, close: string) => `${open}${words} NFA and the complainant, prior to the hearing${close}`,
    ),
  )
  return zipSync(parts)
}
