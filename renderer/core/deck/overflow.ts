import type { Deck, Diagnostic, Slide } from './deck'

/** One slide as a page measured it (renderer/page/fit-slide.ts): its deck's scope, its index, its fit. */
export interface MeasuredSlide {
  scope: string
  index: number
  /** Content height / the slide's height: above 1 it overflows. */
  ratio: number
  /** The scale `fit: shrink` drew it at (1: as written). */
  scale: number
  fits: boolean
}

/**
 * The overflow warnings for what a page measured (its `data-bd-measured` JSON), one per slide that
 * does not fit, at the slide's first written line, saying what the audience loses and the cure. A slide
 * printed more than once (fragment steps, handouts) is judged by its fullest drawing.
 */
export function overflowDiagnostics(decks: readonly Deck[], measured: string): Diagnostic[] {
  const worst = new Map<string, MeasuredSlide>()
  for (const slide of parseMeasured(measured)) {
    const key = `${slide.scope} ${slide.index}`
    const seen = worst.get(key)
    if (!seen || slide.ratio > seen.ratio || (!slide.fits && seen.fits)) worst.set(key, slide)
  }
  const diagnostics: Diagnostic[] = []
  for (const deck of decks) {
    for (const slide of deck.slides) {
      const fit = worst.get(`${deck.scope} ${slide.index}`)
      if (!fit || fit.fits) continue
      diagnostics.push({ code: 'W_OVERFLOW', severity: 'warning', file: deck.file, line: firstWrittenLine(slide), message: overflowMessage(slide, fit) })
    }
  }
  return diagnostics
}

/** What is wrong with a slide that does not fit, and the cure: the words of build, export and the editor alike. */
export function overflowMessage(slide: Pick<Slide, 'index' | 'title'>, fit: Pick<MeasuredSlide, 'ratio' | 'scale'>): string {
  const name = `slide ${slide.index + 1}${slide.title ? ` (“${slide.title}”)` : ''}`
  const size = `${Math.round(fit.ratio * 100)} % of the slide's height`
  return fit.scale < 1
    ? `${name} does not fit even shrunk to ${Math.round(fit.scale * 100)} %, the smallest readable size (its content is ${size}): shorten or split it`
    : `${name} overflows: its content is ${size}, so the room does not see its last lines (PDFs shrink it to fit). Shorten or split it, or shrink it to fit: \`fit: shrink\` in the front matter, or \`<!-- .slide: data-fit -->\` on this slide`
}

/** The slide's first line with something on it (its title, usually), past the blank lines after a separator. */
function firstWrittenLine(slide: Slide): number {
  const blank = /^(?:[ \t]*\r?\n)*/.exec(slide.markdown)?.[0] ?? ''
  return slide.startLine + (blank.match(/\n/g)?.length ?? 0)
}

function parseMeasured(text: string): MeasuredSlide[] {
  if (text === '') return []
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed.filter((m): m is MeasuredSlide => typeof m === 'object' && m !== null && typeof m.scope === 'string' && Number.isInteger(m.index) &&
    typeof m.ratio === 'number' && typeof m.scale === 'number' && typeof m.fits === 'boolean')
}
