import { extname } from 'node:path'
import { parseArgs } from 'node:util'
import { BriefdeckError, toBriefdeckError } from '../../renderer/core/errors'
import type { ChromiumBrowser } from '../node/export/launch-chromium'
import { type PhaseTrace, createPhaseTrace, formatPhaseTable, isTraceRequested } from '../node/trace/phase-trace'
import { cleanUpOnInterrupt } from './on-interrupt'
import { EXIT_CODES } from './exit-codes'
// Type only: the commands themselves load when they run (loadCommand below).
import type { VariantFlags } from './variant-flags'

/**
 * Ends the chart process and the diagram browser a deck's charts or diagrams started. Loaded when the
 * command ends, from the chunk the command already loaded: the CLI's entry stays free of it.
 */
async function closeBlockHosts(): Promise<void> {
  const { closeBlockHosts: close } = await import('../node/blocks/render-blocks')
  await close()
}

/** The exit-code table, for the scripts that run beside the bundle (`npm start`). */
export { EXIT_CODES }

/** When bin.mjs started running and when it had loaded this bundle, on `performance.now()`'s clock. */
export interface Startup {
  nodeStarted: number
  bundleLoaded: number
}

const USAGE = `Usage: briefdeck <command> [options]

Commands:
  build <deck.md> [-o out.html]        compile a deck into one self-contained HTML file
  export <deck.md | folder> [-o out.pdf | out.pptx]
                                       print slides or handouts to PDF; a folder of decks
                                       becomes a briefing book (cover, contents, bookmarks);
                                       -o x.pptx writes an editable PowerPoint presentation
  serve [folder] [--port N] [--open]   present in the browser: library, audience and presenter
                                       views, live reload (default folder: ./slides)
  check <deck.md | folder> [--strict]  report every problem, and check each figure and quote on a
                                       slide citing a source against that source's local copy

Options:
  -o, --output <file>   where to write (build: <deck>.html; export: briefing.pdf, a folder
                        or name.png for --format png, briefing.pptx for --format pptx)
  --layout <l>          export: slides (one per page) or handout (each slide over its notes)
  --per-page <n>        export: a slides-only handout of 2, 3 (with lines for notes) or 6
                        slides a page; implies --layout handout
  --audience <name>     build, export, serve: the cut for one audience; slides and blocks
                        tagged for others (data-audience) are left out of the output
  --no-notes            build, export: speaker notes left out of the output (a handout
                        without notes prints 2 slides a page)
  --no-backup           build, export: backup slides left out
  --require-markings    build, export, serve: a slide without a marking is an error
  --size <s>            export: 16:9 (slides default), a4 (handouts' default) or letter
  --fragments           export: one page per fragment step (slides only)
  --format <f>          export: pdf (default), png (one image per page) or pptx (PowerPoint,
                        the default when -o ends in .pptx)
  --json                build, export: print a JSON summary (outputs, pages, bytes, seconds,
                        warnings, and what a cut removed)
  --sources-annex       export: add a Sources annex listing what the slides cite (one for a book)
  --port <n>            serve: port on 127.0.0.1 (default 4180; 0 for any free port)
  --host <address>      serve: listen on another address, e.g. 0.0.0.0 to present to other devices
  --open                serve: open the browser
  --strict              build, export, check: warnings fail (exit 65) and nothing is written
  --deterministic       export: the same input gives the same PDF bytes (also when
                        SOURCE_DATE_EPOCH is set, whose time the PDF is then dated)
  --profile             export: print how long each phase took (also BRIEFDECK_TRACE=1)
  -q, --quiet           print only warnings and errors
  -h, --help            show this help
  -v, --version         show the version`

/** Runs the CLI with the given arguments and returns the process exit code; never throws. */
export async function main(argv: string[], version: string, startup?: Startup): Promise<number> {
  const log = (line: string): void => void process.stderr.write(`${line}\n`)
  const trace = createPhaseTrace()
  if (startup) {
    trace.record('node start', 0, startup.nodeStarted)
    trace.record('bundle load', startup.nodeStarted, startup.bundleLoaded, 'cli')
  }
  let profile = isTraceRequested()
  let started: ChromiumBrowser | undefined
  /**
   * Starts the browser before anything else is loaded, so that it boots while the compiler loads and
   * the decks compile. Where it cannot start, the print that needs it says so (a deck with errors is
   * still reported as such first).
   */
  const browserFirst = async (): Promise<() => ChromiumBrowser> => {
    const { launchChromium } = await import('../node/export/launch-chromium')
    try {
      started = launchChromium()
    } catch (error) {
      return () => {
        throw error
      }
    }
    const browser = started
    return () => browser
  }
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        layout: { type: 'string' },
        'per-page': { type: 'string' },
        'no-notes': { type: 'boolean', default: false },
        'no-backup': { type: 'boolean', default: false },
        'require-markings': { type: 'boolean', default: false },
        audience: { type: 'string' },
        size: { type: 'string' },
        fragments: { type: 'boolean', default: false },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        'sources-annex': { type: 'boolean', default: false },
        port: { type: 'string', default: '4180' },
        host: { type: 'string', default: '127.0.0.1' },
        open: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        strict: { type: 'boolean', default: false },
        deterministic: { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    })
    if (values.version) {
      process.stdout.write(`${version}\n`)
      return 0
    }
    const [command, ...rest] = positionals
    profile ||= values.profile
    if (values.help || command === undefined || command === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return command === undefined && !values.help ? EXIT_CODES.E_USAGE : 0
    }
    const variant: VariantFlags = { audience: values.audience, noNotes: values['no-notes'], noBackup: values['no-backup'], requireMarkings: values['require-markings'] }
    switch (command) {
      case 'build': {
        if (rest.length !== 1) throw new BriefdeckError('E_USAGE', 'build takes exactly one deck: briefdeck build <deck.md> -o <out.html>')
        const stop = cleanUpOnInterrupt(log)
        const browser = await browserFirst()
        const { buildCommand } = await loadCommand(trace, 'build', () => import('./build-command'))
        // The chart process and the diagram browser, if a deck had charts or diagrams, end with the command.
        await buildCommand({ deck: rest[0], output: values.output, quiet: values.quiet, strict: values.strict, json: values.json, browser, ...variant }, log).finally(stop).finally(closeBlockHosts)
        return 0
      }
      case 'export': {
        if (rest.length !== 1) throw new BriefdeckError('E_USAGE', 'export takes one deck or folder: briefdeck export <deck.md | folder> -o <out.pdf>')
        const stop = cleanUpOnInterrupt(log)
        // PowerPoint is written by Node alone for most decks: no browser is started ahead for it.
        const pptx = values.format === 'pptx' || extname(values.output ?? '').toLowerCase() === '.pptx'
        const browser = pptx ? undefined : await browserFirst()
        const { exportCommand } = await loadCommand(trace, 'export', () => import('./export-command'))
        await exportCommand({
          input: rest[0], output: values.output, layout: values.layout, perPage: values['per-page'],
          size: values.size, fragments: values.fragments,
          format: values.format, json: values.json, quiet: values.quiet, strict: values.strict, ...variant,
          deterministic: values.deterministic || Boolean(process.env.SOURCE_DATE_EPOCH), sourcesAnnex: values['sources-annex'],
          browser, trace,
        }, log).finally(stop).finally(closeBlockHosts)
        return 0
      }
      case 'check': {
        if (rest.length !== 1) throw new BriefdeckError('E_USAGE', 'check takes one deck or folder: briefdeck check <deck.md | folder> [--strict]')
        const stop = cleanUpOnInterrupt(log)
        const { checkCommand } = await loadCommand(trace, 'check', () => import('./check-command'))
        // A deck's charts and diagrams are drawn (their problems are reported): their hosts end with the command.
        await checkCommand({ input: rest[0], strict: values.strict, quiet: values.quiet }, log).finally(stop).finally(closeBlockHosts)
        return 0
      }
      case 'serve': {
        if (rest.length > 1) throw new BriefdeckError('E_USAGE', 'serve takes at most one folder: briefdeck serve [folder] [--port N]')
        const { serveCommand } = await import('./serve-command')
        await serveCommand({ folder: rest[0], port: values.port, host: values.host, open: values.open, ...variant }, log)
        return 0
      }
      default:
        throw new BriefdeckError('E_USAGE', `unknown command \`${command}\`; try \`briefdeck --help\``)
    }
  } catch (thrown) {
    const error = isArgError(thrown) ? new BriefdeckError('E_USAGE', (thrown as Error).message) : toBriefdeckError(thrown)
    log(`briefdeck: ${error.message}`)
    if (error.code === 'E_INTERNAL' && process.env.BRIEFDECK_DEBUG) log(String((error.cause as Error)?.stack ?? error.stack))
    return EXIT_CODES[error.code]
  } finally {
    // A command that stopped before printing (a deck with errors) never used it.
    started?.close()
    if (profile) log(formatPhaseTable(trace.spans(), 0, performance.now()))
  }
}

/** Loads a command's code (its own bundle chunk: `export` never loads the server, nor `build` the exporter). */
async function loadCommand<T>(trace: PhaseTrace, name: string, load: () => Promise<T>): Promise<T> {
  return trace.time('bundle load', load, name)
}

function isArgError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && String((error as { code: string }).code).startsWith('ERR_PARSE_ARGS')
}
