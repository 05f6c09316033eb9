import type { EditorView } from '@codemirror/view'
import type { BriefdeckApi, DeckSnapshot } from '../../core/api/contract'
import { openViewWindow } from '../shared/open-view-window'
import { h } from '../shared/dom'
import { loadOrExplain } from '../shared/load-or-explain'
import { applyText, codemirrorSetup, cursorLine, goToLine, goToSlide, replaceText } from './codemirror-setup'
import { ConflictBanner } from './conflict-banner'
import { ConflictMerge } from './conflict-merge'
import { deckCompletions } from './deck-completions'
import { DeckLint } from './deck-lint'
import { EditorBar } from './editor-bar'
import { EditorTheme } from './editor-theme'
import { imageDrop } from './image-drop'
import { LiveCompile } from './live-compile'
import { presentDeck } from './present-deck'
import { PreviewPane } from './preview-pane'
import { RecoveryBanner } from './recovery-banner'
import { moveSlide } from './reorder-slides'
import { SaveController } from './save-controller'
import type { SaveSession } from './save-session'
import { SlideOutline } from './slide-outline'
import { SplitResizer } from './split-resizer'
import { ThumbnailStrip } from './thumbnail-strip'
import { UnsavedGuard } from './unsaved-guard'

/** The parts of the editor's page that exist before the source editor does. */
interface Shell {
  bar: EditorBar
  conflict: ConflictBanner
  recovery: RecoveryBanner
  outline: SlideOutline
  strip: ThumbnailStrip
  sourceBox: HTMLElement
  previewBox: HTMLElement
}

/**
 * The editor: the slide outline, the Markdown source, and a live preview of the deck with its
 * thumbnail strip, split by a handle. This only wires the parts together; each is its own module.
 * Callbacks may name parts made further down (`source`, `saves`, …): none runs before those exist.
 */
export async function editorView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void> {
  const loaded = await loadOrExplain(root, () => api.invoke('deck.read', { path }))
  if (!loaded) return () => {}
  document.title = `${path} — Briefdeck`
  const editor = h('div', { class: 'bd-editor' })
  const theme = new EditorTheme(editor)
  const lint = new DeckLint(() => source, { counted: (n) => shell.bar.count(n), overflowed: (indices) => shell.outline.overflowed(indices) })
  const merge = new ConflictMerge((chunks) => shell.conflict.count(chunks))
  const save = (): void => {
    // In a conflict, a save writes only the merge once every difference is resolved (Keep mine writes all of it).
    if (saves.session.state === 'conflict' && !merge.resolved) shell.bar.tell('Resolve each difference first, or choose Keep mine or Take theirs.')
    void (merge.resolved ? saves.keepMine() : saves.save())
  }
  const shell = buildShell(editor, api, path, theme, {
    save,
    // `isExtended` (Window Management) is newer than the DOM types.
    present: () => void presentDeck(async (view) => void (await openViewWindow(api, view, path)), window.screen as { isExtended?: boolean }),
    problems: () => lint.togglePanel(),
    goToSlide: (line) => goToSlide(source, line),
    move: (from, to) => {
      const moved = moveSlide(source.state.doc.toString(), from, to)
      applyText(source, moved.text, moved.line)
    },
    keepMine: () => void saves.keepMine(),
    takeTheirs: () => saves.takeTheirs(),
  })
  root.replaceChildren(editor)

  let latest = loaded.text
  const { live, first } = await LiveCompile.start(api, path, () => latest, { compiled: (snapshot) => showCompiled(snapshot), failed: (message) => shell.bar.tell(message) }, loaded.brief)
  const preview = await PreviewPane.open(shell.previewBox, first, (line) => goToLine(source, line))
  const source: EditorView = codemirrorSetup(shell.sourceBox, loaded.text, {
    save,
    changed: (text) => {
      latest = text
      // The compile first: it runs in the worker while the rest happens here.
      live.schedule()
      shell.bar.tell('')
      saves.edited(text)
      guard.edited()
    },
    moved: () => preview.showLine(cursorLine(source)),
  }, [theme.extension, DeckLint.extension(), deckCompletions(), merge.extension, imageDrop(api, path, (message) => shell.bar.tell(message))])
  theme.bind(source)

  const showSession = (session: SaveSession): void => {
    shell.bar.show(session)
    shell.conflict.show(session)
    merge.show(source, session)
    // A save deletes the recovery file: its offer is stale once the author has saved.
    if (session.state === 'saved') shell.recovery.dismiss()
  }
  const saves = new SaveController(api, path, loaded, { replaceText: (text) => replaceText(source, text), show: showSession })
  showSession(saves.session)
  const guard = new UnsavedGuard(api, path, () => saves.session)
  const showCompiled = followCompiles(preview, shell, lint, () => cursorLine(source))
  showCompiled(first)
  preview.onMove(() => {
    shell.outline.current(preview.current)
    shell.strip.current(preview.current)
  })

  await shell.recovery.offer(loaded.text, (text) => replaceText(source, text))
  const stops = listen(api, path, { save, diskChanged: () => void saves.diskChanged(), folderChanged: () => void live.recheckAssets() })
  source.focus()
  return () => {
    for (const stop of stops) stop()
    live.stop()
    guard.dispose()
    lint.destroy()
    shell.strip.destroy()
    preview.destroy()
    source.destroy()
  }
}

/** What the editor hears besides its own controls. */
interface Heard {
  save(): void
  /** The deck changed on disk. */
  diskChanged(): void
  /** Something in the folder changed: maybe an image the deck shows. */
  folderChanged(): void
}

/** Ctrl/Cmd+S anywhere on the page (the source editor handles its own), the menu's Save, changes on disk. */
function listen(api: BriefdeckApi, path: string, heard: Heard): Array<() => void> {
  const saveKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return
    event.preventDefault()
    heard.save()
  }
  document.addEventListener('keydown', saveKey)
  return [
    () => document.removeEventListener('keydown', saveKey),
    api.on('deck.changed', (changed) => {
      if (changed.path === path) heard.diskChanged()
    }),
    api.on('library.changed', () => heard.folderChanged()),
    api.on('app.command', (command) => {
      if (command.command === 'save') heard.save()
    }),
  ]
}

/** What the shell's controls do. */
interface ShellActions {
  save(): void
  present(): void
  problems(): void
  /** Goes to the slide starting at a 1-based line. */
  goToSlide(line: number): void
  move(from: number, to: number): void
  keepMine(): void
  takeTheirs(): void
}

/** Lays out the bar, the notices, and the outline | source | split | preview (with its strip) grid. */
function buildShell(editor: HTMLElement, api: BriefdeckApi, path: string, theme: EditorTheme, actions: ShellActions): Shell {
  const outline = new SlideOutline({ goTo: (slide) => actions.goToSlide(slide.startLine), move: actions.move })
  const bar: EditorBar = new EditorBar(path, {
    save: actions.save, present: actions.present, problems: actions.problems,
    outline: () => {
      outline.toggle()
      bar.outlineButton.setAttribute('aria-pressed', String(outline.shown))
    },
  }, theme.button)
  bar.outlineButton.setAttribute('aria-pressed', String(outline.shown))
  const conflict = new ConflictBanner(path, { keepMine: actions.keepMine, takeTheirs: actions.takeTheirs, saveMerge: actions.save })
  const strip = new ThumbnailStrip((slide) => actions.goToSlide(slide.startLine))
  const sourceBox = h('div', { class: 'bd-source' })
  const previewBox = h('div', { class: 'bd-preview-deck' })
  const previewPane = h('div', { class: 'bd-preview-pane' }, h('div', { class: 'bd-preview-stage' }, previewBox), strip.element)
  const main = h('div', { class: 'bd-editor-main' }, outline.element, sourceBox)
  const split = new SplitResizer(main, sourceBox, previewPane)
  main.append(split.handle, previewPane)
  const recovery = new RecoveryBanner(api, path)
  editor.append(bar.element, conflict.element, recovery.element, main)
  return { bar, conflict, recovery, outline, strip, sourceBox, previewBox }
}

/**
 * What each compile changes: the preview at once (the keystroke-to-paint path), then, once the page
 * is idle, the diagnostics, the outline and the strip. Compiles that come faster than frames are drawn
 * once, the latest.
 */
function followCompiles(preview: PreviewPane, shell: Shell, lint: DeckLint, cursor: () => number): (snapshot: DeckSnapshot) => void {
  let waiting: DeckSnapshot | null = null
  const rest = (): void => {
    const snapshot = waiting
    waiting = null
    if (!snapshot) return
    lint.show(snapshot)
    shell.outline.show(snapshot.slides)
    shell.strip.show({ slides: snapshot.slides, css: snapshot.css, scope: snapshot.scope, center: snapshot.config.center !== false })
    shell.outline.current(preview.current)
    shell.strip.current(preview.current)
  }
  return (snapshot) => {
    preview.show(snapshot)
    preview.showLine(cursor())
    // When the page is idle: a long deck's outline and lint must not hold up the next frame or key.
    if (waiting === null) requestIdleCallback(rest, { timeout: 250 })
    waiting = snapshot
  }
}
