import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { BriefdeckError } from '../../../renderer/core/errors'
import { MAX_SOURCE_CHARACTERS, readableText } from '../../../renderer/core/sources/figure-check'

/** A source file larger than this is not read: a briefing's source is an article or a report, not an archive. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024
/** A PDF's text is read from at most this many pages. */
export const MAX_PDF_PAGES = 1000

/**
 * The text of a source's local copy, by its extension: a PDF's text layer (pdfjs-dist), an HTML
 * page's readable text (scripts and styles left out), anything else as UTF-8 text (plain text,
 * Markdown). Too large, binary or unreadable files fail with E_INVALID and a message saying why.
 */
export async function loadSourceText(file: string): Promise<string> {
  const info = await stat(file)
  if (!info.isFile()) throw new BriefdeckError('E_INVALID', 'is not a file')
  if (info.size > MAX_SOURCE_BYTES) throw new BriefdeckError('E_INVALID', `is ${Math.round(info.size / 1024 / 1024)} MB, more than a source is read (${MAX_SOURCE_BYTES / 1024 / 1024} MB)`)
  const bytes = await readFile(file)
  const type = extname(file).toLowerCase()
  if (type === '.pdf') return pdfText(bytes)
  if (bytes.includes(0)) throw new BriefdeckError('E_INVALID', 'is binary, not text, Markdown, HTML or PDF')
  const text = new TextDecoder('utf-8').decode(bytes)
  return type === '.html' || type === '.htm' ? readableText(text) : text
}

/** A PDF's text, page by page, with pdfjs-dist (no worker thread, no fonts, no script): at most MAX_PDF_PAGES pages and MAX_SOURCE_CHARACTERS characters. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 })
  try {
    const document = await task.promise.catch((error: Error) => {
      throw new BriefdeckError('E_INVALID', `is not a readable PDF (${error.message})`)
    })
    let text = ''
    for (let number = 1; number <= Math.min(document.numPages, MAX_PDF_PAGES) && text.length < MAX_SOURCE_CHARACTERS; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ')
      text += '\n'
      page.cleanup()
    }
    return text
  } finally {
    await task.destroy()
  }
}
