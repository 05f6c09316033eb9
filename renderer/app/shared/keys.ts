import { h } from './dom'
import { KEYS, type KeyCommand, type KeyRow, type KeyView, keysOf } from './key-table'
import type { RevealApi } from './reveal-deck'

/** Binds a command of the key table to its key codes on a deck, with the table's words. */
export function bindKey(deck: RevealApi, command: KeyCommand, run: () => void): void {
  const row: KeyRow = KEYS[command]
  for (const keyCode of row.codes ?? []) deck.addKeyBinding({ keyCode, key: row.keys, description: row.action }, run)
}

/**
 * reveal.js's `?` overlay, with the key table in place of reveal's own list (which names keys we
 * rebind: B pauses, G opens its number box) and in the app's style, readable whatever the deck's
 * theme does to tables. The presenter's copy leaves the small slide pane and covers the window.
 */
export function keyHelp(deck: RevealApi, view: KeyView): () => void {
  const show = (): void => {
    const overlay = deck.getRevealElement()?.querySelector<HTMLElement>('.r-overlay-help')
    const content = overlay?.querySelector('.r-overlay-help-content')
    if (!overlay || !content) return
    overlay.classList.add('bd-key-help')
    content.replaceChildren(h('p', { class: 'title' }, view === 'presenter' ? 'Presenter keys' : 'Keys'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Keys'), h('th', {}, 'Action'))),
        h('tbody', {}, ...keysOf(view).map((row) => h('tr', {}, h('td', {}, row.keys), h('td', {}, row.action))))))
    if (view === 'presenter') document.body.append(overlay)
  }
  deck.on('showhelp', show)
  return () => deck.off('showhelp', show)
}

/**
 * Typing a slide number and Enter jumps there, as in PowerPoint and Keynote. Numbers count slides
 * in reading order, vertical ones included, from 1. `go` makes the jump (the presenter's remembers
 * where it came from, for Backspace).
 */
export function jumpOnNumber(deck: RevealApi, go: (h: number, v: number) => void = (h, v) => deck.slide(h, v)): () => void {
  let typed = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  const onKey = (event: KeyboardEvent): void => {
    if (isTyping() || event.ctrlKey || event.metaKey || event.altKey) return
    if (/^[0-9]$/.test(event.key)) {
      typed += event.key
      clearTimeout(timer)
      timer = setTimeout(() => (typed = ''), 2500)
      event.stopImmediatePropagation()
    } else if (event.key === 'Enter' && typed !== '') {
      const target = deck.getSlides()[Number(typed) - 1]
      typed = ''
      if (target) {
        const { h, v } = deck.getIndices(target)
        go(h, v ?? 0)
      }
      event.preventDefault()
      event.stopImmediatePropagation()
    }
  }
  document.addEventListener('keydown', onKey, true)
  return () => document.removeEventListener('keydown', onKey, true)
}

/** Whether the user is typing in a field, where keys are text and not commands. */
export function isTyping(): boolean {
  const active = document.activeElement
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || (active as HTMLElement | null)?.isContentEditable === true
}
