import type { BriefdeckApi } from '../../core/api/contract'
import { h } from '../shared/dom'

/** Offers back unsaved text kept from a crash or a killed app, once, until the author chooses. */
export class RecoveryBanner {
  readonly element = h('div', { class: 'bd-notice bd-recovery', role: 'alert', hidden: true })

  constructor(private readonly api: BriefdeckApi, private readonly path: string) {}

  /** Shows the offer if text different from the file's `loaded` text was kept; `restore` puts it back. */
  async offer(loaded: string, restore: (text: string) => void): Promise<void> {
    const recovered = await this.api.invoke('recovery.get', { path: this.path }).catch(() => null)
    if (!recovered || recovered.text === loaded) return
    this.element.replaceChildren(
      h('p', {}, `Unsaved changes from ${new Date(recovered.savedAt).toLocaleString()} were kept when Briefdeck last closed.`),
      h('button', { type: 'button', onclick: () => {
        restore(recovered.text)
        this.dismiss()
      } }, 'Restore them'),
      h('button', { type: 'button', onclick: () => {
        void this.api.invoke('recovery.put', { path: this.path, text: null })
        this.dismiss()
      } }, 'Discard them'))
    this.element.hidden = false
  }

  dismiss(): void {
    this.element.hidden = true
  }
}
