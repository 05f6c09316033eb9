import type { DeckSnapshot } from '../../core/api/contract'
import type { MeasuredSlide } from '../../core/deck/overflow'
import { h } from '../shared/dom'
import { lintFindings } from './lint-findings'
import { measureOverflow } from './measure-overflow'

/** Overflow is measured in a real rendering: only once the preview has been still this long. */
const OVERFLOW_DELAY_MS = 300

/** The Problems panel under the preview: each finding with its line; a click goes there. */
export class ProblemsPanel {
  readonly element: HTMLElement
  private readonly list = h('ul', { class: 'bd-lint-list' })
  private readonly count = h('span', { class: 'bd-lint-count' })
  private snapshot: DeckSnapshot | null = null
  private overflowing: MeasuredSlide[] = []
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly goToLine: (line: number) => void) {
    this.element = h('section', { class: 'bd-lint', 'aria-label': 'Problems' }, h('h2', {}, 'Problems ', this.count), this.list)
  }

  /** Lists a new compile's findings now, and its overflowing slides after a pause. */
  show(snapshot: DeckSnapshot): void {
    this.snapshot = snapshot
    this.render()
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.measure(), OVERFLOW_DELAY_MS)
  }

  destroy(): void {
    clearTimeout(this.timer)
  }

  private measure(): void {
    if (!this.snapshot) return
    const measured = measureOverflow(this.snapshot.slides, this.snapshot.css, this.snapshot.scope)
    if (JSON.stringify(measured) === JSON.stringify(this.overflowing)) return
    this.overflowing = measured
    this.render()
  }

  private render(): void {
    const findings = this.snapshot ? lintFindings(this.snapshot, this.overflowing) : []
    this.count.textContent = String(findings.length)
    this.list.replaceChildren(...findings.map((f) => h('li', { class: `bd-lint-${f.severity}` },
      h('button', { type: 'button', onclick: () => this.goToLine(f.line) }, `Line ${f.line}: ${f.message}`))))
  }
}
