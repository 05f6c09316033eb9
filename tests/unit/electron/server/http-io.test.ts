import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { type Server, createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serveFile } from '../../../../electron/server/http-io'
import { useTempDir } from '../../../helpers/temp-dir'

/** GETs a path from a server on 127.0.0.1: its status and body, or the error. */
function get(port: number, path: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', (error) => resolve({ error: error.message }))
    })
    req.on('error', (error) => resolve({ error: error.message }))
    req.end()
  })
}

describe('serveFile', () => {
  const tempDir = useTempDir()
  const servers: Server[] = []
  afterEach(() => {
    for (const server of servers.splice(0)) server.close()
  })
  const serve = async (root: string): Promise<number> => {
    const server = createServer((req, res) => void serveFile(res, root, decodeURIComponent((req.url ?? '/').slice(1)), () => 'image/png'))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return (server.address() as AddressInfo).port
  }

  it('keeps serving while a file it serves is removed and written again in a loop (another process)', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'deck'))
    writeFileSync(join(dir, 'deck', 'pic.png'), 'x'.repeat(64 * 1024))
    const port = await serve(join(dir, 'deck'))
    const churn = spawn(process.execPath, ['-e', `
      const fs = require('fs'); const file = ${JSON.stringify(join(dir, 'deck', 'pic.png'))}; const body = 'y'.repeat(64 * 1024)
      const end = Date.now() + 3000
      while (Date.now() < end) { try { fs.unlinkSync(file) } catch {} ; fs.writeFileSync(file, body) }`])
    const statuses = new Set<number | string>()
    try {
      for (let i = 0; i < 400; i++) {
        const answer = await get(port, '/pic.png')
        statuses.add('status' in answer ? answer.status : 'cut short')
      }
    } finally {
      await new Promise((resolve) => churn.once('exit', resolve))
    }
    // Each request got the file, a 404, or a response cut short; the server is still answering.
    expect([...statuses].every((s) => s === 200 || s === 404 || s === 'cut short')).toBe(true)
    expect(await get(port, '/pic.png')).toEqual({ status: 200, body: 'y'.repeat(64 * 1024) })
  }, 30_000)
})
