import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { finishPdf, toPdfKeywords } from '../../../../../electron/node/export/finish-pdf'

describe('the PDF’s keywords', () => {
  it('separates keywords and deck titles with "; ", so phrases do not run together', () => {
    expect(toPdfKeywords(['briefing', 'Space: The Ultimate High Ground', 'Cultural Bonds and Soft Power']))
      .toBe('briefing; Space: The Ultimate High Ground; Cultural Bonds and Soft Power')
  })

  it('keeps each phrase one keyword: a ";" inside becomes ",", blanks and repeats go', () => {
    expect(toPdfKeywords(['Trade; tariffs', '  ', 'Rail\n and  roads', 'briefing', 'briefing'])).toBe('Trade, tariffs; Rail and roads; briefing')
    expect(toPdfKeywords([])).toBe('')
  })

  it('writes that one string into the document information, as readers show it', async () => {
    const blank = await PDFDocument.create()
    blank.addPage()
    const finished = await finishPdf([{ pdf: await blank.save() }], { title: 'Book', keywords: ['briefing', 'India–Japan: A Partnership', 'Trade'] }, [], { date: null })
    const pdf = await PDFDocument.load(finished, { updateMetadata: false })
    expect(pdf.getKeywords()).toBe('briefing; India–Japan: A Partnership; Trade')
  })
})
