import { basename, extname, resolve } from 'node:path'
import { formatDiagnostic, hasErrors } from '../../renderer/core/deck/deck'
import { BriefdeckError } from '../../renderer/core/errors'
import { buildDeckPage } from '../node/decks/build-page'
import { loadDeck } from '../node/decks/load-decks'
import { writeFileAtomic } from '../node/files/write-file-atomic'

export interface BuildOptions {
  deck: string
  output?: string
  quiet: boolean
}

/**
 * `briefdeck build <deck.md> -o <out.html>`: one self-contained HTML file. Diagnostics go to
 * stderr as `file:line: severity: message`; with any error nothing is written.
 */
export async function buildCommand(options: BuildOptions, log: (line: string) => void): Promise<void> {
  const output = resolve(options.output ?? `${basename(options.deck, extname(options.deck))}.html`)
  // Writing the page over its own source would lose the deck.
  if (output === resolve(options.deck)) throw new BriefdeckError('E_USAGE', `-o ${options.output} is the deck itself; choose another file for the HTML`)
  const loaded = await loadDeck(options.deck, options.deck, 'inline')
  // A deck with errors stops here, before its page is put together.
  const page = hasErrors(loaded.diagnostics) ? null : buildDeckPage(loaded)
  const diagnostics = [...loaded.diagnostics, ...(page?.diagnostics ?? [])]
  for (const diagnostic of diagnostics) log(formatDiagnostic(diagnostic))
  if (page === null) {
    const count = diagnostics.filter((d) => d.severity === 'error').length
    throw new BriefdeckError('E_COMPILE', `${options.deck}: ${count} error${count === 1 ? '' : 's'}; nothing written`)
  }
  await writeFileAtomic(output, page.html)
  if (!options.quiet) {
    const slides = loaded.deck.slides.length
    log(`built ${output} (${slides} slide${slides === 1 ? '' : 's'}, ${Math.round(page.html.length / 1024)} KiB)`)
  }
}
