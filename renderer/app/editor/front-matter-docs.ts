import type { FrontMatter } from '../../core/deck/deck'

/** A front matter key as completion offers it: a one-line summary and its documentation. */
export interface KeyDoc {
  detail: string
  info: string
}

/**
 * Every front matter key Briefdeck reads, documented (README, "Writing a deck"). Typed by the deck
 * model: a key added to FrontMatter must be documented here or the build fails.
 */
export const FRONT_MATTER_DOCS: Record<Exclude<keyof FrontMatter, 'extra'>, KeyDoc> = {
  title: { detail: 'deck title', info: 'The deck’s title: in the library, the window and the PDF. Default: the first heading, else the file name.' },
  subtitle: { detail: 'subtitle', info: 'A line under the title, on a briefing book’s cover.' },
  author: { detail: 'author', info: 'Who wrote the briefing: in the library and the PDF’s metadata.' },
  date: { detail: 'date', info: 'The briefing’s date, e.g. 2025-08-30.' },
  theme: { detail: 'slide theme', info: '`briefing` (the default: 16:9, large type, the bundled Noto fonts) or any reveal.js theme: black, white, league, beige, night, serif, simple, solarized, moon, dracula, sky, blood.' },
  highlightTheme: { detail: 'code colours', info: 'Any highlight.js style for code blocks, e.g. github, monokai, atom-one-dark.' },
  separator: { detail: 'slide separator (regex)', info: 'A regular expression matched against whole lines that starts the next slide, as in reveal-md. Default: `^---$`.' },
  verticalSeparator: { detail: 'vertical separator (regex)', info: 'A regular expression matched against whole lines that starts a slide below the current one. Default: `^--$` or `^----$`.' },
  notesSeparator: { detail: 'notes separator (regex)', info: 'A regular expression matched at the start of a line; the rest of the slide is speaker notes. Default: `Note:` or `notes:`, any case.' },
  lang: { detail: 'language', info: 'The deck’s language (the page’s `lang`), e.g. en, hi, ja.' },
  description: { detail: 'description', info: 'A sentence about the deck, in the page’s metadata.' },
  fit: { detail: 'shrink to fit', info: '`shrink`: a slide whose content is taller than the slide is scaled down to fit (never below 60 %), in every view and export. Default `none`; one slide: `<!-- .slide: data-fit -->`.' },
  marking: { detail: 'sensitivity marking', info: 'Every slide’s marking unless it has its own (`<!-- .slide: data-marking="…" -->`), e.g. CONFIDENTIAL, TLP:AMBER, SECRET//REL TO USA, GBR. Banners top and bottom on every slide and page.' },
  markingScheme: { detail: 'marking levels', info: '`corporate` (PUBLIC < INTERNAL < CONFIDENTIAL < RESTRICTED), `tlp` (TLP:CLEAR … TLP:RED), `government` (UNCLASSIFIED … TOP SECRET), or your own list of levels, lowest first.' },
  requireMarkings: { detail: 'every slide marked', info: 'true: a slide without a marking is an error.' },
  audiences: { detail: 'audience names', info: 'The audiences `data-audience` may name, e.g. [principal, public]; any other name is a warning. `--audience NAME` cuts the deck for one.' },
  status: { detail: 'draft or final', info: '`draft` puts DRAFT across every slide and page, and in the PDF’s title.' },
  version: { detail: 'version', info: 'Printed in every page footer and on the cover, e.g. 1.2.' },
  docNumber: { detail: 'document number', info: 'Printed in every page footer and on the cover, e.g. BRF-2025-014.' },
  sources: { detail: 'sources cited', info: 'The sources slides cite as `[@id]` or `[@id, p. 3]`: a list of `- id: …` with title, author, outlet, date, url, note, and optionally `file:` (a local copy beside the deck, text, Markdown, HTML or PDF, that `briefdeck check` compares the slides’ figures with). `briefing.yml` may declare them for every deck of the folder.' },
  duration: { detail: 'talk length', info: 'The talk’s planned length, for the presenter view’s pacing: 20, "20m", "1h30m" or "0:20:00".' },
  revealOptions: { detail: 'reveal.js options', info: 'Options passed to Reveal.initialize, indented below this key (an allow-list): transition, controls, progress, slideNumber, center, loop, …' },
}

/** The reveal.js options most decks set, under `revealOptions:` (the compiler accepts more, and reports the rest). */
export const REVEAL_OPTION_DOCS: Record<string, KeyDoc> = {
  transition: { detail: 'slide transition', info: 'none, fade, slide (default), convex, concave or zoom.' },
  controls: { detail: 'arrows on screen', info: 'true or false: show the navigation arrows.' },
  progress: { detail: 'progress bar', info: 'true or false: show the progress bar.' },
  slideNumber: { detail: 'slide numbers', info: 'false, true, or a format: "c/t" (default), "c", "h.v", "h/v".' },
  center: { detail: 'vertical centring', info: 'true (default) centres each slide’s content vertically; false sets it at the top.' },
  loop: { detail: 'loop', info: 'true: after the last slide comes the first.' },
  autoSlide: { detail: 'auto-advance (ms)', info: 'Milliseconds before moving to the next slide on its own; 0 turns it off.' },
  backgroundTransition: { detail: 'background transition', info: 'none, fade (default), slide, convex, concave or zoom.' },
}
