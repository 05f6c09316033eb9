/** Colours as PowerPoint writes them: six hex digits, no `#`. */
export type Hex = string

/** The deck's look in the terms a PowerPoint master needs, read from the theme's CSS. */
export interface PptxLook {
  background: Hex
  text: Hex
  heading: Hex
  link: Hex
  accent: Hex
  accent2: Hex
  muted: Hex
  rule: Hex
  /** The first family of each font stack: the bundled Noto families for the briefing theme. */
  bodyFont: string
  headingFont: string
  codeFont: string
  /** CSS pixels at the 1280×720 slide size, as the theme sets them. */
  bodyPx: number
  /** Heading sizes h1…h6 in CSS pixels. */
  headingPx: number[]
}

/** The briefing theme's values: any variable a theme leaves out keeps these. */
const DEFAULTS: PptxLook = {
  background: 'FBFAF6', text: '14171F', heading: '13235B', link: '0B4FB3', accent: 'C2410C', accent2: 'B4002A',
  muted: '3F4656', rule: 'D9D4C7', bodyFont: 'Noto Sans', headingFont: 'Noto Sans', codeFont: 'Noto Sans Mono',
  bodyPx: 34, headingPx: [71.4, 49.3, 39.1, 34, 30.6, 30.6],
}

/** The fonts PowerPoint is told to use for Japanese and Devanagari text, which the Latin family lacks. */
export const SCRIPT_FONTS = { ea: 'Noto Sans JP', cs: 'Noto Sans Devanagari' } as const

/**
 * Reads a theme's CSS custom properties (reveal.js's `--r-*`, Briefdeck's `--bd-*`) into a look. A
 * value that is not a plain colour or size (a `var()`, a gradient) keeps the briefing default.
 */
export function toPptxLook(themeCss: string): PptxLook {
  const vars = new Map<string, string>()
  for (const match of themeCss.matchAll(/--([\w-]+)\s*:\s*([^;}]+)[;}]/g)) if (!vars.has(match[1])) vars.set(match[1], match[2].trim())
  const color = (name: string, fallback: Hex): Hex => toHex(vars.get(name) ?? '') ?? fallback
  const font = (name: string, fallback: string): string => firstFamily(vars.get(name) ?? '') ?? fallback
  const bodyPx = pixels(vars.get('r-main-font-size') ?? '', DEFAULTS.bodyPx)
  const headingPx = [1, 2, 3, 4, 5, 6].map((level) => {
    const size = vars.get(`r-heading${level}-size`)
    return size === undefined ? DEFAULTS.headingPx[level - 1] * (bodyPx / DEFAULTS.bodyPx) : pixels(size, DEFAULTS.headingPx[level - 1], bodyPx)
  })
  return {
    background: color('r-background-color', DEFAULTS.background),
    text: color('r-main-color', DEFAULTS.text),
    heading: color('r-heading-color', DEFAULTS.heading),
    link: color('r-link-color', DEFAULTS.link),
    accent: color('bd-accent', color('r-link-color', DEFAULTS.accent)),
    accent2: color('bd-accent-2', color('r-link-color', DEFAULTS.accent2)),
    muted: color('bd-muted', DEFAULTS.muted),
    rule: color('bd-rule', DEFAULTS.rule),
    bodyFont: font('r-main-font', DEFAULTS.bodyFont),
    headingFont: font('r-heading-font', DEFAULTS.headingFont),
    codeFont: font('r-code-font', DEFAULTS.codeFont),
    bodyPx,
    headingPx,
  }
}

const NAMED: Record<string, Hex> = { white: 'FFFFFF', black: '000000', red: 'FF0000', green: '008000', blue: '0000FF', gray: '808080', grey: '808080', transparent: 'FFFFFF' }

/** A CSS colour (`#abc`, `#aabbcc`, `rgb()`, a few names) as hex, or null when it is something else. */
export function toHex(css: string): Hex | null {
  const value = css.trim().toLowerCase()
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(value)
  if (hex) return (hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1]).toUpperCase()
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(value)
  if (rgb) return [rgb[1], rgb[2], rgb[3]].map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0')).join('').toUpperCase()
  return NAMED[value] ?? null
}

function firstFamily(stack: string): string | null {
  const first = stack.split(',')[0]?.trim().replace(/^['"]|['"]$/g, '')
  return first && !first.startsWith('var(') ? first : null
}

/** `34px`, `1.45em` (of `em` pixels) or `2.5rem`, in pixels; anything else is the fallback. */
function pixels(css: string, fallback: number, em = 16): number {
  const match = /^([\d.]+)(px|em|rem)$/.exec(css.trim())
  if (!match) return fallback
  const n = Number(match[1])
  return match[2] === 'px' ? n : match[2] === 'em' ? n * em : n * 16
}
