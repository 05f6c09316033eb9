import type { SlideView } from '../../core/api/contract'
import { splitBackground } from '../../core/slide/static-slide'
import { installFonts, scopedThemeCss } from './deck-css'

const FRAME_CSS = `
:host { display: block; position: relative; overflow: hidden; aspect-ratio: 16 / 9; background: var(--r-background-color, #fff) }
.frame { position: absolute; left: 0; top: 0; width: 1280px; height: 720px; transform-origin: 0 0 }
.bg { position: absolute; inset: 0 }
.reveal { position: absolute; inset: 0 }
.reveal .slides { position: absolute; inset: 0; text-align: center }
.reveal .slides > section { position: absolute; inset: 0; box-sizing: border-box; padding: 29px 51px; display: flex; flex-direction: column; justify-content: center }
.fragment { opacity: 1; visibility: visible }
aside.notes { display: none }
`

/**
 * A still picture of one slide, drawn from its HTML (no reveal.js instance), scaled to its box.
 * Its own shadow root keeps the deck's theme from styling anything else. Cheap enough for a
 * library of decks or a grid of hundreds of slides.
 */
export function slideThumbnail(slide: SlideView, css: string): HTMLElement {
  installFonts(css)
  const host = document.createElement('div')
  host.className = 'bd-thumbnail'
  host.dataset.bdIndex = String(slide.index)
  const root = host.attachShadow({ mode: 'open' })
  const { background, attributes, dark } = splitBackground(slide.attributes)
  const classes = ['present', dark === true ? 'has-dark-background' : dark === false ? 'has-light-background' : '', attributes.class ?? ''].join(' ')
  root.innerHTML = `<style>${scopedThemeCss(css)}${FRAME_CSS}</style><div class="frame"><div class="bg"></div>` +
    `<div class="reveal"><div class="slides"><section></section></div></div></div>`
  ;(root.querySelector('.bg') as HTMLElement).setAttribute('style', background)
  const section = root.querySelector('section') as HTMLElement
  section.className = classes.trim()
  // The slide HTML was sanitised by the deck compiler; it may format but never run script.
  section.innerHTML = slide.html
  const frame = root.querySelector('.frame') as HTMLElement
  new ResizeObserver(() => {
    frame.style.transform = `scale(${host.clientWidth / 1280})`
  }).observe(host)
  return host
}
