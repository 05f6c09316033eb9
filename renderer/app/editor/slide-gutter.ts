import { type EditorState, type Extension, RangeSet, StateField } from '@codemirror/state'
import { GutterMarker, gutter } from '@codemirror/view'
import { h } from '../shared/dom'
import { type LineMark, markLines } from './source-map'

const LOOKS: Record<LineMark, { symbol: string; title: string }> = {
  horizontal: { symbol: '→', title: 'Next slide' },
  vertical: { symbol: '↓', title: 'Vertical slide' },
  notes: { symbol: '✎', title: 'Speaker notes start' },
}

class LineMarker extends GutterMarker {
  constructor(readonly kind: LineMark) {
    super()
  }
  override eq(other: GutterMarker): boolean {
    return other instanceof LineMarker && other.kind === this.kind
  }
  override toDOM(): Node {
    return h('span', { class: `bd-mark bd-mark-${this.kind}`, title: LOOKS[this.kind].title }, LOOKS[this.kind].symbol)
  }
}

const MARKERS: Record<LineMark, LineMarker> = { horizontal: new LineMarker('horizontal'), vertical: new LineMarker('vertical'), notes: new LineMarker('notes') }

function markersOf(state: EditorState): RangeSet<GutterMarker> {
  return RangeSet.of([...markLines(state.doc.toString())]
    .filter(([line]) => line >= 1 && line <= state.doc.lines)
    .sort(([a], [b]) => a - b)
    .map(([line, kind]) => MARKERS[kind].range(state.doc.line(line).from)))
}

/** Slide separators and `Note:` lines, marked in their own gutter as the compiler reads them. */
export function slideGutter(): Extension {
  const field = StateField.define({ create: markersOf, update: (value, tr) => (tr.docChanged ? markersOf(tr.state) : value) })
  return [field, gutter({ class: 'bd-slide-gutter', markers: (view) => view.state.field(field) })]
}
