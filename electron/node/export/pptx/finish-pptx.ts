import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { type AppearTarget, appearTiming } from './appear-timing'
import { type PptxLook, SCRIPT_FONTS } from './pptx-look'

/** EMUs (PowerPoint's unit) per CSS pixel: 914,400 to the inch, 96 pixels to the inch. */
const EMU_PER_PX = 9525

/** What a slide needs after pptxgenjs has written it; shapes are found by the names Briefdeck gave them. */
export interface SlideFinish {
  /** Each fragment step's targets: a shape, or a paragraph of a text shape. */
  steps: Array<Array<{ name: string; paragraph?: number }>>
  /** Names of the text shapes among the targets. */
  textShapes: string[]
  /** Placeholders to move (pptxgenjs always puts them where the layout has them), in CSS pixels. */
  frames: Record<string, { x: number; y: number; w: number; h: number }>
  /** The real PNG for each SVG picture's fallback (pptxgenjs writes the SVG's bytes there). */
  svgFallbacks: Record<string, Uint8Array>
}

/**
 * Finishes a pptxgenjs file, part by part, in one pass over the unzipped parts: pptxgenjs 4.0.1
 * writes a second `<a:pPr>` into a paragraph with a line break (invalid: PowerPoint asks to repair),
 * gives tables ids that collide with other shapes', puts all notes in one paragraph, and has no
 * animations, no SVG fallback outside a browser, and Office's colours and fonts in the theme.
 */
export function finishPptx(pptx: Uint8Array, slides: readonly SlideFinish[], look: PptxLook): Uint8Array {
  const files = unzipSync(pptx)
  const text = (path: string): string => strFromU8(files[path])
  for (const path of Object.keys(files)) {
    if (/^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(path)) files[path] = strToU8(fixParagraphProperties(text(path)))
    const slide = /^ppt\/slides\/slide(\d+)\.xml$/.exec(path)
    if (slide) {
      const plan = slides[Number(slide[1]) - 1]
      files[path] = strToU8(finishSlide(text(path), plan))
      if (plan) replaceSvgFallbacks(files, Number(slide[1]), text(path), plan.svgFallbacks)
    }
    if (/^ppt\/notesSlides\/[^/]+\.xml$/.test(path)) files[path] = strToU8(splitNotesParagraphs(text(path)))
    if (path === 'ppt/theme/theme1.xml') files[path] = strToU8(themeWithLook(text(path), look))
  }
  return zipSync(files, { level: 6 })
}

function finishSlide(xml: string, plan: SlideFinish | undefined): string {
  let out = renumberShapeIds(removeEmptyBody(fixParagraphProperties(xml)))
  if (!plan) return out
  for (const [name, box] of Object.entries(plan.frames)) out = moveShape(out, name, box)
  if (plan.steps.length === 0) return out
  const ids = shapeIdsByName(out)
  const idOf = (name: string): number => {
    const id = ids.get(name)
    if (id === undefined) throw new Error(`no shape named ${name} to animate`)
    return id
  }
  const steps: AppearTarget[][] = plan.steps.map((targets) => targets.map((t) => ({ shapeId: idOf(t.name), paragraph: t.paragraph })))
  const at = out.indexOf('</p:clrMapOvr>') + '</p:clrMapOvr>'.length
  // <p:sld>'s children come in a fixed order: cSld, clrMapOvr, transition, timing.
  return out.slice(0, at) + appearTiming(steps, new Set(plan.textShapes.map(idOf))) + out.slice(at)
}

/** Keeps the first `<a:pPr>` of each paragraph: the schema allows one, first. */
export function fixParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, inner: string) => {
    let seen = false
    const fixed = inner.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pPr) => (seen ? '' : ((seen = true), pPr)))
    return `<a:p>${fixed}</a:p>`
  })
}

/** Shape ids in document order (1 is the shape tree): pptxgenjs's table ids collide with others'. */
function renumberShapeIds(xml: string): string {
  let n = 0
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++n}"`)
}

function shapeIdsByName(xml: string): Map<string, number> {
  return new Map([...xml.matchAll(/<p:cNvPr id="(\d+)" name="([^"]*)"/g)].map((m) => [m[2], Number(m[1])]))
}

/** pptxgenjs adds every placeholder of the layout; an empty body would say "Click to add text" over a table or picture. */
function removeEmptyBody(xml: string): string {
  return xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="body"(?:(?!<\/p:sp>)[\s\S])*?<\/p:sp>/g, (shape) => (/<a:t>[^<]/.test(shape) ? shape : ''))
}

function moveShape(xml: string, name: string, box: { x: number; y: number; w: number; h: number }): string {
  const start = xml.indexOf(`name="${name}"`)
  if (start < 0) return xml
  const emu = (px: number): number => Math.round(px * EMU_PER_PX)
  const frame = /^<a:xfrm([^>]*)><a:off x="\d+" y="\d+"\/><a:ext cx="\d+" cy="\d+"\/><\/a:xfrm>/
  const at = xml.indexOf('<a:xfrm', start)
  return at < 0 ? xml : xml.slice(0, at) + xml.slice(at).replace(frame, (_, attrs: string) =>
    `<a:xfrm${attrs}><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></a:xfrm>`)
}

/** pptxgenjs writes notes as one paragraph with newlines inside it; PowerPoint wants one `<a:p>` per line. */
export function splitNotesParagraphs(xml: string): string {
  return xml.replace(/<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*\n[^<]*)<\/a:t><\/a:r>/g, (_, rPr: string, body: string) => {
    const lines = body.split(/\r?\n/)
    return lines.map((line, i) => `<a:p><a:r>${rPr}<a:t>${line}</a:t></a:r>${i < lines.length - 1 ? '</a:p>' : ''}`).join('')
  })
}

function replaceSvgFallbacks(files: Record<string, Uint8Array>, slide: number, xml: string, fallbacks: Record<string, Uint8Array>): void {
  const names = Object.keys(fallbacks)
  if (names.length === 0) return
  const relsPath = `ppt/slides/_rels/slide${slide}.xml.rels`
  const rels = strFromU8(files[relsPath])
  for (const pic of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
    const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(pic[0])?.[1]
    const rId = /<a:blip r:embed="(rId\d+)"/.exec(pic[0])?.[1]
    if (!name || !rId || !fallbacks[name]) continue
    const target = new RegExp(`Id="${rId}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="\\.\\./media/([^"]+)"[^>]*Id="${rId}"`).exec(rels)?.[1]
    if (target) files[`ppt/media/${target}`] = fallbacks[name]
  }
}

/** The theme part with the deck's colours and fonts: Noto for Latin, Japanese and Devanagari text. */
function themeWithLook(xml: string, look: PptxLook): string {
  const colours: Record<string, string> = { dk1: look.text, lt1: look.background, dk2: look.heading, lt2: look.rule, accent1: look.accent, accent2: look.accent2, hlink: look.link }
  let out = xml
  for (const [slot, hex] of Object.entries(colours)) out = out.replace(new RegExp(`<a:${slot}>[\\s\\S]*?</a:${slot}>`), `<a:${slot}><a:srgbClr val="${hex}"/></a:${slot}>`)
  return out
    .replace(/<a:ea typeface="[^"]*"\/>/g, `<a:ea typeface="${SCRIPT_FONTS.ea}"/>`)
    .replace(/<a:cs typeface="[^"]*"\/>/g, `<a:cs typeface="${SCRIPT_FONTS.cs}"/>`)
    .replace(/<a:font script="Jpan" typeface="[^"]*"\/>/g, `<a:font script="Jpan" typeface="${SCRIPT_FONTS.ea}"/>`)
    .replace(/<a:font script="Deva" typeface="[^"]*"\/>/g, `<a:font script="Deva" typeface="${SCRIPT_FONTS.cs}"/>`)
}
