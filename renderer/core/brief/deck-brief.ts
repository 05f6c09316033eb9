import type { Diagnostic, FrontMatter, Slide } from '../deck/deck'
import { findBackupLine, isOnlyBackupLine } from './backup'
import { BUILT_IN_SCHEMES, BUILT_IN_SCHEME_NAMES, type MarkingScheme, resolveScheme } from './marking-schemes'
import { type Marking, highestMarking, readMarking, unknownMarking } from './markings'
import type { DeckBrief } from './slide-brief'
import { FULL_DECK, type Removal, type Variant, isCutVariant, isForVariant } from './variant'

/** The briefing engine's settings of a folder (`briefing.yml`), which a deck's front matter overrides. */
export type BriefDefaults = Pick<FrontMatter, 'marking' | 'markingScheme' | 'requireMarkings' | 'audiences' | 'status' | 'version' | 'docNumber'>

/** The keys of BriefDefaults, for merging a folder's settings into a deck's front matter. */
const BRIEF_KEYS = ['marking', 'markingScheme', 'requireMarkings', 'audiences', 'status', 'version', 'docNumber'] as const satisfies ReadonlyArray<keyof BriefDefaults>

/** A deck's front matter with the folder's settings filled in where the deck says nothing. */
export function withDefaults(meta: FrontMatter, defaults: BriefDefaults | undefined): FrontMatter {
  if (!defaults) return meta
  const merged: FrontMatter = { ...meta }
  for (const key of BRIEF_KEYS) if (merged[key] === undefined && defaults[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = defaults[key]
  return merged
}

/**
 * The deck's brief: its marking scheme (named, listed, or the first built-in one that reads the
 * deck's own marking, else `corporate`), default marking and the variant to make. A bad scheme or an
 * unknown default marking is an error at its front matter line.
 */
export function deckBrief(meta: FrontMatter, variant: Variant = FULL_DECK, place: { file: string; lineOf(key: string): number; diagnostics: Diagnostic[] }): DeckBrief {
  let scheme: MarkingScheme = BUILT_IN_SCHEMES.corporate
  if (meta.markingScheme !== undefined) {
    const resolved = resolveScheme(meta.markingScheme)
    if ('scheme' in resolved) scheme = resolved.scheme
    else place.diagnostics.push({ code: 'E_MARKING', severity: 'error', file: place.file, line: place.lineOf('markingScheme'), message: resolved.problem })
  } else if (meta.marking !== undefined) {
    const reader = BUILT_IN_SCHEME_NAMES.map((name) => BUILT_IN_SCHEMES[name]).find((s) => readMarking(meta.marking!, s) !== null)
    if (reader) scheme = reader
  }
  if (meta.marking !== undefined && !readMarking(meta.marking, scheme)) {
    place.diagnostics.push({ code: 'E_MARKING', severity: 'error', file: place.file, line: place.lineOf('marking'), message: unknownMarking(meta.marking, scheme) })
  }
  if (variant.audience !== undefined && meta.audiences && !meta.audiences.includes(variant.audience)) {
    // A misspelt cut (`--audience principl`) would send the copy of nobody in particular.
    place.diagnostics.push({ code: 'E_AUDIENCE', severity: 'error', file: place.file, line: place.lineOf('audiences'), message: `\`--audience ${variant.audience}\` is not one of this deck's audiences (${meta.audiences.join(', ')})` })
  }
  return { scheme, defaultMarking: meta.marking, requireMarkings: meta.requireMarkings === true || variant.requireMarkings === true, audiences: meta.audiences, variant }
}

/**
 * The deck-level steps of a variant, on the rendered slides: slides for other audiences and (when
 * asked) backup slides are left out and reported; backup slides (`data-backup`, or from the
 * `<!-- backup -->` line on) move after the talk's slides, numbered B1, B2…; every slide carries its
 * marking, draft stamp and backup number as attributes for the views and pages to draw.
 */
export function briefSlides(slides: readonly Slide[], body: { text: string; firstLine: number }, meta: FrontMatter, variant: Variant, file: string, removals: Removal[]): { slides: Slide[]; marking: Marking | null } {
  const backupLine = findBackupLine(body.text, body.firstLine)
  const main: Slide[] = []
  const backup: Slide[] = []
  for (const rendered of slides) {
    // A copy: a rendered slide may be kept for the next compile (SlideMemo), which must find it as it was.
    const slide: Slide = { ...rendered, attributes: { ...rendered.attributes } }
    // A cut deck keeps no source text: what was removed from a slide must not ride along in its Markdown.
    if (isCutVariant(variant)) slide.markdown = /^(?:[ \t]*\n)*/.exec(slide.markdown)?.[0] ?? ''
    const tagged = slide.attributes['data-audience']
    if (variant.audience !== undefined) delete slide.attributes['data-audience']
    const isBackup = slide.attributes['data-backup'] !== undefined || (backupLine !== null && slide.endLine >= backupLine)
    delete slide.attributes['data-backup']
    const what = slide.title || slide.text.slice(0, 60)
    const drop = (kind: Removal['kind']): void => {
      // The slide goes whole: its blocks and notes are not listed again.
      const inside = (r: Removal): boolean => r.file === file && r.line >= slide.startLine && r.line <= slide.endLine
      removals.splice(0, removals.length, ...removals.filter((r) => !inside(r)), { kind, file, line: slide.startLine, what })
    }
    if (!isForVariant(tagged, variant)) drop('slide')
    else if (isBackup && isOnlyBackupLine(slide.markdown) && slide.notes === '') continue
    else if (isBackup && !variant.backup) drop('backup')
    else (isBackup ? backup : main).push(slide)
  }
  removals.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
  const kept = [...renumber(main), ...backup.map((slide, i) => ({ ...slide, backup: `B${i + 1}`, h: 0, v: 0 }))]
  const lastH = main.length === 0 ? -1 : Math.max(...kept.slice(0, main.length).map((s) => s.h))
  kept.forEach((slide, index) => {
    slide.index = index
    if (slide.backup) {
      slide.h = lastH + 1 + index - main.length
      // reveal.js leaves uncounted slides at the end out of its slide number and progress bar.
      slide.attributes['data-visibility'] = 'uncounted'
      slide.attributes['data-bd-backup'] = slide.backup
    }
    if (slide.marking) {
      slide.attributes['data-bd-marking'] = slide.marking.text
      slide.attributes['data-bd-marking-colors'] = `${slide.marking.color} ${slide.marking.background}`
      // Print stamps each page with its highest marking (renderer/core/print/page-stamps.ts).
      slide.attributes['data-bd-marking-rank'] = String(slide.marking.rank)
    }
    if (meta.status === 'draft') slide.attributes['data-bd-draft'] = 'DRAFT'
  })
  return { slides: kept, marking: highestMarking(kept.map((s) => s.marking)) }
}

/** Positions after slides were left out: horizontal slides counted again, vertical ones within each. */
function renumber(slides: readonly Slide[]): Slide[] {
  const out: Slide[] = []
  let h = -1
  let previousH: number | null = null
  let v = 0
  for (const slide of slides) {
    if (slide.h !== previousH) {
      h++
      v = 0
      previousH = slide.h
    } else v++
    out.push({ ...slide, h, v })
  }
  return out
}
