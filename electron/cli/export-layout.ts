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
 * The print layout the flags ask for. Nothing: slides. `--layout handout`: each slide over its notes.
 * `--per-page 2|3|6`: that many slides a page without notes. `--no-notes`: a slides-only handout, two
 * a page unless `--per-page` says how many. Both imply `--layout handout`. Refused as usage errors:
 * either with `--layout slides` (slide pages have no notes and one slide each), and a `--per-page`
 * other than 2, 3 or 6.
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
  if (layout === 'slides' && (count !== undefined || noNotes)) {
    throw new BriefdeckError('E_USAGE', `${count !== undefined ? '--per-page' : '--no-notes'} is for handouts; slide pages hold one slide and no notes (drop --layout slides)`)
  }
  if (count !== undefined || noNotes) return perPageLayout((count ?? 2) as PerPage)
  return layout === 'handout' ? 'handout' : 'slides'
}
