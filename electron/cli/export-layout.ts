import { type PdfLayout } from '../../renderer/core/api/contract'
import { BriefdeckError } from '../../renderer/core/errors'
import { PER_PAGE, type PerPage, perPageLayout } from '../../renderer/core/print/page-geometry'

/** The layout options of `export`, as given: `--layout`, `--per-page` and `--no-notes`. */
export interface LayoutFlags {
  layout?: string
  perPage?: string
  noNotes: boolean
}

/** The layouts `--layout` names; `--per-page` and `--no-notes` choose among the slides-only handouts. */
export const LAYOUT_NAMES = ['slides', 'handout'] as const satisfies readonly PdfLayout[]

/**
 * The print layout the flags ask for. Nothing: slides. `--layout handout`: each slide over its notes;
 * with `--no-notes`, a slides-only handout of two a page. `--per-page 2|3|6`: that many slides a page
 * without notes (it implies `--layout handout`). Refused as usage errors: `--per-page` with `--layout
 * slides` (a slide page holds one slide) and a `--per-page` other than 2, 3 or 6. `--no-notes` with
 * slide pages changes nothing there (they never print notes): it strips notes from every output.
 */
export function toPrintLayout(flags: LayoutFlags): PdfLayout {
  const { layout, perPage, noNotes } = flags
  if (layout !== undefined && !(LAYOUT_NAMES as readonly string[]).includes(layout)) {
    throw new BriefdeckError('E_USAGE', `--layout must be one of ${LAYOUT_NAMES.join(', ')} (got \`${layout}\`); --per-page 2|3|6 and --no-notes choose a slides-only handout`)
  }
  const count = perPage === undefined ? undefined : Number(perPage)
  if (perPage !== undefined && !(PER_PAGE as readonly number[]).includes(count as number)) {
    throw new BriefdeckError('E_USAGE', `--per-page must be one of ${PER_PAGE.join(', ')} (got \`${perPage}\`)`)
  }
  if (layout === 'slides' && count !== undefined) {
    throw new BriefdeckError('E_USAGE', '--per-page is for handouts; a slide page holds one slide (drop --layout slides)')
  }
  // Without notes a handout is slides only; slide pages never print notes (--no-notes still strips them from a PowerPoint file).
  if (count !== undefined || (noNotes && layout === 'handout')) return perPageLayout((count ?? 2) as PerPage)
  return layout === 'handout' ? 'handout' : 'slides'
}
