import type { BriefdeckApi } from '../../core/api/contract'
import { openViewWindow } from '../shared/open-view-window'
import { h } from '../shared/dom'
import { loadOrExplain } from '../shared/load-or-explain'
import { codemirrorSetup, cursorLine, goToLine, replaceText } from './codemirror-setup'
import { ConflictBanner } from './conflict-banner'
import { EditorBar } from './editor-bar'
import { EditorTheme } from './editor-theme'
import { imageDrop } from './image-drop'
import { PreviewPane } from './preview-pane'
import { ProblemsPanel } from './problems-panel'
import { RecoveryBanner } from './recovery-banner'
import { SaveController } from './save-controller'
import type { SaveSession } from './save-session'
import { UnsavedGuard } from './unsaved-guard'

/**
 * The editor: Markdown source beside a live preview of the deck, with its problems below. This only
 * wires the parts together; each part is its own module.
 */
export async function editorView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void> {
  const loaded = await loadOrExplain(root, () => api.invoke('deck.read', { path }))
  if (!loaded) return () => {}
  document.title = `${path} — Briefdeck`

  // Callbacks may name parts made further down (`saves`, `source`): none of them runs before those exist.
  const shell = h('div', { class: 'bd-editor' })
  const theme = new EditorTheme(shell)
  const bar = new EditorBar(path, { save: () => void saves.save(), present: () => void openViewWindow(api, 'presenter', path) }, theme.button)
  const conflict = new ConflictBanner(path, { keepMine: () => void saves.keepMine(), takeTheirs: () => saves.takeTheirs() })
  const recovery = new RecoveryBanner(api, path)
  const problems = new ProblemsPanel((line) => goToLine(source, line))
  const sourceBox = h('div', { class: 'bd-source' })
  const previewBox = h('div', { class: 'bd-preview-deck' })
  shell.append(bar.element, conflict.element, recovery.element,
    h('div', { class: 'bd-editor-main' }, sourceBox, h('div', { class: 'bd-preview-pane' }, previewBox, problems.element)))
  root.replaceChildren(shell)

  const show = (session: SaveSession): void => {
    bar.show(session)
    conflict.show(session)
    // A save deletes the recovery file: its offer is stale once the author has saved.
    if (session.state === 'saved') recovery.dismiss()
  }
  const saves = new SaveController(api, path, loaded, { replaceText: (text) => replaceText(source, text), show })
  show(saves.session)
  const guard = new UnsavedGuard(api, path, () => saves.session)
  const preview = await PreviewPane.open(previewBox, api, path, loaded.text, {
    text: () => source.state.doc.toString(),
    cursorLine: () => cursorLine(source),
    goToLine: (line) => goToLine(source, line),
    compiled: (snapshot) => problems.show(snapshot),
    failed: (message) => bar.tell(message),
  })
  const source = codemirrorSetup(sourceBox, loaded.text, {
    save: () => void saves.save(),
    changed: (text) => {
      bar.tell('')
      saves.edited(text)
      guard.edited()
      preview.schedule()
    },
    moved: () => preview.followCursor(),
  }, [theme.extension, imageDrop(api, path, (message) => bar.tell(message))])
  theme.bind(source)

  await recovery.offer(loaded.text, (text) => replaceText(source, text))
  const stops = [
    api.on('deck.changed', (changed) => {
      if (changed.path === path) void saves.diskChanged()
    }),
    api.on('app.command', (command) => {
      if (command.command === 'save') void saves.save()
    }),
  ]
  source.focus()
  return () => {
    for (const stop of stops) stop()
    guard.dispose()
    problems.destroy()
    preview.destroy()
    source.destroy()
  }
}
