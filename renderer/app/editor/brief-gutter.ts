import { type EditorState, type Extension, RangeSet, StateField } from '@codemirror/state'
import { GutterMarker, gutter } from '@codemirror/view'
import { h } from '../shared/dom'

/** What a source line says to the briefing engine. */
export type BriefMark = 'marking' | 'audience' | 'backup'

const LOOKS: Record<BriefMark, { symbol: string; what: string }> = {
  marking: { symbol: '◆', what: 'Marking' },
  audience: { symbol: '◎', what: 'For an audience' },
  backup: { symbol: 'B', what: 'Backup slide' },
}

/** `data-marking="…"`, `data-audience="…"`, `data-backup` (in an attribute comment), or the `<!-- backup -->` line. */
const PATTERNS: Array<[BriefMark, RegExp]> = [
  ['marking', /<!--\s*\.(?:slide:|element:?)[^>]*\bdata-marking\s*=\s*["']([^"']*)["']/],
  ['audience', /<!--\s*\.(?:slide:|element:?)[^>]*\bdata-audience\s*=\s*["']([^"']*)["']/],
  ['backup', /<!--\s*\.slide:[^>]*\bdata-backup\b|^\s*<!--\s*backup\s*-->\s*$/i],
]

/** The lines (1-based) that mark, cut or set aside content, with what each says: markings, audiences, backup slides. */
export function briefLines(text: string): Array<{ line: number; mark: BriefMark; detail: string }> {
  const found: Array<{ line: number; mark: BriefMark; detail: string }> = []
  text.split('\n').forEach((content, i) => {
    if (!content.includes('<!--')) return
    for (const [mark, pattern] of PATTERNS) {
      const match = pattern.exec(content)
      if (match) found.push({ line: i + 1, mark, detail: match[1] ?? '' })
    }
  })
  return found
}

class BriefMarker extends GutterMarker {
  constructor(readonly marks: ReadonlyArray<{ mark: BriefMark; detail: string }>) {
    super()
  }
  override eq(other: GutterMarker): boolean {
    return other instanceof BriefMarker && JSON.stringify(other.marks) === JSON.stringify(this.marks)
  }
  override toDOM(): Node {
    const title = this.marks.map(({ mark, detail }) => `${LOOKS[mark].what}${detail ? `: ${detail}` : ''}`).join('\n')
    return h('span', { class: `bd-brief-mark ${this.marks.map(({ mark }) => `bd-brief-${mark}`).join(' ')}`, title }, this.marks.map(({ mark }) => LOOKS[mark].symbol).join(''))
  }
}

function markersOf(state: EditorState): RangeSet<GutterMarker> {
  const byLine = new Map<number, Array<{ mark: BriefMark; detail: string }>>()
  for (const { line, mark, detail } of briefLines(state.doc.toString())) byLine.set(line, [...(byLine.get(line) ?? []), { mark, detail }])
  return RangeSet.of([...byLine].map(([line, marks]) => new BriefMarker(marks).range(state.doc.line(line).from)))
}

const briefMarks = StateField.define<RangeSet<GutterMarker>>({
  create: markersOf,
  // Only lines holding `<!--` can mark anything: most keystrokes map the markers without a rescan.
  update: (value, tr) => {
    if (!tr.docChanged) return value
    let rescan = false
    tr.changes.iterChanges((fromA, toA, fromB, _toB, inserted) => {
      const before = tr.startState.doc.lineAt(fromA)
      rescan ||= inserted.lines > 1 || toA > before.to || before.text.includes('<!--') || tr.state.doc.lineAt(fromB).text.includes('<!--')
    })
    return rescan ? markersOf(tr.state) : value.map(tr.changes)
  },
})

/** The briefing engine's gutter: where the source marks a slide or block, tags it for an audience, or starts the backup slides. */
export function briefGutter(): Extension {
  return [briefMarks, gutter({ class: 'bd-brief-gutter', markers: (view) => view.state.field(briefMarks) })]
}
