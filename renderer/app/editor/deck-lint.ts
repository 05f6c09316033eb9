import { type Diagnostic, closeLintPanel, lintGutter, openLintPanel, setDiagnostics } from '@codemirror/lint'
import type { Extension, Text } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import type { DeckSnapshot } from '../../core/api/contract'
import { h } from '../shared/dom'
import { firstContentLine } from './codemirror-setup'
import type { MeasuredSlide } from '../../core/deck/overflow'
import { type LintFinding, lintFindings } from './lint-findings'
import { OverflowMeter } from './overflow-meter'

/** Overflow is measured in a real rendering: only once the preview has been still this long. */
const OVERFLOW_DELAY_MS = 300
/** Slides laid out per turn of the page when measuring: a long deck's first measurement is not one long freeze. */
const MEASURE_BATCH = 20

/** Who hears about the findings besides the editor: the bar's count, the outline's overflow badges. */
export interface LintListener {
  counted(count: number): void
  overflowed(indices: readonly number[]): void
}

/**
 * Diagnostics in place, with CodeMirror's lint: each compile's findings (lintFindings) become
 * squiggles on their lines, markers in the gutter, messages on hover, and CodeMirror's lint panel
 * lists them (Ctrl/Cmd+Shift+M, or the bar's Problems button); a click there goes to the line.
 */
export class DeckLint {
  private snapshot: DeckSnapshot | null = null
  private overflowing: readonly MeasuredSlide[] = []
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly meter = new OverflowMeter()

  constructor(private readonly view: () => EditorView, private readonly listener: LintListener) {}

  /** The editor extension: the gutter of markers (squiggles, hover and the panel come with any diagnostics). */
  static extension(): Extension {
    return lintGutter()
  }

  /** Shows a compile's findings now, and its overflowing slides after a pause. */
  show(snapshot: DeckSnapshot): void {
    this.snapshot = snapshot
    this.push()
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.measure(), OVERFLOW_DELAY_MS)
  }

  /** Opens the panel listing every finding, or closes it. */
  togglePanel(): void {
    const view = this.view()
    if (!(view.dom.querySelector('.cm-panel-lint') ? closeLintPanel(view) : openLintPanel(view))) return
    view.focus()
  }

  destroy(): void {
    clearTimeout(this.timer)
  }

  private measure(): void {
    if (!this.snapshot) return
    const measured = this.meter.measure(this.snapshot.slides, this.snapshot.css, this.snapshot.scope, MEASURE_BATCH)
    if (measured === null) {
      this.timer = setTimeout(() => this.measure(), 0)
      return
    }
    if (JSON.stringify(measured) === JSON.stringify(this.overflowing)) return
    this.overflowing = measured
    this.listener.overflowed(measured.map((fit) => fit.index))
    this.push()
  }

  private push(): void {
    if (!this.snapshot) return
    const view = this.view()
    const findings = lintFindings(this.snapshot, this.overflowing)
    view.dispatch(setDiagnostics(view.state, findings.map((finding) => toDiagnostic(view.state.doc, finding))))
    this.listener.counted(findings.length)
  }
}

/**
 * A finding on its line's text (from its first non-blank character), named with the line in the panel.
 * Findings about a whole slide name its first line, often blank: they go to the slide's first text.
 */
function toDiagnostic(doc: Text, finding: LintFinding): Diagnostic {
  const line = doc.line(firstContentLine(doc, finding.line))
  const from = line.from + (/^\s*/.exec(line.text)?.[0].length ?? 0)
  return {
    from, to: line.to, severity: finding.severity, message: finding.message,
    renderMessage: () => h('span', {}, h('span', { class: 'bd-diagnostic-line' }, `Line ${line.number}`), ` ${finding.message}`),
  }
}
