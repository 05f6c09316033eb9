import type { SlideBlock } from '../blocks/block'
import type { Marking } from '../brief/markings'
import type { Removal } from '../brief/variant'
import type { SlideCitation } from '../sources/slide-notes'
import type { Source } from '../sources/sources'
/** How serious a diagnostic is: errors stop `build` and `export`; warnings and infos are printed. */
export type Severity = 'error' | 'warning' | 'info'

/** A problem found in a user's Markdown, located at a 1-based line of the deck file. */
export interface Diagnostic {
  code: DiagnosticCode
  severity: Severity
  message: string
  file: string
  line: number
}

/** Every kind of problem the deck parser reports, so the UI and the CLI can react to each. */
export type DiagnosticCode =
  | 'E_FRONTMATTER'
  | 'E_UNCLOSED_FENCE'
  | 'E_TOO_DEEP'
  | 'E_TOO_LARGE'
  | 'E_TOO_SLOW'
  | 'E_FILE'
  | 'W_UNKNOWN_KEY'
  | 'W_BAD_SEPARATOR'
  | 'W_UNSAFE_HTML'
  | 'W_ASSET_OUTSIDE'
  | 'W_ASSET_MISSING'
  | 'W_REMOTE_ASSET'
  | 'W_UNKNOWN_THEME'
  | 'W_BAD_OPTION'
  | 'W_NOTES_TOO_LONG'
  /** A slide with so many emphasis marks that they are shown as typed (marked's pairing is quadratic). */
  | 'W_TOO_COMPLEX'
  /** A slide's content is taller than the slide (measured in the real rendering). */
  | 'W_OVERFLOW'
  /** A marking names no level of the deck's scheme, or a slide is unmarked where markings are required. */
  | 'E_MARKING'
  /** A deck file with no text: in the app, a save caught half-way (views keep the last good version). */
  | 'E_EMPTY'
  /** `--audience` names an audience the deck did not declare. */
  | 'E_AUDIENCE'
  /** `data-audience` names an audience the deck did not declare. */
  | 'W_UNKNOWN_AUDIENCE'
  /** An element comment made part of a list item a fragment, leaving a hole in the sentence. */
  | 'W_FRAGMENT_TRAP'
  /** PowerPoint export: an element with no native equivalent became a picture of itself. */
  | 'W_AS_PICTURE'
  /** KaTeX could not render a formula (a TeX error, or a formula too long or too deep); its source is shown. */
  | 'W_MATH'
  /** A chart could not be drawn (a bad spec, a missing or refused data file, too much data, too slow). */
  | 'W_CHART'
  /** A Mermaid diagram could not be drawn (a syntax error, no browser to draw it, too large). */
  | 'W_DIAGRAM'
  /** A `sources:` declaration is malformed (no id, a bad url or file). */
  | 'E_SOURCE'
  /** `[@id]` cites an id no source declares. */
  | 'E_UNKNOWN_SOURCE'
  /** A declared source no slide cites (an info). */
  | 'W_UNUSED_SOURCE'
  /** A source's local `file:` is missing, outside the deck's folder, too large or unreadable: its figures are not checked. */
  | 'W_SOURCE_FILE'
  /** The figure check: a number on a slide citing a source is not in that source. */
  | 'W_FIGURE'
  /** The figure check: words in quotation marks on a slide citing a source are not in that source. */
  | 'W_QUOTE'

/** What `fit` in the front matter may say: `shrink` content that overflows a slide, or leave it (`none`, the default). */
export const FIT_MODES = ['none', 'shrink'] as const
export type FitMode = (typeof FIT_MODES)[number]

/** What `status` may say; `draft` stamps every slide and page. */
export const DECK_STATUSES = ['draft', 'final'] as const
export type DeckStatus = (typeof DECK_STATUSES)[number]

/** The front matter keys Briefdeck understands; anything else is kept in `extra` and reported. */
export interface FrontMatter {
  title?: string
  subtitle?: string
  author?: string
  date?: string
  theme?: string
  separator?: string
  verticalSeparator?: string
  notesSeparator?: string
  highlightTheme?: string
  lang?: string
  description?: string
  /** Planned talk length in minutes, used by the presenter view for pacing. */
  duration?: number
  /** `shrink`: every slide's content is scaled down to fit its slide (as `<!-- .slide: data-fit -->` does for one). */
  fit?: FitMode
  /** Every slide's marking unless it has its own (`<!-- .slide: data-marking="…" -->`). */
  marking?: string
  /** The marking scheme: a built-in name (corporate, tlp, government) or levels, lowest first. */
  markingScheme?: unknown
  /** An unmarked slide is an error. */
  requireMarkings?: boolean
  /** The audiences `data-audience` may name; when given, any other name is a warning. */
  audiences?: string[]
  /** `draft` stamps DRAFT across every slide and page, and in the PDF's title. */
  status?: DeckStatus
  /** Printed in every page footer and on the cover. */
  version?: string
  docNumber?: string
  /** The `sources:` the deck declares, as written (read, with its problems, by readSources). */
  sources?: unknown
  /** reveal-md's pass-through of Reveal.initialize options; only an allow-list survives. */
  revealOptions: Record<string, string | number | boolean>
  /** Keys Briefdeck does not know, kept verbatim. */
  extra: Record<string, unknown>
}

/** One slide: its rendered HTML, its notes and where it came from in the source. */
export interface Slide {
  /** 0-based position in reading order (vertical slides included). */
  index: number
  /** Horizontal (h) and vertical (v) position, as reveal.js counts them. */
  h: number
  v: number
  /** 1-based, inclusive source lines of the slide's Markdown (notes included). */
  startLine: number
  endLine: number
  /** The slide's Markdown, notes excluded. */
  markdown: string
  /** Its marking: the highest of its own (or the deck's) and its blocks'; null when unmarked. */
  marking: Marking | null
  /** Its backup number (`B1`, `B2`…) when it is a backup slide, kept after the talk's slides. */
  backup: string | null
  /** Sanitised HTML of the slide body. */
  html: string
  /** Speaker notes as Markdown ('' when none) and as sanitised HTML. */
  notes: string
  notesHtml: string
  /** Attributes for the slide's <section>, from `<!-- .slide: ... -->` comments. */
  attributes: Record<string, string>
  /** The first heading's plain text, for outlines and overviews ('' when none). */
  title: string
  /** Plain text of the slide body, for search, thumbnails and fonts (style sheets are not text). */
  text: string
  /** The text inside its `<code>` elements, set in the code font. */
  codeText: string
  /** Whether it has a code block (`<pre><code>`), which gets syntax highlighting. */
  hasCodeBlock: boolean
  /** Whether it or its notes have italic text, which needs the italic font files. */
  hasItalic: boolean
  /** The KaTeX faces its formulas are drawn in (see mathFacesOf), whose font files the page embeds. */
  mathFaces: string[]
  /** Its charts and diagrams, left as placeholders in `html` until a host draws them (see fillBlocks). */
  blocks: SlideBlock[]
  /** The sources it cites, in reading order, with the note number each shows ([] when none). */
  citations: SlideCitation[]
}

/** A compiled deck: front matter plus slides in reading order. */
export interface Deck {
  file: string
  meta: FrontMatter
  /** The file line of each front matter key, for diagnostics about its value. */
  metaLines: Record<string, number>
  /** The title to show: front matter title, else the first slide's heading, else the file name. */
  title: string
  /** The class of the deck's root in every view; its `<style>` applies under it only (see deckScopeClass). */
  scope: string
  slides: Slide[]
  /** The deck's overall marking: the highest of its slides'. */
  marking: Marking | null
  /** The sources it may cite: the folder's (`briefing.yml`) with its own front matter's. */
  sources: Source[]
}

/** What `parseDeck` returns: the deck even when diagnostics were found. */
export interface ParsedDeck {
  deck: Deck
  diagnostics: Diagnostic[]
  /** What the variant left out (nothing for the whole deck), for the sender to check. */
  removals: Removal[]
}

/** True when any diagnostic is an error, i.e. the deck must not be built or exported. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Formats a diagnostic the way compilers do, `file:line: severity: message`, for terminals. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`
}
