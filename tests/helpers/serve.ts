import { type ChildProcess, spawn } from 'node:child_process'
import { BIN } from './browser'

export interface Served {
  /** The address with its token, as printed. */
  url: string
  /** http://127.0.0.1:PORT */
  origin: string
  token: string
  port: number
  child: ChildProcess
  output(): string
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Starts the real `briefdeck serve` in its own process on a free port and waits for its address. */
export async function startServe(folder: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', folder, '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const started = Date.now()
    const poll = setInterval(() => {
      const found = /Open (http:\/\/\S+)/.exec(output)
      if (found) {
        clearInterval(poll)
        resolve(found[1])
      } else if (Date.now() - started > 15_000 || child.exitCode !== null) {
        clearInterval(poll)
        reject(new Error(`serve did not start: ${output}`))
      }
    }, 25)
  })
  const parsed = new URL(url)
  return {
    url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', port: Number(parsed.port), child,
    output: () => output,
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
  }
}
