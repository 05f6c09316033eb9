import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { MainWindowSlot } from '../../../../electron/main/main-window'

/** A stand-in BrowserWindow for wiring: it records calls and, like Electron's, is destroyed once closed. */
class FakeWindow extends EventEmitter {
  destroyed = false
  calls: string[] = []
  isDestroyed = () => this.destroyed
  isMinimized = () => false
  focus = () => void this.calls.push('focus')
  setProgressBar = (value: number) => {
    if (this.destroyed) throw new Error('Object has been destroyed')
    this.calls.push(`progress ${value}`)
  }
  close() {
    this.destroyed = true
    this.emit('closed')
  }
}

describe('MainWindowSlot', () => {
  it('forgets the main window once closed, so an export started later never touches it', () => {
    const made: FakeWindow[] = []
    const slot = new MainWindowSlot(() => made[made.push(new FakeWindow()) - 1] as never)
    slot.show()
    slot.setProgress(0.5)
    made[0].close()
    expect(slot.current()).toBeNull()
    expect(() => slot.setProgress(2)).not.toThrow()
    expect(made[0].calls).toEqual(['progress 0.5'])
  })

  it('brings an open main window forward and makes a new one, on the route asked, once it was closed', () => {
    const routes: string[] = []
    const made: FakeWindow[] = []
    const slot = new MainWindowSlot((route) => {
      routes.push(route)
      return made[made.push(new FakeWindow()) - 1] as never
    })
    slot.show()
    slot.show()
    made[0].close()
    slot.show('#/new')
    expect(routes).toEqual(['#/', '#/new'])
    expect(made[0].calls).toEqual(['focus'])
    expect(slot.current()).toBe(made[1])
  })
})
