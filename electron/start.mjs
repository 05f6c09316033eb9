// `npm start`: launches the desktop app on slides/. Where the Electron binary was not downloaded
// (offline installs, ELECTRON_SKIP_BINARY_DOWNLOAD=1), says so in one line and points to browser mode.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
let binary
try {
  binary = createRequire(import.meta.url)('electron')
} catch {
  binary = undefined
}
if (typeof binary !== 'string' || !existsSync(binary)) {
  // `npm start` builds first, so the CLI bundle and its exit-code table are there.
  const { EXIT_CODES } = await import(new URL('../dist/cli.mjs', import.meta.url).href)
  process.stderr.write('briefdeck: the Electron binary is not installed on this machine (npm ci skipped its download), so the desktop app cannot start; present in your browser instead: npx briefdeck serve --open\n')
  process.exit(EXIT_CODES.E_UNAVAILABLE)
}
// npm runs scripts from the package folder; a relative path the user typed is relative to where they
// typed it (npm's INIT_CWD), and the app resolves its arguments against its working directory.
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.env.INIT_CWD || process.cwd() })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
