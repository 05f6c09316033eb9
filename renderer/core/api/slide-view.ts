import type { Slide } from '../deck/deck'
import type { SlideView } from './contract'

/** What the UI receives of a compiled slide: the server's snapshots and the editor's worker alike. */
export function toSlideView(slide: Slide): SlideView {
  const { index, h, v, title, html, notesHtml, attributes, startLine, endLine, backup } = slide
  return { index, h, v, title, html, notesHtml, attributes, startLine, endLine, backup }
}
