import type { PresentationSession } from '../shared/presentation-session'
import { bindKey } from '../shared/keys'
import type { RevealApi } from '../shared/reveal-deck'
import type { JumpPalette } from './jump-palette'
import type { jumpHistory } from './jump-history'
import type { overviewGrid } from './overview-grid'
import type { presenterControls } from './presenter-controls'

interface KeyParts {
  session: PresentationSession
  grid: ReturnType<typeof overviewGrid>
  palette: JumpPalette
  history: ReturnType<typeof jumpHistory>
  controls: ReturnType<typeof presenterControls>
}

/**
 * The presenter's own keys (the README's table; reveal.js's `?` overlay lists them too): O the
 * overview grid, Esc closes it (and never opens reveal.js's strip), Z freeze or show, T the timer,
 * G or Ctrl+K the jump palette, Backspace back to where you were before the last jump, F full
 * screen. B, . and W are the room keys. While the grid or the palette is open, keys are theirs.
 */
export function presenterKeys(deck: RevealApi, parts: KeyParts): () => void {
  const { session, grid, palette, history } = parts
  bindKey(deck, 'grid', () => grid.toggle())
  // Our binding replaces reveal.js's Esc, so it closes reveal's own overlays (the `?` list) too.
  bindKey(deck, 'close', () => {
    if (document.querySelector('.r-overlay.bd-key-help')) deck.toggleHelp(false)
    else grid.close()
  })
  bindKey(deck, 'freeze', () => session.change({ type: 'freeze', frozen: !session.state.frozen }))
  bindKey(deck, 'timer', () => session.change({ type: 'clock', action: session.state.clock.startedAt === null ? 'start' : 'pause' }))
  bindKey(deck, 'jump', () => palette.open())
  bindKey(deck, 'back', () => void history.back())
  // reveal.js's own F fills the screen with the slide pane it runs in; the presenter wants its window.
  bindKey(deck, 'fullScreen', () => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {}))
  // reveal.js does not see keys with a modifier.
  const onKey = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && !palette.isOpen) {
      event.preventDefault()
      event.stopImmediatePropagation()
      palette.open()
    }
  }
  document.addEventListener('keydown', onKey, true)
  return () => document.removeEventListener('keydown', onKey, true)
}
