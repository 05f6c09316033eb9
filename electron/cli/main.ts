import { parseArgs } from 'node:util'
import { BriefdeckError, toBriefdeckError } from '../../renderer/core/errors'
import { removeInFlightTemps } from '../node/write-file-atomic'
import { buildCommand } from './build-command'
import { EXIT_CODES } from './exit-codes'
import { exportCommand } from './export-command'

const USAGE = `Usage: briefdeck <command> [options]

Commands:
  build <deck.md> [-o out.html]        compile a deck into one self-contained HTML file
  export <deck.md | folder> [-o out.pdf]
                                       print slides or handouts to PDF; a folder of decks
                                       becomes a briefing book (cover, contents, bookmarks)

Options:
  -o, --output <file>   where to write (build: <deck>.html; export: briefing.pdf, or a folder
                        or name.png for --format png)
  --layout <l>          export: slides (one per page) or handout (slides with speaker notes)
  --size <s>            export: 16:9 (slides default), a4 (handout default) or letter
  --fragments           export: one page per fragment step
  --format <f>          export: pdf (default) or png (one image per page)
  --json                export: print a JSON summary (outputs, pages, bytes, seconds)
  -q, --quiet           print only warnings and errors
  -h, --help            show this help
  -v, --version         show the version`

/** Runs the CLI with the given arguments and returns the process exit code; never throws. */
export async function main(argv: string[], version: string): Promise<number> {
  const log = (line: string): void => void process.stderr.write(`${line}\n`)
  // Interrupted: leave no half-written temporary file behind (the target was never touched).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeInFlightTemps()
      log(`briefdeck: interrupted (${signal}); nothing was written`)
      process.exit(signal === 'SIGINT' ? 130 : 143)
    })
  }
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        layout: { type: 'string', default: 'slides' },
        size: { type: 'string' },
        fragments: { type: 'boolean', default: false },
        format: { type: 'string', default: 'pdf' },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
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
    switch (command) {
      case 'build': {
        if (rest.length !== 1) throw new BriefdeckError('E_USAGE', 'build takes exactly one deck: briefdeck build <deck.md> -o <out.html>')
        await buildCommand({ deck: rest[0], output: values.output, quiet: values.quiet }, log)
        return 0
      }
      case 'export': {
        if (rest.length !== 1) throw new BriefdeckError('E_USAGE', 'export takes one deck or folder: briefdeck export <deck.md | folder> -o <out.pdf>')
        await exportCommand({
          input: rest[0], output: values.output, layout: values.layout, size: values.size, fragments: values.fragments,
          format: values.format, json: values.json, quiet: values.quiet,
        }, log)
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
