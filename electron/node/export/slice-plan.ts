import type { PrintPlan } from '../../../renderer/core/print/print-document'

/** One slice of a print document: a run of its pages, printed on its own and joined with the others. */
export interface PrintSlice {
  /** Its pages, 0-based, `to` excluded. */
  from: number
  to: number
  html: string
  /** Named destinations this slice's document only stands in for (they are in another slice). */
  stubs: Set<string>
}

/**
 * How many pages a slice holds at most, unless BRIEFDECK_SLICE_PAGES says otherwise (0: never
 * slice). A slice costs a document load (its styles and fonts) and its own font subsets on top of
 * its pages: on the 2-core machine, 60 pages in two slices took 1.5 times as long as in one, and
 * 1,000 pages in slices of 75 took 0.76 times as long as in slices of 40, and in slices of 100
 * half as long as in one piece. At 75, a 60-slide deck or the sample book prints whole, 300 slides in four slices,
 * 1,000 in fourteen: enough for every core of a laptop.
 */
export const SLICE_PAGES = 75

/**
 * The slice size of a warm export (a running server or app, which keeps printed slices): an edit
 * reprints the slice it is in, so smaller slices reprint less. A one-slide edit to a 60-slide deck,
 * the browser running, took 0.25 s in slices of 20 against 0.52 s in one piece (2 cores, medians of 7).
 */
export const WARM_SLICE_PAGES = 20

/**
 * The slice size in effect: BRIEFDECK_SLICE_PAGES (a whole number; 0 never slices), else
 * WARM_SLICE_PAGES for an export that keeps its slices for the next, else SLICE_PAGES.
 */
export function slicePages(env: NodeJS.ProcessEnv = process.env, warm = false): number {
  const value = env.BRIEFDECK_SLICE_PAGES
  if (value !== undefined && /^\d+$/.test(value)) return Number(value)
  return warm ? WARM_SLICE_PAGES : SLICE_PAGES
}

/**
 * Cuts a print document into slices of at most `size` pages, as even as can be. The cut depends on
 * the document alone, never on the machine: the same input makes the same PDF everywhere.
 *
 * A link to an element in another slice would print as no link (the browser links only to
 * elements it has): the slice gets an empty stand-in with that id, which makes the link, and its
 * stand-in destination is dropped at the join; the slice that has the element gets an empty link
 * to it, so that it writes the element's destination.
 */
export function planSlices(plan: Pick<PrintPlan, 'pages' | 'documentOf'>, size: number): PrintSlice[] {
  const count = size <= 0 ? 1 : Math.max(1, Math.ceil(plan.pages.length / size))
  const bounds = Array.from({ length: count + 1 }, (_, i) => Math.round((i * plan.pages.length) / count))
  const slices = bounds.slice(0, -1).map((from, i) => {
    const pages = plan.pages.slice(from, bounds[i + 1])
    const html = pages.join('\n')
    return { from, to: bounds[i + 1], pages, ids: new Set(matches(html, ID)), links: new Set(matches(html, LINK)) }
  })
  if (slices.length === 1) return [{ from: 0, to: plan.pages.length, html: plan.documentOf(plan.pages), stubs: new Set() }]
  const everywhere = new Set(slices.flatMap((slice) => [...slice.ids]))
  return slices.map((slice, k) => {
    const standIns = [...slice.links].filter((id) => !slice.ids.has(id) && everywhere.has(id))
    const wanted = [...slice.ids].filter((id) => !slice.links.has(id) && slices.some((other, j) => j !== k && other.links.has(id)))
    const extra = [...standIns.map((id) => `<a id="${id}"></a>`), ...wanted.map((id) => `<a href="#${id}" tabindex="-1"></a>`)]
    // A span, not a div: the last page is the last div (`.bd-page:last-of-type` ends the print without a break).
    const pages = extra.length === 0 ? slice.pages : [...slice.pages, `<span class="bd-slice-links" aria-hidden="true" style="position:absolute;left:0;top:0;width:0;height:0;overflow:hidden">${extra.join('')}</span>`]
    return { from: slice.from, to: slice.to, html: plan.documentOf(pages), stubs: new Set(standIns.map(unescapeAttribute)) }
  })
}

const ID = /\sid="([^"]+)"/g
const LINK = /<a\s[^>]*?href="#([^"]+)"/g

/** An attribute value as the browser reads it (the PDF names destinations so). */
function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, entity: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[entity] as string)
}

/** The attribute values a pattern finds, as written (escaped alike on both sides). */
function matches(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1])
}
