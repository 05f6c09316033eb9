import { markdown } from '@codemirror/lang-markdown'
import { yamlFrontmatter } from '@codemirror/lang-yaml'
import { Compartment, EditorState, type Extension, RangeSet, StateField } from '@codemirror/state'
import { oneDark } from '@codemirror/theme-one-dark'
import { EditorView, GutterMarker, gutter, keymap } from '@codemirror/view'
import { basicSetup } from 'codemirror'
import type { BriefdeckApi, DeckSnapshot } from '../../core/api/contract'
import { BriefdeckError } from '../../core/errors'
import { renderSections } from '../../core/html/render-deck'
import { openViewWindow } from '../present/present-view'
import { applyDeckCss } from '../shared/deck-css'
import { h } from '../shared/dom'
import { loadOrExplain } from '../shared/load-or-explain'
import { type RevealApi, mountDeck, positionOf } from '../shared/reveal-deck'
import { patchPreview } from './incremental-preview'
import { measureOverflow } from './measure-overflow'
import { type LineMark, markLines, slideAtLine } from './source-map'

const THEME_KEY = 'briefdeck.editorTheme'
/** Typing pauses this long before the preview compiles; compiles never overlap. */
const PREVIEW_DELAY_MS = 25
const RECOVERY_DELAY_MS = 800

class LineMarker extends GutterMarker {
  constructor(readonly kind: LineMark) {
    super()
  }
  override eq(other: GutterMarker): boolean {
    return other instanceof LineMarker && other.kind === this.kind
  }
  override toDOM(): Node {
    const titles: Record<LineMark, string> = { horizontal: 'Next slide', vertical: 'Vertical slide', notes: 'Speaker notes start' }
    return h('span', { class: `bd-mark bd-mark-${this.kind}`, title: titles[this.kind] }, this.kind === 'notes' ? '✎' : this.kind === 'vertical' ? '↓' : '→')
  }
}
const MARKERS: Record<LineMark, LineMarker> = { horizontal: new LineMarker('horizontal'), vertical: new LineMarker('vertical'), notes: new LineMarker('notes') }

/** Slide separators and `Note:` lines, marked in their own gutter as the compiler reads them. */
function slideGutter(): Extension {
  const build = (state: EditorState) => RangeSet.of([...markLines(state.doc.toString())]
    .filter(([line]) => line >= 1 && line <= state.doc.lines)
    .sort(([a], [b]) => a - b)
    .map(([line, kind]) => MARKERS[kind].range(state.doc.line(line).from)))
  const field = StateField.define({ create: build, update: (value, tr) => (tr.docChanged ? build(tr.state) : value) })
  return [field, gutter({ class: 'bd-slide-gutter', markers: (view) => view.state.field(field) })]
}

/**
 * The editor: Markdown source beside a live preview of the deck. The preview compiles off the
 * typing path and re-renders only changed slides; it follows the cursor, and clicking a slide moves
 * the cursor to its source. Saves are atomic and never overwrite a newer file on disk; unsaved text
 * is kept in a recovery file until it is saved.
 */
export async function editorView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void> {
  const loaded = await loadOrExplain(root, () => api.invoke('deck.read', { path }))
  if (!loaded) return () => {}
  document.title = `${path} — Briefdeck`
  let version: string = loaded.version
  let savedText = loaded.text
  let snapshot: DeckSnapshot = withSections(await api.invoke('deck.preview', { path, text: loaded.text, knownCssHash: null }))
  applyDeckCss(snapshot.css)

  const dirtyMark = h('span', { class: 'bd-dirty', title: 'Unsaved changes', hidden: true }, '●')
  const status = h('span', { class: 'bd-save-status', role: 'status' })
  const banner = h('div', { class: 'bd-notice', hidden: true, role: 'alert' })
  const source = h('div', { class: 'bd-source' })
  const previewBox = h('div', { class: 'bd-preview-deck' })
  const lintList = h('ul', { class: 'bd-lint-list' })
  const lintCount = h('span', { class: 'bd-lint-count' })
  const themeButton = h('button', { type: 'button', onclick: () => setTheme(dark ? 'light' : 'dark') }, 'Dark')
  root.replaceChildren(h('div', { class: 'bd-editor' },
    h('header', { class: 'bd-bar' },
      h('a', { href: '#/', class: 'bd-back' }, '← Library'),
      h('span', { class: 'bd-file' }, path), dirtyMark, status,
      h('span', { class: 'bd-spacer' }),
      h('button', { type: 'button', onclick: () => void save() }, 'Save'),
      h('button', { type: 'button', onclick: () => void openViewWindow(api, 'presenter', path) }, 'Present'),
      themeButton),
    banner,
    h('div', { class: 'bd-editor-main' },
      source,
      h('div', { class: 'bd-preview-pane' },
        previewBox,
        h('section', { class: 'bd-lint', 'aria-label': 'Problems' }, h('h2', {}, 'Problems ', lintCount), lintList)))))

  const theme = new Compartment()
  let dark = localStorage.getItem(THEME_KEY) === 'dark'
  const setTheme = (next: 'light' | 'dark'): void => {
    dark = next === 'dark'
    localStorage.setItem(THEME_KEY, next)
    view.dispatch({ effects: theme.reconfigure(dark ? oneDark : []) })
    root.querySelector('.bd-editor')?.setAttribute('data-theme', next)
    themeButton.textContent = dark ? 'Light' : 'Dark'
  }

  const isDirty = (): boolean => view.state.doc.toString() !== savedText
  const showDirty = (): void => {
    dirtyMark.hidden = !isDirty()
  }

  let previewTimer: ReturnType<typeof setTimeout> | undefined
  let recoveryTimer: ReturnType<typeof setTimeout> | undefined
  const view = new EditorView({
    parent: source,
    state: EditorState.create({
      doc: loaded.text,
      extensions: [
        keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (void save(), true) }]),
        basicSetup,
        // YAML front matter highlighted as YAML, the rest as Markdown.
        yamlFrontmatter({ content: markdown() }),
        EditorView.lineWrapping,
        slideGutter(),
        theme.of(dark ? oneDark : []),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            showDirty()
            clearTimeout(previewTimer)
            previewTimer = setTimeout(() => void refreshPreview(), PREVIEW_DELAY_MS)
            clearTimeout(recoveryTimer)
            recoveryTimer = setTimeout(() => void keepForRecovery(), RECOVERY_DELAY_MS)
          }
          if (update.selectionSet || update.docChanged) followCursor()
        }),
        EditorView.domEventHandlers({
          paste: (event, editor) => insertImages([...(event.clipboardData?.files ?? [])], editor.state.selection.main.head, event),
          drop: (event, editor) => insertImages([...(event.dataTransfer?.files ?? [])], editor.posAtCoords({ x: event.clientX, y: event.clientY }) ?? editor.state.selection.main.head, event),
        }),
      ],
    }),
  })
  setTheme(dark ? 'dark' : 'light')

  const preview: RevealApi = await mountDeck(previewBox, snapshot, { embedded: true, keyboard: false, controls: true })

  /** Compiles the current text; a newer edit made meanwhile compiles right after, never in parallel. */
  let compiling = false
  let again = false
  const refreshPreview = async (): Promise<void> => {
    if (compiling) {
      again = true
      return
    }
    compiling = true
    try {
      const next = withSections(await api.invoke('deck.preview', { path, text: view.state.doc.toString(), knownCssHash: snapshot.cssHash }))
      if (next.css === '') next.css = snapshot.css
      else applyDeckCss(next.css)
      patchPreview(preview, snapshot, next)
      snapshot = next
      followCursor()
      showProblems()
    } catch (error) {
      status.textContent = (error as Error).message
    } finally {
      compiling = false
      if (again) {
        again = false
        void refreshPreview()
      }
    }
  }

  const followCursor = (): void => {
    const line = view.state.doc.lineAt(view.state.selection.main.head).number
    const slide = slideAtLine(snapshot.slides, line)
    if (!slide) return
    const at = positionOf(preview)
    if (at.h !== slide.h || at.v !== slide.v) preview.slide(slide.h, slide.v)
  }

  const goToLine = (line: number): void => {
    const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines))
    view.dispatch({ selection: { anchor: target.from }, effects: EditorView.scrollIntoView(target.from, { y: 'center' }) })
    view.focus()
  }
  previewBox.addEventListener('click', (event) => {
    const section = (event.target as HTMLElement).closest<HTMLElement>('section[data-bd-lines]')
    const start = Number(section?.dataset.bdLines?.split('-')[0])
    if (start > 0) goToLine(start)
  })

  let overflowTimer: ReturnType<typeof setTimeout> | undefined
  let overflowing: number[] = []
  const showProblems = (): void => {
    const findings: Array<{ line: number; message: string; severity: string }> = [
      ...snapshot.diagnostics.map((d) => ({ line: d.line, message: d.message, severity: d.severity })),
      ...snapshot.slides.filter((s) => s.notesHtml === '').map((s) => ({ line: s.startLine, message: `slide ${s.index + 1} has no speaker notes`, severity: 'info' })),
      ...overflowing.map((i) => snapshot.slides[i]).filter(Boolean).map((s) => ({ line: s.startLine, message: `slide ${s.index + 1} is taller than the slide: its content overflows`, severity: 'warning' })),
    ].sort((a, b) => a.line - b.line)
    lintCount.textContent = String(findings.length)
    lintList.replaceChildren(...findings.map((f) => h('li', { class: `bd-lint-${f.severity}` },
      h('button', { type: 'button', onclick: () => goToLine(f.line) }, `Line ${f.line}: ${f.message}`))))
    clearTimeout(overflowTimer)
    overflowTimer = setTimeout(() => {
      const measured = measureOverflow(snapshot.slides, snapshot.css)
      if (measured.join() !== overflowing.join()) {
        overflowing = measured
        showProblems()
      }
    }, 300)
  }
  showProblems()

  /** Saves with the version this editor loaded: a file changed on disk since is never overwritten. */
  let saving: Promise<void> | null = null
  const save = async (baseVersion = version): Promise<void> => {
    if (saving) return saving
    const text = view.state.doc.toString()
    saving = (async () => {
      try {
        status.textContent = 'Saving…'
        const result = await api.invoke('deck.save', { path, text, baseVersion })
        version = result.version
        savedText = text
        status.textContent = 'Saved'
        banner.hidden = true
      } catch (error) {
        if (error instanceof BriefdeckError && error.code === 'E_CONFLICT') await showConflict()
        else status.textContent = `Not saved: ${(error as Error).message}`
      } finally {
        saving = null
        showDirty()
      }
    })()
    return saving
  }

  const replaceText = (text: string): void => {
    const head = Math.min(view.state.selection.main.head, text.length)
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: head } })
  }

  /** The file changed on disk while there are unsaved edits: show both and let the author choose. */
  const showConflict = async (): Promise<void> => {
    const theirs = await api.invoke('deck.read', { path })
    banner.hidden = false
    banner.className = 'bd-notice bd-conflict'
    banner.replaceChildren(
      h('p', {}, `${path} was changed on disk by another program while you have unsaved edits. Nothing has been overwritten.`),
      h('div', { class: 'bd-versions' },
        h('div', {}, h('h3', {}, 'Yours (unsaved)'), h('pre', { class: 'bd-mine' }, view.state.doc.toString())),
        h('div', {}, h('h3', {}, 'On disk'), h('pre', { class: 'bd-theirs' }, theirs.text))),
      h('button', { type: 'button', onclick: () => void save(theirs.version) }, 'Keep mine (save over the disk version)'),
      h('button', { type: 'button', onclick: () => {
        version = theirs.version
        savedText = theirs.text
        replaceText(theirs.text)
        banner.hidden = true
        showDirty()
      } }, 'Take theirs (discard my edits)'))
  }

  const keepForRecovery = async (): Promise<void> => {
    await api.invoke('recovery.put', { path, text: isDirty() ? view.state.doc.toString() : null }).catch(() => {})
  }

  const insertImages = (files: File[], at: number, event: Event): boolean => {
    const images = files.filter((file) => file.type.startsWith('image/'))
    if (images.length === 0) return false
    event.preventDefault()
    void (async () => {
      for (const file of images) {
        const extension = file.type.split('/')[1]?.replace('jpeg', 'jpg').replace('svg+xml', 'svg') ?? 'png'
        const name = /\.[a-z0-9]+$/i.test(file.name) ? file.name : `pasted-${Date.now()}.${extension}`
        const base64 = await toBase64(file)
        try {
          const added = await api.invoke('asset.add', { deck: path, name, base64 })
          const alt = name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ')
          view.dispatch({ changes: { from: at, insert: `![${alt}](${added.path})` } })
        } catch (error) {
          status.textContent = `Image not added: ${(error as Error).message}`
        }
      }
    })()
    return true
  }

  // Unsaved text kept from a crash or a killed app is offered back.
  const recovered = await api.invoke('recovery.get', { path }).catch(() => null)
  if (recovered && recovered.text !== loaded.text) {
    banner.hidden = false
    banner.className = 'bd-notice bd-recovery'
    banner.replaceChildren(
      h('p', {}, `Unsaved changes from ${new Date(recovered.savedAt).toLocaleString()} were kept when Briefdeck last closed.`),
      h('button', { type: 'button', onclick: () => {
        replaceText(recovered.text)
        banner.hidden = true
      } }, 'Restore them'),
      h('button', { type: 'button', onclick: () => {
        void api.invoke('recovery.put', { path, text: null })
        banner.hidden = true
      } }, 'Discard them'))
  }

  const stops = [
    api.on('deck.changed', (changed) => {
      if (changed.path !== path || changed.version === version) return
      if (!isDirty()) {
        // Clean: take the new file silently.
        void api.invoke('deck.read', { path }).then((fresh) => {
          if (isDirty()) return
          version = fresh.version
          savedText = fresh.text
          replaceText(fresh.text)
          showDirty()
        })
      } else {
        void showConflict()
      }
    }),
    api.on('app.command', (command) => {
      if (command.command === 'save') void save()
    }),
  ]
  const warn = (event: BeforeUnloadEvent): void => {
    if (isDirty()) event.preventDefault()
  }
  window.addEventListener('beforeunload', warn)
  view.focus()
  return () => {
    clearTimeout(previewTimer)
    clearTimeout(recoveryTimer)
    clearTimeout(overflowTimer)
    window.removeEventListener('beforeunload', warn)
    for (const stop of stops) stop()
    view.destroy()
    preview.destroy()
  }
}

/** Previews come without their sections HTML; it is rebuilt here from the slides. */
function withSections(snapshot: DeckSnapshot): DeckSnapshot {
  return snapshot.sectionsHtml === '' ? { ...snapshot, sectionsHtml: renderSections(snapshot.slides) } : snapshot
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}
