#!/usr/bin/env node
// The `briefdeck` command. It runs the CLI that `npm ci` (the `prepare` script) bundled into dist/.
// Milliseconds since the process started: how long Node took to get here (for --profile).
const nodeStarted = performance.now()
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bundle = `${root}dist/cli.mjs`
if (!existsSync(bundle)) {
  process.stderr.write(`briefdeck: ${bundle} is missing; run \`npm run build\` in ${root}\n`)
  process.exit(70) // E_INTERNAL in exit-codes.ts (this runs before the bundle that holds the table exists)
}
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
const { main } = await import(pathToFileURL(bundle).href)
process.exitCode = await main(process.argv.slice(2), version, { nodeStarted, bundleLoaded: performance.now() })
