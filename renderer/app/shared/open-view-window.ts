import type { BriefdeckApi } from '../../core/api/contract'

/**
 * Opens a view of a deck in its own window: the desktop app places it (presenter on the laptop,
 * audience on the projector); a browser opens a popup (see two-screens.ts for placing the
 * audience on another screen).
 */
export async function openViewWindow(api: BriefdeckApi, view: 'present' | 'presenter', path: string, features = 'popup,width=1280,height=800'): Promise<Window | null> {
  const { opened } = await api.invoke('window.open', { view, path }).catch(() => ({ opened: false }))
  if (opened) return null
  return window.open(`${location.pathname}#/${view}/${encodeURIComponent(path)}`, `bd-${view}-${path}`, features)
}
