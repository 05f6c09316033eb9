import { describe, expect, it } from 'vitest'
import { fixParagraphProperties, splitNotesParagraphs } from '../../../../../../electron/node/export/pptx/finish-pptx'

describe('finishPptx\'s fixes of pptxgenjs output', () => {
  it('keeps only the first paragraph properties of a paragraph', () => {
    const xml = '<a:p><a:pPr lvl="1"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:br/><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>'
    expect(fixParagraphProperties(xml)).toBe('<a:p><a:pPr lvl="1"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:br/><a:r><a:t>b</a:t></a:r></a:p>')
  })

  it('splits notes written as one paragraph with newlines into a paragraph per line', () => {
    const xml = '<a:p><a:r><a:rPr lang="en-US"/><a:t>one\ntwo</a:t></a:r><a:endParaRPr lang="en-US"/></a:p>'
    expect(splitNotesParagraphs(xml)).toBe('<a:p><a:r><a:rPr lang="en-US"/><a:t>one</a:t></a:r></a:p><a:p><a:r><a:rPr lang="en-US"/><a:t>two</a:t></a:r><a:endParaRPr lang="en-US"/></a:p>')
  })
})
