import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { PNG } from 'pngjs'

/** `pdfinfo` as a record (poppler: reads the PDF back as any viewer would). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Object.fromEntries(out.split('\n').filter(Boolean).map((line) => {
    const at = line.indexOf(':')
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
  }))
}

/** The text of a page range, as `pdftotext` extracts it (proves text is real, selectable text). */
export function pdfText(file: string, first?: number, last = first): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last)]
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' })
}

/** `pdffonts` rows: name and whether the font is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => {
    const cols = line.trim().split(/\s+/)
    return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' }
  })
}

/** The PDF's bookmarks as [title, 0-based page, children]. */
export async function pdfOutline(file: string): Promise<Array<[string, number, unknown[]]>> {
  const doc = await PDFDocument.load(readFileSync(file))
  const pages = doc.getPages().map((p) => p.ref.toString())
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const walk = (first: PDFDict | undefined): Array<[string, number, unknown[]]> => {
    const entries: Array<[string, number, unknown[]]> = []
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookup(PDFName.of('Title')) as PDFHexString | PDFString
      const dest = item.lookup(PDFName.of('Dest')) as unknown as { get(i: number): { toString(): string } }
      entries.push([title.decodeText(), pages.indexOf(dest.get(0).toString()), walk(item.lookupMaybe(PDFName.of('First'), PDFDict))])
    }
    return entries
  }
  return outlines ? walk(outlines.lookupMaybe(PDFName.of('First'), PDFDict)) : []
}

/** Renders one PDF page to PNG with poppler. */
export function renderPage(file: string, page: number, dpi: number): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-page-'))
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')])
    return PNG.sync.read(readFileSync(join(dir, 'page.png')))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * How two images differ: the mean absolute channel difference (0–255) and the share of pixels that
 * differ by more than 64 in any channel. Different sizes count as entirely different.
 */
export function imageDifference(a: PNG, b: PNG): { mean: number; changed: number } {
  if (a.width !== b.width || a.height !== b.height) return { mean: 255, changed: 1 }
  let sum = 0
  let changed = 0
  for (let i = 0; i < a.data.length; i += 4) {
    let worst = 0
    for (let c = 0; c < 3; c++) {
      const d = Math.abs(a.data[i + c] - b.data[i + c])
      sum += d
      worst = Math.max(worst, d)
    }
    if (worst > 64) changed++
  }
  const pixels = a.data.length / 4
  return { mean: sum / (pixels * 3), changed: changed / pixels }
}

/** `pdfimages -list` rows: the page each image is drawn on, and its size in pixels. */
export function pdfImages(file: string): Array<{ page: number; width: number; height: number }> {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => {
    const cols = line.trim().split(/\s+/)
    return { page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }
  })
}

/** Every word of the PDF as `pdftotext -bbox` places it, in points from the page's top left corner. */
export function pdfWords(file: string): Array<{ page: number; text: string; height: number }> {
  const words: Array<{ page: number; text: string; height: number }> = []
  let page = 0
  for (const line of execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).split('\n')) {
    if (line.includes('<page ')) page++
    const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line)
    if (word) words.push({ page, text: word[3], height: Number(word[2]) - Number(word[1]) })
  }
  return words
}

/**
 * Each page's links, in order: `uri:<address>` for a link out, `page:<n>` (1-based) for one inside
 * the document, resolved through the catalog's named destinations as a viewer resolves them.
 */
export async function pdfLinks(file: string): Promise<string[][]> {
  const doc = await PDFDocument.load(readFileSync(file))
  const pages = doc.getPages().map((p) => p.ref.toString())
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  const target = (dest: unknown): string => {
    let value = dest
    if (value instanceof PDFName) value = dests?.lookup(value)
    const first = (value as { get?(i: number): { toString(): string } } | undefined)?.get?.(0)
    return `page:${first ? pages.indexOf(first.toString()) + 1 : 0}`
  }
  return doc.getPages().map((page) => {
    const annots = page.node.Annots()
    const links: string[] = []
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict)
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
      const uri = action?.lookup(PDFName.of('URI'))
      if (uri instanceof PDFString || uri instanceof PDFHexString) links.push(`uri:${uri.decodeText()}`)
      else links.push(target(annot.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'))))
    }
    return links
  })
}

/** Every page's text as `pdftotext -layout` extracts it, one string a page. */
export function pdfPageTexts(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\f').slice(0, -1)
}

/**
 * The tagged structure tree as `pdfinfo -struct` prints it, with structure element IDs named by
 * where they first appear and object numbers left out (a joined PDF numbers both its own way; what
 * matters is which cells name which headers, and that a link's element holds its annotation).
 */
export function pdfStructure(file: string): string {
  const tree = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
  const names = new Map<string, string>()
  const name = (id: string): string => {
    if (!names.has(id)) names.set(id, `id${names.size + 1}`)
    return names.get(id) as string
  }
  // An element's ID follows its type in angle brackets; the cells' /Headers list them as strings.
  return tree.replace(/^(\s*\w+ )<([^<>]+)>/gm, (_, head: string, id: string) => `${head}<${name(id)}>`)
    .replace(/^(\s*\/Headers \[)([^\]]*)\]/gm, (_, head: string, ids: string) => `${head}${ids.replace(/\(([^()]*)\)/g, (__, id: string) => `(${name(id)})`)}]`)
    .replace(/^(\s*)Object \d+ \d+$/gm, '$1Object')
}
