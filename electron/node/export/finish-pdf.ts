import type { PDFDict, PDFDocument, PDFRef } from 'pdf-lib'
import type { OutlineEntry } from '../../../renderer/core/print/print-document'
import { UnsupportedPdf, toPdfString, toPdfText } from './pdf/pdf-syntax'
import { readPdf } from './pdf/read-pdf'
import { writePdf } from './pdf/write-pdf'

/** Document information Briefdeck writes into every PDF. */
export interface PdfInfo {
  title: string
  author?: string
  subject?: string
  /** Each a keyword or phrase (a deck title); written as one `; `-separated list, see toPdfKeywords. */
  keywords?: string[]
  language?: string
}

/** What the browser printed: the whole document, or one slice of it in order. */
export interface PrintedPart {
  pdf: Uint8Array
  /** Named destinations in this slice that only stand in for an element of another slice (see slice-plan.ts). */
  stubs?: ReadonlySet<string>
}

/** When the PDF says it was made: a time, or null for no date at all (a deterministic PDF without SOURCE_DATE_EPOCH). */
export interface FinishOptions {
  date: Date | null
}

const CREATOR = 'Briefdeck'
const PRODUCER = 'Briefdeck (Chromium)'

/**
 * Sets the PDF's metadata and adds bookmarks (the document outline) to what the browser printed,
 * joining slices into one document. Everything else Chromium wrote (text, fonts, links, tags for
 * accessibility) is kept as it is. Chromium's PDFs are read and rewritten object by object, without
 * a general PDF library (a third of a second less for 60 pages); a PDF in another form (not from
 * Chromium) is finished with pdf-lib, and slices of such cannot be joined (UnsupportedPdf).
 */
export async function finishPdf(parts: readonly PrintedPart[], info: PdfInfo, outline: readonly OutlineEntry[], options: FinishOptions): Promise<Uint8Array> {
  try {
    const read = parts.map((part) => ({ pdf: readPdf(part.pdf), stubs: part.stubs }))
    return await writePdf(read, { info: infoEntries(info, options.date), language: info.language, outline })
  } catch (error) {
    if (!(error instanceof UnsupportedPdf) || parts.length !== 1) throw error
    return finishWithPdfLib(parts[0].pdf, info, outline, options)
  }
}

/** The document information dictionary's entries (ISO 32000 §14.3.3), as PDF values. */
function infoEntries(info: PdfInfo, date: Date | null): Array<[string, string]> {
  const entries: Array<[string, string]> = [['Title', toPdfText(info.title)]]
  if (info.author) entries.push(['Author', toPdfText(info.author)])
  if (info.subject) entries.push(['Subject', toPdfText(info.subject)])
  if (info.keywords?.length) entries.push(['Keywords', toPdfText(toPdfKeywords(info.keywords))])
  entries.push(['Creator', toPdfText(CREATOR)], ['Producer', toPdfText(PRODUCER)])
  if (date) entries.push(['CreationDate', toPdfString(toPdfDate(date))], ['ModDate', toPdfString(toPdfDate(date))])
  return entries
}

/** A date as PDF writes dates (§7.9.4), in UTC: `D:20250830093000Z`. */
export function toPdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`
}

async function finishWithPdfLib(bytes: Uint8Array, info: PdfInfo, outline: readonly OutlineEntry[], options: FinishOptions): Promise<Uint8Array> {
  const lib = await loadPdfLib()
  const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest })
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  if (info.author) doc.setAuthor(info.author)
  if (info.subject) doc.setSubject(info.subject)
  // pdf-lib joins an array with spaces, which runs phrases together: give it the one finished string.
  if (info.keywords?.length) doc.setKeywords([toPdfKeywords(info.keywords)])
  if (info.language) doc.setLanguage(info.language)
  doc.setCreator(CREATOR)
  doc.setProducer(PRODUCER)
  const infoDict = doc.context.lookup(doc.context.trailerInfo.Info) as PDFDict
  for (const key of ['CreationDate', 'ModDate']) {
    if (options.date) infoDict.set(lib.PDFName.of(key), lib.PDFString.of(toPdfDate(options.date)))
    else infoDict.delete(lib.PDFName.of(key))
  }
  if (outline.length > 0) addOutline(lib, doc, outline)
  return doc.save({ useObjectStreams: true })
}

/**
 * The PDF's Keywords entry, which is one text string: the keywords and phrases separated by `; `, as
 * readers (Acrobat's Document Properties, pdfinfo) and search indexers split it. A `;` inside a phrase
 * becomes `,` so each phrase stays one keyword; blanks and repeats are dropped.
 */
export function toPdfKeywords(keywords: readonly string[]): string {
  const phrases = keywords.map((k) => k.replace(/;/g, ',').replace(/\s+/g, ' ').trim()).filter((k) => k !== '')
  return [...new Set(phrases)].join('; ')
}

type PdfLib = typeof import('pdf-lib')
let pdfLib: Promise<PdfLib> | undefined
/** Loads pdf-lib (a tenth of a second), for PDFs that are not Chromium's. */
export function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= import('pdf-lib')
  return pdfLib
}

/** Writes a PDF outline tree (ISO 32000 §12.3.3): one dictionary per entry, linked as siblings. */
function addOutline({ PDFHexString, PDFName }: PdfLib, doc: PDFDocument, outline: readonly OutlineEntry[]): void {
  const context = doc.context
  const pages = doc.getPages().map((page) => page.ref)
  const root = context.nextRef()

  const addLevel = (entries: readonly OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = entries.map(() => context.nextRef())
    let count = entries.length
    entries.forEach((entry, i) => {
      const dict = context.obj({}) as PDFDict
      dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title))
      dict.set(PDFName.of('Parent'), parent)
      const page = pages[Math.min(entry.pageIndex, pages.length - 1)]
      dict.set(PDFName.of('Dest'), context.obj([page, PDFName.of('Fit')]))
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1])
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1])
      if (entry.children.length > 0) {
        const children = addLevel(entry.children, refs[i])
        dict.set(PDFName.of('First'), children.first)
        dict.set(PDFName.of('Last'), children.last)
        // A negative count shows the entry closed: a book opens on its chapters, not every slide.
        dict.set(PDFName.of('Count'), context.obj(-children.count))
      }
      context.assign(refs[i], dict)
    })
    return { first: refs[0], last: refs[refs.length - 1], count }
  }

  const top = addLevel(outline, root)
  const rootDict = context.obj({}) as PDFDict
  rootDict.set(PDFName.of('Type'), PDFName.of('Outlines'))
  rootDict.set(PDFName.of('First'), top.first)
  rootDict.set(PDFName.of('Last'), top.last)
  rootDict.set(PDFName.of('Count'), context.obj(top.count))
  context.assign(root, rootDict)
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
