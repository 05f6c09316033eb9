import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileResponse } from '../../../../electron/main/file-response'
import { openConfined } from '../../../../electron/node/files/confine-path'
import { useTempDir } from '../../../helpers/temp-dir'

describe('fileResponse (briefdeck://files)', () => {
  const tempDir = useTempDir()
  /** A 1,000-byte clip, opened as the protocol opens files. */
  const video = async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'clip.mp4'), Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256)))
    const opened = await openConfined(dir, 'clip.mp4')
    if (!opened.ok) throw new Error(opened.reason)
    return opened
  }
  const request = (headers: Record<string, string> = {}, method = 'GET') => new Request('briefdeck://files/clip.mp4', { method, headers })

  it('answers a Range request with 206 and only those bytes, so a video can seek', async () => {
    const response = await fileResponse(request({ Range: 'bytes=100-199' }), await video(), { 'Content-Type': 'video/mp4' })
    expect(response.status).toBe(206)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'video/mp4', 'accept-ranges': 'bytes', 'content-length': '100', 'content-range': 'bytes 100-199/1000',
    })
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([bytes.length, bytes[0], bytes[99]]).toEqual([100, 100, 199])
  })

  it('sends the whole file with 200 and Accept-Ranges when no range is asked', async () => {
    const response = await fileResponse(request(), await video(), {})
    expect([response.status, response.headers.get('accept-ranges'), response.headers.get('content-length')]).toEqual([200, 'bytes', '1000'])
    expect((await response.arrayBuffer()).byteLength).toBe(1000)
  })

  it('answers 416 with the size for a range past the end, and no body to HEAD', async () => {
    const past = await fileResponse(request({ Range: 'bytes=5000-' }), await video(), {})
    expect([past.status, past.headers.get('content-range')]).toEqual([416, 'bytes */1000'])
    const head = await fileResponse(request({ Range: 'bytes=0-9' }, 'HEAD'), await video(), {})
    expect([head.status, head.headers.get('content-length'), head.body]).toEqual([206, '10', null])
  })
})
