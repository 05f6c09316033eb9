import type { SlideView } from '../../core/api/contract'
import { scopedThemeCss } from '../shared/deck-css'

const HEIGHT = 720

/**
 * The slides whose content is taller than the slide, measured in a hidden, real rendering of each
 * slide at 1280×720 with the deck's theme (reveal.js scales slides, so this is the true test).
 */
export function measureOverflow(slides: readonly SlideView[], css: string): number[] {
  const host = document.createElement('div')
  host.style.cssText = 'position:absolute;left:-20000px;top:0;width:1280px;visibility:hidden;pointer-events:none'
  const root = host.attachShadow({ mode: 'open' })
  root.innerHTML = `<style>${scopedThemeCss(css)} .slides > section { display: block; position: relative; width: 1280px; box-sizing: border-box; } aside.notes { display: none }</style>` +
    `<div class="reveal"><div class="slides">${slides.map((s) => `<section class="present">${s.html}</section>`).join('')}</div></div>`
  document.body.append(host)
  try {
    const sections = [...root.querySelectorAll<HTMLElement>('.slides > section')]
    return sections.flatMap((section, i) => (section.scrollHeight > HEIGHT ? [slides[i].index] : []))
  } finally {
    host.remove()
  }
}
