import { parseArgs } from 'node:util'
import { BriefdeckError, toBriefdeckError } from '../../renderer/core/errors'
import { buildCommand } from './build-command'
import { EXIT_CODES } from './exit-codes'

const USAGE = `Usage: briefdeck <command> [options]

Commands:
  build <deck.md> [-o out.html]   compile a deck into one self-contained HTML file

Options:
  -o, --output <file>   where to write (build: <deck>.html in the current folder)
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
