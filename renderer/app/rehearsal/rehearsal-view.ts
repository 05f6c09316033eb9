import type { BriefdeckApi } from '../../core/api/contract'
import { BriefdeckError } from '../../core/errors'
import { slideBudgets } from '../../core/present/pacing'
import { rehearsalRows } from '../../core/present/rehearsal'
import { rehearsalReportHtml } from '../../core/present/rehearsal-report'
import { h } from '../shared/dom'
import { loadOrExplain } from '../shared/load-or-explain'

/**
 * The rehearsal report of a deck: each slide's planned time against its last rehearsal and the
 * average of the kept ones, as a chart and a table, with the notes-length check; and its PDF.
 */
export async function rehearsalView(root: HTMLElement, api: BriefdeckApi, path: string): Promise<() => void> {
  const loaded = await loadOrExplain(root, async () => [await api.invoke('deck.open', { path }), await api.invoke('rehearsal.list', { path })] as const)
  if (!loaded) return () => {}
  const [deck, runs] = loaded
  document.title = `Rehearsals — ${deck.title}`
  const reader = new DOMParser()
  const notes = (html: string): string => reader.parseFromString(html, 'text/html').body.textContent ?? ''
  const rows = rehearsalRows(deck.slides.map((s) => ({ index: s.index, title: s.title, notes: notes(s.notesHtml) })), slideBudgets(deck.slides, deck.meta.duration), runs)
  const report = h('div', { class: 'bd-report' })
  // Built from escaped text by rehearsalReportHtml (core): no deck HTML goes into it.
  report.innerHTML = rehearsalReportHtml(deck.title, rows, runs.length)
  const status = h('p', { class: 'bd-status', role: 'status' })
  const exportPdf = async (): Promise<void> => {
    status.textContent = 'Exporting the report…'
    try {
      const result = await api.invoke('rehearsal.export', { path })
      status.replaceChildren(result.location.startsWith('/exports/') ? h('a', { href: result.location, download: '' }, 'Download the report (PDF)') : `Saved to ${result.location}`)
    } catch (error) {
      status.textContent = error instanceof BriefdeckError && error.code === 'E_CANCELLED' ? '' : (error as Error).message
    }
  }
  root.replaceChildren(h('header', { class: 'bd-bar' }, h('a', { href: '#/' }, 'Library'), h('h1', {}, 'Rehearsals'), h('span', { class: 'bd-spacer' }),
    h('button', { type: 'button', onclick: () => void exportPdf() }, 'Export PDF')), status, report)
  return () => {}
}
