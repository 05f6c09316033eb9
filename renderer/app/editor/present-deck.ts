/** The views Present opens: the audience's, and the presenter's. */
export type PresentView = 'present' | 'presenter'

/**
 * The editor's Present: the audience view, and the presenter view beside it when the device has two
 * screens (Chromium's `screen.isExtended`). In the desktop app both windows go where they belong
 * (the audience full screen on the projector); a browser may refuse a second popup from one click,
 * and then the audience view's S key opens the presenter view.
 */
export async function presentDeck(open: (view: PresentView) => Promise<void>, screens: { isExtended?: boolean }): Promise<void> {
  await open('present')
  if (screens.isExtended === true) await open('presenter')
}
