import staticSlideFrameCss from '../../../assets/styles/static-slide.css' with { type: 'text' }

const FONT_FACE = /@font-face\s*\{[^}]*\}/g
const installedFonts = new Set<string>()

/**
 * Installs a deck's @font-face rules in the document, once each. They must live there: Chromium
 * does not load fonts declared inside shadow roots, where thumbnails keep their themes apart.
 */
export function installFonts(css: string): void {
  const fresh = (css.match(FONT_FACE) ?? []).filter((rule) => !installedFonts.has(rule))
  if (fresh.length === 0) return
  for (const rule of fresh) installedFonts.add(rule)
  const style = document.createElement('style')
  style.dataset.bdFonts = ''
  style.textContent = fresh.join('\n')
  document.head.append(style)
}

/** The deck's CSS without its fonts, for a shadow root: `:root` variables apply to the host there. */
export function scopedThemeCss(css: string): string {
  return css.replace(FONT_FACE, '').replace(/:root\b/g, ':host')
}

/**
 * The CSS of a shadow root holding static slides (renderer/core/slide/static-slide.ts): the frame's
 * rules first, then the deck's theme, which overrides them as it overrides reveal.css on a live slide.
 */
export function staticSlideCss(css: string): string {
  return `${staticSlideFrameCss}\n${scopedThemeCss(css)}`
}

/** Sets the one presented deck's CSS on the page, replacing the previous deck's. */
export function applyDeckCss(css: string): void {
  installFonts(css)
  let style = document.getElementById('bd-deck-css') as HTMLStyleElement | null
  if (!style) {
    style = document.createElement('style')
    style.id = 'bd-deck-css'
    document.head.append(style)
  }
  const rest = css.replace(FONT_FACE, '')
  if (style.textContent !== rest) style.textContent = rest
}
