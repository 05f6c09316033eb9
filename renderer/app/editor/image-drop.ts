import type { Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import type { BriefdeckApi } from '../../core/api/contract'

/** Where images go: the deck they belong to, and where to say that one could not be added. */
interface ImageTarget {
  api: BriefdeckApi
  deck: string
  failed(message: string): void
}

/**
 * Images pasted or dropped into the editor are copied into the deck's `assets/` folder (the workspace
 * checks their bytes) and linked where they landed, as `![name](assets/name.png)`.
 */
export function imageDrop(api: BriefdeckApi, deck: string, failed: (message: string) => void): Extension {
  const target: ImageTarget = { api, deck, failed }
  return EditorView.domEventHandlers({
    paste: (event, view) => insertImages(target, view, [...(event.clipboardData?.files ?? [])], view.state.selection.main.head, event),
    drop: (event, view) => insertImages(target, view, [...(event.dataTransfer?.files ?? [])],
      view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head, event),
  })
}

/** Takes the images among `files` (returning false leaves anything else to CodeMirror). */
function insertImages(target: ImageTarget, view: EditorView, files: File[], at: number, event: Event): boolean {
  const images = files.filter((file) => file.type.startsWith('image/'))
  if (images.length === 0) return false
  event.preventDefault()
  void (async () => {
    for (const file of images) {
      const name = /\.[a-z0-9]+$/i.test(file.name) ? file.name : `pasted-${Date.now()}.${extensionOf(file.type)}`
      try {
        const added = await target.api.invoke('asset.add', { deck: target.deck, name, base64: await toBase64(file) })
        const alt = name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ')
        view.dispatch({ changes: { from: at, insert: `![${alt}](${added.path})` } })
      } catch (error) {
        target.failed(`Image not added: ${(error as Error).message}`)
      }
    }
  })()
  return true
}

function extensionOf(mimeType: string): string {
  return mimeType.split('/')[1]?.replace('jpeg', 'jpg').replace('svg+xml', 'svg') ?? 'png'
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}
