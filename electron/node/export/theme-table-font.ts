import { toPptxLook } from './pptx/pptx-look'

/**
 * The size of table text on a slide, in CSS pixels at the slide's 1280×720, as a theme sets it: its
 * main font size (the one reader of theme variables, pptx-look's) scaled by the `font-size` of its
 * last rule for `table` (em or %), or that rule's own px; the main size when the theme sets none.
 * Handouts use it to keep table text readable on paper (renderer/core/print/table-text.ts).
 */
export function themeTableFontPx(themeCss: string): number {
  const main = toPptxLook(themeCss).bodyPx
  let size = main
  for (const [, selectors, declarations] of themeCss.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    // `table`, also with pseudo-classes (`table:not(.hljs-ln)`: code line tables are not tables).
    if (!selectors.split(',').some((selector) => /(^|[\s>])table(:[\w-]+(\([^()]*\))?)*$/.test(selector.trim()))) continue
    const declared = /(?:^|;)\s*font-size\s*:\s*([\d.]+)(px|em|%)\s*(?:;|$)/.exec(declarations.trim())
    if (declared) size = declared[2] === 'px' ? Number(declared[1]) : (main * Number(declared[1])) / (declared[2] === '%' ? 100 : 1)
  }
  return size
}
