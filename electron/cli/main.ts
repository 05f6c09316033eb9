import { parseArgs } from 'node:util'
import { BriefdeckError, toBriefdeckError } from '../../renderer/core/errors'
import { cleanUpOnInterrupt } from './on-interrupt'
import { buildCommand } from './build-command'
import { checkCommand } from './check-command'
import { EXIT_CODES } from './exit-codes'

/** The exit-code table, for the scripts that run beside the bundle (`npm start`). */
export { EXIT_CODES }
import { exportCommand } from './export-command'
import { serveCommand } from './serve-command'
import type { VariantFlags } from './variant-flags'

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
  -q, --quiet           print only warnings and errors
  -h, --help            show this help
  -v, --version         show the version`

/** Runs the CLI with the given arguments and returns the process exit code; never throws. */
export async function main(argv: string[], version: string): Promise<number> {
  const log = (line: string): void => void process.stderr.write(`${line}\n`)
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
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    })
    if (values.version) {
      process.stdout.write(`${version}\n`)
      return 0
    }
    const [command, ...rest] = positionals
    if (values.help || command === undefined || command === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return command === undefined && !values.help ? EXIT_CODES.E_USAGE : 0
    }
    const variant: VariantFlags = { audience: values.audience, noNotes: values['no-notes'], noBackup: values['no-backup'], requireMarkings: values['require-markings'] }
    switch (command) {
      case 'build': {
        if (rest.length !== 1) throw new BriefdeckError('E_USAGE', 'build takes exactly one deck: briefdeck build <deck.md> -o <out.html>')
        const stop = cleanUpOnInterrupt(log)
        await buildCommand({ deck: rest[0], output: values.output, quiet: values.quiet, strict: values.strict, json: values.json, ...variant }, log).finally(stop)
        return 0
      }
      case 'export': {
        if (rest.length !== 1) throw new BriefdeckError('E_USAGE', 'export takes one deck or folder: briefdeck export <deck.md | folder> -o <out.pdf>')
        const stop = cleanUpOnInterrupt(log)
        await exportCommand({
          input: rest[0], output: values.output, layout: values.layout, perPage: values['per-page'],
          size: values.size, fragments: values.fragments,
          format: values.format, json: values.json, quiet: values.quiet, strict: values.strict, ...variant, sourcesAnnex: values['sources-annex'],
        }, log).finally(stop)
        return 0
      }
      case 'check': {
        if (rest.length !== 1) throw new BriefdeckError('E_USAGE', 'check takes one deck or folder: briefdeck check <deck.md | folder> [--strict]')
        const stop = cleanUpOnInterrupt(log)
        await checkCommand({ input: rest[0], strict: values.strict, quiet: values.quiet }, log).finally(stop)
        return 0
      }
      case 'serve': {
        if (rest.length > 1) throw new BriefdeckError('E_USAGE', 'serve takes at most one folder: briefdeck serve [folder] [--port N]')
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
  }
}

function isArgError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && String((error as { code: string }).code).startsWith('ERR_PARSE_ARGS')
}
