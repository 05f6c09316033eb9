import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { DOMParser, type Element } from '@xmldom/xmldom'
import JSZip from 'jszip'

/**
 * Reads a PowerPoint file back the way another program would, independently of the writer: its
 * OOXML parts unzipped with JSZip and parsed with an XML parser, slides in presentation order.
 */
const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
}

export interface PptxParagraph {
  text: string
  level: number
  bullet: 'number' | 'char' | 'none' | 'inherit'
  /** How many `<a:pPr>` the paragraph has (the schema allows one). */
  pPrCount: number
}
export interface PptxShape {
  id: number
  name: string
  /** The placeholder type (`title`, `body`…), or null for a free shape. */
  placeholder: string | null
  paragraphs: PptxParagraph[]
}
export interface PptxSlide {
  path: string
  layout: string | null
  title: string | null
  shapes: PptxShape[]
  tables: string[][][]
  pictures: Array<{ name: string; descr: string | null; media: string | null; svg: string | null }>
  links: string[]
  notes: string | null
  /** Shapes and paragraphs that appear on each click, from the slide's timing. */
  clicks: Array<Array<{ shapeId: number; paragraph?: number }>>
  backgroundColor: string | null
}
export interface PptxDocument {
  sections: Array<{ name: string; slides: number }>
  slides: PptxSlide[]
  media: Record<string, Uint8Array>
  parts: string[]
  /** Layout names by part path. */
  layouts: Record<string, string>
  theme: string
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml')
const all = (el: { getElementsByTagNameNS(ns: string, tag: string): ArrayLike<Element> }, ns: keyof typeof NS, tag: string): Element[] => Array.from(el.getElementsByTagNameNS(NS[ns], tag))
const paragraphText = (p: Element): string => all(p, 'a', 't').map((t) => t.textContent ?? '').join('')

function resolvePart(base: string, target: string): string {
  const parts = base.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop()
    else parts.push(segment)
  }
  return parts.join('/')
}

export async function readPptx(bytes: Uint8Array): Promise<PptxDocument> {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path)
    if (!file) throw new Error(`no part ${path}`)
    return file.async('string')
  }
  const relations = async (part: string) => {
    const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels')
    if (!zip.file(relsPath)) return new Map<string, { type: string; target: string }>()
    return new Map(all(parse(await read(relsPath)), 'rel', 'Relationship').map((rel) => [
      rel.getAttribute('Id') ?? '',
      { type: (rel.getAttribute('Type') ?? '').split('/').pop() ?? '', target: rel.getAttribute('TargetMode') === 'External' ? rel.getAttribute('Target') ?? '' : resolvePart(part, rel.getAttribute('Target') ?? '') },
    ]))
  }
  const presentation = parse(await read('ppt/presentation.xml'))
  const presentationRels = await relations('ppt/presentation.xml')
  const slideIds = all(presentation, 'p', 'sldId')
  const slidePaths = slideIds.map((s) => presentationRels.get(s.getAttributeNS(NS.r, 'id') ?? '')?.target ?? '')
  const sections = Array.from(presentation.getElementsByTagName('p14:section')).map((section) => ({
    name: section.getAttribute('name') ?? '',
    slides: Array.from(section.getElementsByTagName('p14:sldId')).length,
  }))
  const layouts: Record<string, string> = {}
  for (const path of Object.keys(zip.files).filter((p) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(p))) {
    layouts[path] = all(parse(await read(path)), 'p', 'cSld')[0]?.getAttribute('name') ?? ''
  }
  const slides: PptxSlide[] = []
  for (const path of slidePaths) {
    const doc = parse(await read(path))
    const rels = await relations(path)
    const shapes = all(doc, 'p', 'sp').map((sp): PptxShape => {
      const ph = all(sp, 'p', 'ph')[0]
      const cNvPr = all(sp, 'p', 'cNvPr')[0]
      return {
        id: Number(cNvPr.getAttribute('id')),
        name: cNvPr.getAttribute('name') ?? '',
        placeholder: ph ? ph.getAttribute('type') || 'body' : null,
        paragraphs: all(sp, 'a', 'p').map((p) => {
          const pPr = all(p, 'a', 'pPr')[0]
          return {
            text: paragraphText(p),
            level: Number(pPr?.getAttribute('lvl') || 0),
            bullet: pPr ? (all(pPr, 'a', 'buAutoNum').length ? 'number' : all(pPr, 'a', 'buChar').length ? 'char' : 'none') : 'inherit',
            pPrCount: all(p, 'a', 'pPr').length,
          }
        }),
      }
    })
    const title = shapes.find((s) => s.placeholder === 'title' || s.placeholder === 'ctrTitle')
    const tables = all(doc, 'a', 'tbl').map((tbl) => all(tbl, 'a', 'tr').map((tr) => all(tr, 'a', 'tc').map((tc) => all(tc, 'a', 'p').map(paragraphText).join('\n'))))
    const pictures = all(doc, 'p', 'pic').map((pic) => {
      const cNvPr = all(pic, 'p', 'cNvPr')[0]
      const blip = all(pic, 'a', 'blip')[0]
      const svg = Array.from(pic.getElementsByTagName('asvg:svgBlip'))[0]
      return {
        name: cNvPr.getAttribute('name') ?? '', descr: cNvPr.getAttribute('descr'),
        media: rels.get(blip?.getAttributeNS(NS.r, 'embed') ?? '')?.target ?? null,
        svg: svg ? rels.get(svg.getAttributeNS(NS.r, 'embed') ?? '')?.target ?? null : null,
      }
    })
    let notes: string | null = null
    const notesRel = [...rels.values()].find((r) => r.type === 'notesSlide')
    if (notesRel) {
      const body = all(parse(await read(notesRel.target)), 'p', 'sp').find((sp) => all(sp, 'p', 'ph')[0]?.getAttribute('type') === 'body')
      notes = body ? all(body, 'a', 'p').map(paragraphText).join('\n') : null
    }
    const clicks = all(doc, 'p', 'cTn').filter((c) => c.getAttribute('nodeType') === 'clickEffect').map((click) => {
      const group = click.parentNode?.parentNode as Element
      return all(group, 'p', 'spTgt').map((target) => {
        const range = all(target, 'p', 'pRg')[0]
        return { shapeId: Number(target.getAttribute('spid')), ...(range ? { paragraph: Number(range.getAttribute('st')) } : {}) }
      })
    })
    const bg = all(doc, 'p', 'bg')[0]
    slides.push({
      path, layout: layouts[[...rels.values()].find((r) => r.type === 'slideLayout')?.target ?? ''] ?? null,
      title: title ? title.paragraphs.map((p) => p.text).join('\n') : null,
      shapes, tables, pictures, notes, clicks,
      links: [...rels.values()].filter((r) => r.type === 'hyperlink').map((r) => r.target),
      backgroundColor: bg ? all(bg, 'a', 'srgbClr')[0]?.getAttribute('val') ?? null : null,
    })
  }
  const media: Record<string, Uint8Array> = {}
  for (const path of Object.keys(zip.files).filter((p) => p.startsWith('ppt/media/') && !zip.files[p].dir)) media[path] = await zip.files[path].async('uint8array')
  return { sections, slides, media, parts: Object.keys(zip.files), layouts, theme: await read('ppt/theme/theme1.xml') }
}

/** Whether LibreOffice's `soffice` is installed (Debian's libreoffice-impress; `.ci/run` installs it). */
export const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0

/**
 * Converts a file to PDF with LibreOffice headless in a profile of its own (so runs never share or
 * lock one), and returns the PDF's path. soffice exits 0 even when it fails: the PDF must exist.
 */
export function convertWithLibreOffice(file: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'briefdeck-lo-'))
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 })
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  const pdf = join(outDir, basename(file).replace(/\.pptx$/i, '.pdf'))
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`)
  return pdf
}
