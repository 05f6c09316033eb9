import type { MessageBoxSyncOptions, WebContents } from 'electron'

/** Asked when a page's `beforeunload` cancels (the editor with unsaved text) and it is closing or leaving. */
export const LEAVE_PROMPT = {
  type: 'question',
  buttons: ['Leave', 'Stay'],
  // Enter and Esc keep the text: losing work must be the deliberate choice.
  defaultId: 1,
  cancelId: 1,
  title: 'Unsaved changes',
  message: 'This deck has changes that are not saved.',
  detail: 'Leave closes it without saving; the unsaved text is offered back the next time you open the deck. Stay lets you save first.',
  noLink: true,
} as const satisfies MessageBoxSyncOptions

/** Whether the answer to LEAVE_PROMPT lets the page go. */
export function shouldLeave(response: number): boolean {
  return response === LEAVE_PROMPT.buttons.indexOf('Leave')
}

/**
 * Electron shows nothing when `beforeunload` cancels: the window just stays open and the app does not
 * quit. `will-prevent-unload` is where to ask; preventing its default lets the unload go ahead.
 */
export function guardUnload(contents: Pick<WebContents, 'on'>, ask: () => number): void {
  contents.on('will-prevent-unload', (event) => {
    if (shouldLeave(ask())) event.preventDefault()
  })
}
