import { type EditorState, type Extension, RangeSet, StateField, type Transaction } from '@codemirror/state'
import { GutterMarker, gutter } from '@codemirror/view'
import { h } from '../shared/dom'
import { type LineMark, type SourceSplit, isStructuralLine, markSplit } from './source-map'

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

/** The gutter's markers, and the split they come from (to tell whether an edit can move them). */
interface Marked {
  markers: RangeSet<GutterMarker>
  split: SourceSplit
}

function markersOf(state: EditorState): Marked {
  const { marks, split } = markSplit(state.doc.toString())
  const markers = RangeSet.of([...marks]
    .filter(([line]) => line >= 1 && line <= state.doc.lines)
    .sort(([a], [b]) => a - b)
    .map(([line, kind]) => MARKERS[kind].range(state.doc.line(line).from)))
  return { markers, split }
}

/**
 * Whether an edit may move a slide boundary: one that adds or removes lines, touches the front
 * matter, or makes or unmakes a separator, notes or fence line. Typing inside any other line only
 * shifts the markers, which is far cheaper than splitting a long deck again on every key.
 */
function mayResplit(tr: Transaction, split: SourceSplit): boolean {
  let may = false
  tr.changes.iterChanges((fromA, toA, fromB, _toB, inserted) => {
    if (may) return
    const before = tr.startState.doc.lineAt(fromA)
    const after = tr.state.doc.lineAt(fromB)
    may = inserted.lines > 1 || toA > before.to || before.number < split.bodyLine ||
      isStructuralLine(before.text, split.separators) || isStructuralLine(after.text, split.separators)
  })
  return may
}

/** The marked lines of the source, kept up to date edit by edit (see mayResplit). */
export const slideMarks = StateField.define<Marked>({
  create: markersOf,
  update: (value, tr) => {
    if (!tr.docChanged) return value
    return mayResplit(tr, value.split) ? markersOf(tr.state) : { ...value, markers: value.markers.map(tr.changes) }
  },
})

/** The 1-based lines slideMarks marks, and how (for tests and the curious). */
export function markedLines(state: EditorState): Array<[number, LineMark]> {
  const lines: Array<[number, LineMark]> = []
  for (let at = state.field(slideMarks).markers.iter(); at.value; at.next()) lines.push([state.doc.lineAt(at.from).number, (at.value as LineMarker).kind])
  return lines
}

/** Slide separators and `Note:` lines, marked in their own gutter as the compiler reads them. */
export function slideGutter(): Extension {
  return [slideMarks, gutter({ class: 'bd-slide-gutter', markers: (view) => view.state.field(slideMarks).markers })]
}
