import { afterAll, describe, expect, it } from 'vitest'
import { createChromiumPrinter } from '../../electron/node/export/chromium-printer'

/** A print document as the exporter makes one: ready at once (no layout script), with some hostile part. */
const page = (body: string) => `<!doctype html><html data-bd-ready><head><meta charset="utf-8"></head><body>${body}<p>Slide</p></body></html>`

describe('the Chromium printer is locked: a print page loads nothing and goes nowhere', () => {
  const printer = createChromiumPrinter()
  afterAll(() => printer.close())

  it('prints an inline document with data: images', async () => {
    const { pdf } = await printer.pdf(page('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'), { tagged: false })
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-')
  })

  it.each([
    ['an image from a server', '<img src="http://127.0.0.1:9/pixel.png">'],
    ['a style sheet', '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">'],
    ['a refresh to another page', '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/evil">'],
    ['a local file', '<img src="file:///etc/hostname">'],
    ['a frame', '<iframe src="http://127.0.0.1:9/frame"></iframe>'],
  ])('refuses to print a page that tries to load %s, as a deck error', async (_what, html) => {
    await expect(printer.pdf(page(html), { tagged: false })).rejects.toMatchObject({ code: 'E_COMPILE', message: expect.stringContaining('printing stopped: the page tried to load') })
  })

  it('keeps printing after a refused page', async () => {
    const { pdf } = await printer.pdf(page(''), { tagged: false })
    expect(pdf.length).toBeGreaterThan(500)
  })
})
