import type { Deck, Diagnostic } from '../../../renderer/core/deck/deck'
import { coverLines } from '../../../renderer/core/print/book-pages'
import { documentStamp, footerStamp } from '../../../renderer/core/print/page-stamps'
import type { PrintRuntime } from '../../../renderer/core/print/print-document'
import { readPageScript, readStyle } from '../decks/bundled-files'
import { composeDeckStyles } from '../decks/deck-styles'
import type { LoadedBriefing } from '../decks/load-decks'
import { themeTableFontPx } from './theme-table-font'

/** The print page's styles (the one style composer's, for print) and its layout script. */
export function printRuntime(source: Pick<LoadedBriefing, 'book' | 'theme'>, decks: readonly Deck[]): { runtime: PrintRuntime; diagnostics: Diagnostic[] } {
  const { book } = source
  // Besides the decks, a print page shows the book's cover and the handout's own labels.
  const cover = book ? [book.title, ...coverLines(book).map((line) => line.text)] : []
  const stamp = footerStamp(documentStamp(decks, book))
  const extraText = [...cover, stamp, 'Contents Slide of notes continued No speaker notes. decks slides pages Backup slides For questions; not shown in the talk. DRAFT'].join(' ')
  const { styles, diagnostics } = composeDeckStyles({ decks, theme: source.theme, extraText })
  return {
    runtime: {
      slideCss: readStyle('static-slide.css'), printCss: readStyle('print.css'), styles, script: readPageScript('print-fit.js'),
      // The composer puts the theme first.
      tableFontPx: themeTableFontPx(styles[0]),
    },
    diagnostics,
  }
}
