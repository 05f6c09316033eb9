import { slideChrome, slideChromeHtml } from '../core/brief/slide-chrome'

/**
 * Shows the current slide's chrome (marking banners, draft stamp) in a reveal.js deck: one layer in
 * the deck's `.slides` box, so it scales and sits with the slide as printed frames draw it.
 */
export function showSlideChrome(slides: HTMLElement, section: Element | null): void {
  let layer = slides.querySelector<HTMLElement>(':scope > .bd-chrome-layer')
  if (!layer) {
    layer = document.createElement('div')
    layer.className = 'bd-chrome-layer'
    slides.append(layer)
  }
  const attributes = Object.fromEntries([...(section?.attributes ?? [])].map((a) => [a.name, a.value]))
  // Markup from slideChromeHtml: its text escaped, its colours from the marking scheme.
  layer.innerHTML = slideChromeHtml(slideChrome(attributes))
  clearBanner(slides)
}

/**
 * Lifts reveal.js's slide number and arrows above the bottom banner (they sit in the window's
 * corners, the banner along the slide's scaled bottom edge): `--bd-banner-clearance` on the deck.
 */
export function clearBanner(slides: HTMLElement): void {
  const deck = slides.closest<HTMLElement>('.reveal')
  const banner = slides.querySelector('.bd-chrome-layer .bd-marking-bottom')
  if (!deck) return
  const clearance = banner ? Math.max(0, deck.getBoundingClientRect().bottom - banner.getBoundingClientRect().top) : 0
  deck.style.setProperty('--bd-banner-clearance', `${Math.ceil(clearance)}px`)
}

/** A backup slide's number in reveal.js's slide number: B1, B2… (reveal.js counts only the talk's slides). */
export function showBackupNumber(revealElement: Element | null, section: Element | null): void {
  const label = section?.getAttribute('data-bd-backup')
  const number = revealElement?.querySelector<HTMLElement>('.slide-number')
  if (label && number) number.textContent = label
}
