import type { MeasuredSlide } from '../core/deck/overflow'
import { fitSection } from './fit-slide'

/**
 * Lays out a Briefdeck print document (export, and the page `build` measures) once fonts and images
 * are in: measures every slide (renderer/page/fit-slide.ts), shrinks those that ask for it, and, as
 * paper must never lose text, scales down whatever still overflows. Shrinks speaker notes that
 * overflow their box. Then writes the measurements to <html data-bd-measured> and sets
 * `data-bd-ready`, which printers wait for. Only the document's own frames and notes boxes are
 * touched: deck content inside a frame may use the same class names.
 */
async function layOutPrintDocument(): Promise<void> {
  const room = Number(document.body.getAttribute('data-bd-slide-height'))
  const own = (element: Element): boolean => element.parentElement?.closest('.bd-frame') === null
  await document.fonts?.ready
  const measured: MeasuredSlide[] = []
  for (const frame of document.querySelectorAll<HTMLElement>('.bd-frame')) {
    const section = frame.querySelector<HTMLElement>('.slides > section')
    if (!own(frame) || !section) continue
    const fit = fitSection(section, room)
    if (!fit.fits) section.style.transform = `scale(${(room / section.offsetHeight).toFixed(4)})`
    const index = Number(frame.getAttribute('data-bd-slide'))
    if (Number.isInteger(index)) measured.push({ scope: frame.getAttribute('data-bd-scope') ?? '', index, ...fit })
  }
  for (const notes of document.querySelectorAll<HTMLElement>('.bd-notes')) if (own(notes)) fitNotes(notes)
  document.documentElement.setAttribute('data-bd-measured', JSON.stringify(measured))
  document.documentElement.setAttribute('data-bd-ready', '')
}

/** The largest size from 8 px to the box's own (at most 40 px) at which the notes fit: a few layouts, not one per step. */
function fitNotes(notes: HTMLElement): void {
  const fits = (): boolean => notes.scrollHeight <= notes.clientHeight + 1
  if (fits()) return
  let low = 8
  let high = Math.min(40, Number.parseFloat(getComputedStyle(notes).fontSize))
  for (let i = 0; i < 7 && high - low > 0.25; i++) {
    const middle = (low + high) / 2
    notes.style.fontSize = `${middle}px`
    if (fits()) low = middle
    else high = middle
  }
  notes.style.fontSize = `${low}px`
}

void layOutPrintDocument()
