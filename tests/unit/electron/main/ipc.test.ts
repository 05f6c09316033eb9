import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../../renderer/core/api/contract'
import { createInvokeHandler, registerIpc } from '../../../../electron/main/ipc'
import { type Handlers, IPC_INVOKE } from '../../../../renderer/core/api/contract'

// A fake of Electron's ipcMain checks wiring only: what is registered and which senders get through.
const calls: string[] = []
const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, async (request: unknown) => {
  calls.push(channel)
  return { echoed: request }
}])) as unknown as Handlers
const app = { senderFrame: { url: 'briefdeck://app/index.html#/' } }

describe('IPC wiring', () => {
  it('registers the one invoke channel and removes it again', () => {
    const registered = new Map<string, unknown>()
    const stop = registerIpc({ handle: (name: string, fn: unknown) => void registered.set(name, fn), removeHandler: (name: string) => void registered.delete(name) } as never, () => handlers)
    expect([...registered.keys()]).toEqual([IPC_INVOKE])
    stop()
    expect(registered.size).toBe(0)
  })

  it('passes a valid request from an app page to its handler', async () => {
    const invoke = createInvokeHandler(() => handlers)
    expect(await invoke(app as never, 'deck.open', { path: 'a.md' })).toEqual({ ok: true, value: { echoed: { path: 'a.md' } } })
  })

  it('refuses senders that are not app pages, before any handler runs', async () => {
    calls.length = 0
    const invoke = createInvokeHandler(() => handlers)
    for (const url of ['https://example.com/', 'briefdeck://files/deck.html', 'file:///tmp/x.html']) {
      expect(await invoke({ senderFrame: { url } } as never, 'library.list', {})).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } })
    }
    expect(await invoke({ senderFrame: null } as never, 'library.list', {})).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } })
    expect(calls).toEqual([])
  })

  it('gives the handlers the event of each call, so a window’s report is known to be that window’s', async () => {
    const senders: unknown[] = []
    const invoke = createInvokeHandler((event) => {
      senders.push(event.sender)
      return handlers
    })
    await invoke({ ...app, sender: { id: 7 } } as never, 'view.report', { view: 'library', path: null })
    expect(senders).toEqual([{ id: 7 }])
  })

  it('validates channel and arguments', async () => {
    const invoke = createInvokeHandler(() => handlers)
    expect(await invoke(app as never, 'shell.openExternal', {})).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } })
    expect(await invoke(app as never, 'deck.open', { path: '../../.ssh/id_rsa.md' })).toMatchObject({ ok: false, error: { code: 'E_INVALID' } })
  })
})
