// A whole process, timed, with the peak memory of it and every process it starts (an export's
// Node and its Chromium), sampled from /proc: the figure a user's machine feels, not Node's alone.
// Memory is proportional (PSS): a page shared by Chromium's processes counts once, split among
// them, where summing their resident sizes would count it in each.
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

export interface ProcessRun {
  seconds: number
  /** The largest sum of proportional memory (PSS) of the process and its descendants seen at once, MiB; NaN when not sampled. */
  peakMiB: number
  code: number | null
  stdout: string
  stderr: string
}

const PAGE_BYTES = 4096

/** The proportional memory of `root` and its descendants now, in bytes (0 where /proc is not Linux's). */
export function treeMemory(root: number): number {
  const children = new Map<number, number[]>()
  let names: string[]
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return 0
  }
  for (const name of names) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'latin1')
    } catch {
      continue
    }
    // The command name may hold spaces and parentheses: the fields start after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const pid = Number(name)
    const parent = Number(fields[1])
    children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  let total = 0
  const walk = [root]
  while (walk.length > 0) {
    const pid = walk.pop() as number
    total += memoryOf(pid)
    walk.push(...(children.get(pid) ?? []))
  }
  return total
}

/** One process's PSS in bytes (its resident size where the kernel has no smaps_rollup; 0 once it is gone). */
function memoryOf(pid: number): number {
  try {
    const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1'))
    if (pss) return Number(pss[1]) * 1024
  } catch {
    // Gone, or no smaps_rollup: its resident size below.
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]) * PAGE_BYTES
  } catch {
    return 0
  }
}

/**
 * Runs a command to its end, timing it, and with `memory` sampling its process tree's memory every
 * 50 ms (peakMiB is NaN without). Time and memory come from separate runs: reading a large process's
 * smaps_rollup walks its page tables under its memory lock, and sampling an export's Chromium that
 * way slowed a 1,000-slide export from 3.8 to 5.4 s on 2 cores.
 */
export function runMeasured(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; memory?: boolean } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    let peak = options.memory ? 0 : Number.NaN
    const sample = (): void => {
      if (child.pid !== undefined) peak = Math.max(peak, treeMemory(child.pid))
    }
    const timer = options.memory ? setInterval(sample, 50) : undefined
    child.once('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.once('exit', (code) => {
      const seconds = (performance.now() - started) / 1000
      clearInterval(timer)
      resolve({ seconds, peakMiB: peak / 1024 / 1024, code, stdout, stderr })
    })
  })
}
