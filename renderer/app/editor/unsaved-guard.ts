import type { BriefdeckApi } from '../../core/api/contract'
import { type SaveSession, hasUnsavedText } from './save-session'

/** Unsaved text reaches the recovery file this long after typing stops. */
const RECOVERY_DELAY_MS = 800

/**
 * Keeps unsaved text from being lost: the browser asks before leaving the page, and the text goes
 * to the recovery file shortly after each edit (or the file is removed once nothing is unsaved).
 */
export class UnsavedGuard {
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly warn = (event: BeforeUnloadEvent): void => {
    if (hasUnsavedText(this.session())) event.preventDefault()
  }

  constructor(private readonly api: BriefdeckApi, private readonly path: string, private readonly session: () => SaveSession) {
    window.addEventListener('beforeunload', this.warn)
  }

  edited(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.keep(), RECOVERY_DELAY_MS)
  }

  dispose(): void {
    clearTimeout(this.timer)
    window.removeEventListener('beforeunload', this.warn)
  }

  private async keep(): Promise<void> {
    const session = this.session()
    await this.api.invoke('recovery.put', { path: this.path, text: hasUnsavedText(session) ? session.text : null }).catch(() => {})
  }
}
