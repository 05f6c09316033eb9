import { slideChrome, slideChromeHtml } from '../brief/slide-chrome'
import { escapeHtml } from '../html/escape-html'

/** A slide's width in CSS pixels, as reveal.js lays slides out (its `width` option). */
export const SLIDE_WIDTH = 1280
/** A slide's height in CSS pixels, as reveal.js lays slides out (its `height` option). */
export const SLIDE_HEIGHT = 720
/**
 * How much of the slide its content box takes: static-slide.css insets the slides box 4% a side
 * (scale 0.92), as printed pages always were. Print uses it to know what size slide text prints at.
 */
export const SLIDE_CONTENT_SCALE = 0.92

/** What drawing a still slide needs: a deck's Slide or the API's SlideView. */
export interface StaticSlideSource {
  html: string
  attributes: Record<string, string>
  /** Its place in its deck: the frame carries it, so a measurement names the slide. */
  index?: number
}

export interface StaticSlideOptions {
  /** Centre the content vertically, as reveal.js's `center` option (its default: true). */
  center: boolean
  /** The HTML to show instead of the slide's own (print passes it with fragments prepared). */
  html?: string
  /** The deck's scope class (Deck.scope): the frame is the root its own `<style>` applies under. */
  scope: string
}

/**
 * The markup of one slide drawn without reveal.js: a SLIDE_WIDTH × SLIDE_HEIGHT frame holding its
 * background and `.reveal .slides > section.present` with the slide's classes and attributes, so the
 * deck's theme styles it as a live slide. assets/styles/static-slide.css lays it out, and must come
 * before the theme's CSS, as reveal.css does. Print, thumbnails and overflow measurement share it.
 */
export function renderStaticSlide(slide: StaticSlideSource, options: StaticSlideOptions): string {
  const { background, attributes, dark } = splitBackground(slide.attributes)
  const shade = dark === null ? '' : dark ? 'has-dark-background' : 'has-light-background'
  const classes = ['present', shade, attributes.class ?? ''].filter(Boolean).join(' ')
  delete attributes.class
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')
  const size = `--bd-slide-w:${SLIDE_WIDTH}px;--bd-slide-h:${SLIDE_HEIGHT}px`
  const key = slide.index === undefined ? '' : ` data-bd-scope="${escapeHtml(options.scope)}" data-bd-slide="${slide.index}"`
  return `<div class="bd-frame ${escapeHtml(options.scope)}"${key} data-bd-center="${options.center}" style="${size}"><div class="bd-bg" style="${escapeHtml(background)}"></div>` +
    `<div class="reveal"><div class="slides"><section class="${escapeHtml(classes)}"${attrs}>${options.html ?? slide.html}</section>${slideChromeHtml(slideChrome(slide.attributes))}</div></div></div>`
}

/** Turns reveal.js background attributes into CSS for the frame, and says whether the background is dark. */
export function splitBackground(all: Record<string, string>): { background: string; attributes: Record<string, string>; dark: boolean | null } {
  const attributes = { ...all }
  const take = (name: string): string | undefined => {
    const value = attributes[name]
    delete attributes[name]
    return value
  }
  let color = take('data-background-color')
  let image = take('data-background-image')
  const plain = take('data-background')
  if (plain !== undefined) {
    if (/^(data:|[^\s#(]+\.[a-z0-9]{2,5}([?#]|$))/i.test(plain)) image ??= plain
    else color ??= plain
  }
  const gradient = take('data-background-gradient')
  const size = take('data-background-size') ?? 'cover'
  const position = take('data-background-position') ?? 'center'
  const repeat = take('data-background-repeat') ?? 'no-repeat'
  const opacity = take('data-background-opacity')
  for (const name of Object.keys(attributes)) if (name.startsWith('data-background')) delete attributes[name]
  const css: string[] = []
  if (color) css.push(`background-color:${cssValue(color)}`)
  const layers = [gradient ? cssValue(gradient) : '', image ? `url("${image.replace(/["\\\n]/g, '')}")` : ''].filter(Boolean)
  if (layers.length > 0) css.push(`background-image:${layers.join(',')}`, `background-size:${cssValue(size)}`, `background-position:${cssValue(position)}`, `background-repeat:${cssValue(repeat)}`)
  if (opacity) css.push(`opacity:${Number.parseFloat(opacity) || 1}`)
  return { background: css.join(';'), attributes, dark: color ? isDark(color) : null }
}

/** CSS values from a deck are single values: no `;`, braces or comments that could add rules. */
function cssValue(value: string): string {
  return value.replace(/[;{}<>]|\/\*|\*\//g, '')
}

/** Whether a CSS colour is dark, as reveal.js decides it to switch text to light; null when unknown. */
export function isDark(color: string): boolean | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())
  let rgb: number[] | null = null
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1]
    rgb = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16))
  } else {
    const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim())
    if (fn) rgb = [fn[1], fn[2], fn[3]].map(Number)
  }
  if (!rgb) return null
  const [r, g, b] = rgb
  return (r * 299 + g * 587 + b * 114) / 1000 < 128
}
