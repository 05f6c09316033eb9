import type PptxGenJS from 'pptxgenjs'
import type { Box } from './place-blocks'
import type { PptxLook } from './pptx-look'

/** The slide layouts every exported slide uses, named as PowerPoint names its own. */
export const LAYOUTS = {
  title: 'Title Slide',
  content: 'Title and Content',
} as const
export type LayoutName = (typeof LAYOUTS)[keyof typeof LAYOUTS]

/**
 * The placeholders' shape names. pptxgenjs gives a slide's placeholder the name its layout's has,
 * and post-processing finds shapes by name (to animate or move them).
 */
export const SHAPE_NAMES = { title: 'bd-title', body: 'bd-body' } as const

/** Where each layout puts its title, its content, and its accent, in CSS pixels on the 1280×720 slide. */
export const GEOMETRY: Record<LayoutName, { title: Box; content: Box; rules: Array<Box & { color: 'accent' | 'accent2' }> }> = {
  [LAYOUTS.content]: {
    title: { x: 51, y: 12, w: 1178, h: 116 },
    content: { x: 51, y: 152, w: 1178, h: 530 },
    // The theme's h2 underline.
    rules: [{ x: 51, y: 132, w: 1178, h: 4, color: 'accent' }],
  },
  [LAYOUTS.title]: {
    title: { x: 51, y: 150, w: 1178, h: 210 },
    content: { x: 51, y: 410, w: 1178, h: 272 },
    // The title slide's two-colour band under the heading.
    rules: [{ x: 51, y: 376, w: 120, h: 10, color: 'accent' }, { x: 171, y: 376, w: 120, h: 10, color: 'accent2' }],
  },
}

/** Points for CSS pixels (PowerPoint sizes type in points: 0.75 pt to the pixel). */
export const toPoints = (px: number): number => Math.round(px * 0.75 * 10) / 10
/** Inches for CSS pixels, as pptxgenjs places shapes. */
export const toInches = (px: number): number => px / 96

/** The title's size on each layout: the theme's h2 on content slides, its title-slide h1 (2.3 em) on title slides. */
export function titlePx(layout: LayoutName, look: PptxLook): number {
  return layout === LAYOUTS.title ? look.bodyPx * 2.3 : look.headingPx[1]
}

/**
 * Defines the deck's slide layouts on the master: the theme's background, fonts and colours, a
 * title and a content placeholder on each, so a slide added in PowerPoint looks like the rest. Placeholders name no
 * font of their own: they take the theme's, which names the Japanese and Devanagari families too.
 */
export function defineSlideMasters(pptx: PptxGenJS, look: PptxLook): void {
  pptx.layout = 'LAYOUT_WIDE'
  pptx.theme = { headFontFace: look.headingFont, bodyFontFace: look.bodyFont }
  for (const name of Object.values(LAYOUTS)) {
    const geometry = GEOMETRY[name]
    const inches = (box: Box) => ({ x: toInches(box.x), y: toInches(box.y), w: toInches(box.w), h: toInches(box.h) })
    // pptxgenjs names a slide's placeholder after its layout's `objectName`, which its types leave out.
    const title: PptxGenJS.PlaceholderProps = Object.assign({
      name: 'title', type: 'title' as const, ...inches(geometry.title), fontSize: toPoints(titlePx(name, look)),
      bold: true, color: look.heading, align: 'left' as const, valign: name === LAYOUTS.title ? 'bottom' as const : 'middle' as const, margin: 0,
    }, { objectName: SHAPE_NAMES.title })
    const body: PptxGenJS.PlaceholderProps = Object.assign({
      name: 'body', type: 'body' as const, ...inches(geometry.content), valign: 'top' as const,
      fontSize: toPoints(name === LAYOUTS.title ? look.bodyPx * 0.85 : look.bodyPx), color: name === LAYOUTS.title ? look.muted : look.text,
    }, { objectName: SHAPE_NAMES.body })
    pptx.defineSlideMaster({
      title: name,
      background: { color: look.background },
      objects: [
        ...geometry.rules.map((rule) => ({ rect: { ...inches(rule), fill: { color: look[rule.color] }, line: { type: 'none' as const } } })),
        { placeholder: { options: title, text: 'Click to add title' } },
        { placeholder: { options: body, text: 'Click to add text' } },
      ],
      slideNumber: { x: toInches(1180), y: toInches(688), w: toInches(80), h: toInches(24), fontFace: look.bodyFont, fontSize: 10, color: look.muted, align: 'right' },
    })
  }
}
