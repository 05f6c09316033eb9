import { h } from '../shared/dom'

const SPLIT_KEY = 'briefdeck.editorSplit'
/** The source's share of the width it shares with the preview, by default: the preview gets the room. */
const DEFAULT_SHARE = 0.42
const MIN_SHARE = 0.2
const MAX_SHARE = 0.8
/** One arrow key press moves the split this much. */
const KEY_STEP = 0.03

/**
 * The handle between the source and the preview: drag it (or focus it and use ← →, Home for the
 * default) to share the width between them. The share is remembered. It sets two CSS variables on
 * `container`, `--bd-source-fr` and `--bd-preview-fr`, which its grid columns use.
 */
export class SplitResizer {
  readonly handle: HTMLElement
  private share: number

  constructor(private readonly container: HTMLElement, private readonly source: HTMLElement, private readonly preview: HTMLElement) {
    const stored = Number(localStorage.getItem(SPLIT_KEY))
    this.share = stored >= MIN_SHARE && stored <= MAX_SHARE ? stored : DEFAULT_SHARE
    this.handle = h('div', {
      class: 'bd-split', role: 'separator', tabindex: '0', 'aria-orientation': 'vertical', 'aria-label': 'Resize the source and the preview',
      'aria-valuemin': String(MIN_SHARE * 100), 'aria-valuemax': String(MAX_SHARE * 100),
    })
    this.handle.addEventListener('pointerdown', (event) => this.drag(event))
    this.handle.addEventListener('keydown', (event) => this.key(event))
    this.handle.addEventListener('dblclick', () => this.set(DEFAULT_SHARE, true))
    this.set(this.share, false)
  }

  private drag(start: PointerEvent): void {
    start.preventDefault()
    this.handle.setPointerCapture(start.pointerId)
    const left = this.source.getBoundingClientRect().left
    const width = this.preview.getBoundingClientRect().right - left
    const move = (event: PointerEvent): void => this.set((event.clientX - left) / width, false)
    const end = (): void => {
      this.handle.removeEventListener('pointermove', move)
      this.handle.removeEventListener('pointerup', end)
      this.handle.removeEventListener('pointercancel', end)
      this.set(this.share, true)
    }
    this.handle.addEventListener('pointermove', move)
    this.handle.addEventListener('pointerup', end)
    this.handle.addEventListener('pointercancel', end)
  }

  private key(event: KeyboardEvent): void {
    const next = { ArrowLeft: this.share - KEY_STEP, ArrowRight: this.share + KEY_STEP, Home: DEFAULT_SHARE }[event.key]
    if (next === undefined) return
    event.preventDefault()
    this.set(next, true)
  }

  private set(share: number, remember: boolean): void {
    this.share = Math.min(MAX_SHARE, Math.max(MIN_SHARE, share))
    const percent = Math.round(this.share * 1000) / 10
    this.container.style.setProperty('--bd-source-fr', `${percent}fr`)
    this.container.style.setProperty('--bd-preview-fr', `${100 - percent}fr`)
    this.handle.setAttribute('aria-valuenow', String(percent))
    if (remember) localStorage.setItem(SPLIT_KEY, String(this.share))
  }
}
