import { BrowserWindow } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DrawnDiagram } from '../../renderer/core/blocks/diagram'
import { type DiagramPage, diagramPageHtml, drawInPage } from '../node/blocks/diagram-host'

/**
 * The desktop app's DiagramPage: the diagram page in a hidden, sandboxed window of Electron's own
 * Chromium, in a session of its own that refuses every request but the page's file. A window per
 * batch, as the printer does: a hidden window left open would keep the app from quitting when its
 * last visible window closes.
 */
export async function openElectronDiagramPage(): Promise<DiagramPage> {
  return {
    async draw(sources, look, fontCss) {
      const dir = await mkdtemp(join(tmpdir(), 'briefdeck-diagrams-'))
      const window = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true, partition: 'briefdeck-diagrams', disableBlinkFeatures: 'Auxclick' },
      })
      try {
        const file = join(dir, 'diagrams.html')
        await writeFile(file, diagramPageHtml())
        const page = pathToFileURL(file).href
        window.webContents.session.webRequest.onBeforeRequest((details, answer) => answer({ cancel: details.url !== page }))
        window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
        window.webContents.on('will-navigate', (event) => event.preventDefault())
        await window.loadFile(file)
        const call = `(${drawInPage.toString()})(${JSON.stringify({ list: sources, style: look, css: fontCss })})`
        return (await window.webContents.executeJavaScript(call)) as DrawnDiagram[]
      } finally {
        window.destroy()
        await rm(dir, { recursive: true, force: true })
      }
    },
    async close() {},
  }
}
