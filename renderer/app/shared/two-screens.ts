import type { BriefdeckApi } from '../../core/api/contract'
import { forgetFullScreenHint, leaveFullScreenHint } from './full-screen-hint'
import { openViewWindow } from './open-view-window'

/** What the Window Management API tells of a screen (Chromium; not yet in TypeScript's DOM types). */
interface ScreenDetailed {
  label: string
  availLeft: number
  availTop: number
  availWidth: number
  availHeight: number
}
interface ScreenDetails {
  screens: ScreenDetailed[]
  currentScreen: ScreenDetailed
}

/** The view window this page opened (the presenter from Present, or the audience), to swap roles with it later. */
let partner: Window | null = null

const bounds = (screen: ScreenDetailed): string =>
  `popup,left=${screen.availLeft},top=${screen.availTop},width=${screen.availWidth},height=${screen.availHeight}`

/**
 * PowerPoint's F5 on two screens, in a browser that offers the Window Management API (Chromium,
 * once the user allows "window management"): this window goes full screen on the other screen (the
 * projector) as the audience view, and the presenter view opens filling this screen. Both in the
 * one click, which the browser allows for a full-screen request and its companion window. Returns
 * false, having changed nothing, when there is one screen or no permission.
 */
export async function presentOnTwoScreens(api: BriefdeckApi, path: string): Promise<boolean> {
  const details = await screenDetails()
  const other = details?.screens.find((screen) => screen !== details.currentScreen)
  if (!details || !other) return false
  try {
    await document.documentElement.requestFullscreen({ screen: other } as FullscreenOptions)
  } catch {
    return false
  }
  partner = await openViewWindow(api, 'presenter', path, bounds(details.currentScreen))
  return true
}

/**
 * Opens the audience window from the presenter. The desktop app places it itself (full screen on the
 * projector). With the Window Management API it opens filling the other screen; otherwise a plain
 * window opens and the returned hint says how to move it. Must run from a click: the browser asks
 * for the permission only then.
 */
export async function openAudienceWindow(api: BriefdeckApi, path: string): Promise<string> {
  const details = await screenDetails()
  const other = details?.screens.find((screen) => screen !== details.currentScreen)
  // The popup takes a copy of this window's session storage as it opens: the hint goes with it.
  leaveFullScreenHint(PRESS_F)
  const opened = await openViewWindow(api, 'present', path, other ? bounds(other) : undefined)
  forgetFullScreenHint()
  if (opened === null) return ''
  partner = opened
  if (other) return `The audience window fills ${other.label}: press F in it for full screen.`
  return (screen as unknown as { isExtended?: boolean }).isExtended === false ? 'Only one screen is connected: connect the projector, then press Audience window again.'
    : 'Drag the audience window to the projector, then press F in it for full screen. (In Chrome or Edge, allow “Window management” for this page and Briefdeck places it for you.)'
}

/**
 * Swap: the audience view and the presenter view change windows, so each ends on the other's
 * screen, whichever way the windows were opened (the presenter from the audience, or the other way
 * round), as often as needed. Both views follow the shared presentation, so nothing of the talk is lost, and the pages
 * are not reloaded, so the window that was full screen stays so. This window, whose click it is,
 * goes full screen too when the audience was; otherwise its audience view says to press F. Without
 * a window to swap with, the hint says how to move them by hand.
 */
export function swapScreens(path: string): string {
  const audience = [partner, window.opener as Window | null].find((candidate) => showing(candidate, 'present', path)) ?? null
  if (!audience) return 'No audience window opened from here: drag the windows to swap them, then press F on the projector.'
  const hash = (view: string): string => `#/${view}/${encodeURIComponent(path)}`
  const wasFullScreen = audience.document.fullscreenElement !== null
  audience.location.hash = hash('presenter')
  if (!document.fullscreenElement) {
    leaveFullScreenHint(PRESS_F)
    if (wasFullScreen) void document.documentElement.requestFullscreen().catch(() => {})
  }
  location.hash = hash('present')
  return ''
}

const PRESS_F = 'Press F for full screen.'

/** Whether a window (this one's partner or opener) is ours, open, and shows `view` of this deck. */
function showing(other: Window | null, view: string, path: string): other is Window {
  try {
    return other !== null && !other.closed && other.location.origin === location.origin && other.location.hash === `#/${view}/${encodeURIComponent(path)}`
  } catch {
    return false
  }
}

/** The screens, when the browser offers them and the user allows it; null otherwise (never throws). */
async function screenDetails(): Promise<ScreenDetails | null> {
  const ask = (window as unknown as { getScreenDetails?: () => Promise<ScreenDetails> }).getScreenDetails
  if (typeof ask !== 'function' || (screen as unknown as { isExtended?: boolean }).isExtended !== true) return null
  try {
    return await ask.call(window)
  } catch {
    return null
  }
}
