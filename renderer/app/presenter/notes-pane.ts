import type { SlideView } from '../../core/api/contract'
import { h } from '../shared/dom'

const SIZE_KEY = 'briefdeck.notesSize'

/**
 * The speaker notes in large type, A− / A+ (the size is remembered), and a cue at the bottom when
 * they run on past the box, so nothing is missed at a glance.
 */
export function notesPane() {
  const text = h('div', { class: 'bd-notes-text' })
  const more = h('div', { class: 'bd-notes-more', 'aria-hidden': 'true' }, 'more below ↓')
  const element = h('article', { class: 'bd-notes', 'aria-label': 'Speaker notes' }, text, more)
  let size = Number(localStorage.getItem(SIZE_KEY) ?? 28)
  const cue = (): void => {
    const hidden = text.scrollHeight - text.scrollTop - text.clientHeight > 4
    element.classList.toggle('bd-notes-overflow', hidden)
  }
  const setSize = (next: number): void => {
    size = Math.min(80, Math.max(14, next))
    localStorage.setItem(SIZE_KEY, String(size))
    text.style.fontSize = `${size}px`
    cue()
  }
  setSize(size)
  text.addEventListener('scroll', cue)
  new ResizeObserver(cue).observe(text)
  return {
    element,
    smaller: () => setSize(size - 2),
    larger: () => setSize(size + 2),
    show(slide: SlideView | undefined): void {
      // Notes HTML was sanitised by the deck compiler.
      text.innerHTML = slide?.notesHtml || '<p class="bd-no-notes">No notes for this slide.</p>'
      text.scrollTop = 0
      cue()
    },
  }
}
