import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { LEAVE_PROMPT, guardUnload, shouldLeave } from '../../../../electron/main/unload-prompt'

describe('closing or leaving a page with unsaved editor text', () => {
  it('asks Leave or Stay, keeping the text on Enter and Esc', () => {
    expect(LEAVE_PROMPT.buttons).toEqual(['Leave', 'Stay'])
    expect([LEAVE_PROMPT.defaultId, LEAVE_PROMPT.cancelId]).toEqual([1, 1])
    expect([shouldLeave(0), shouldLeave(1)]).toEqual([true, false])
  })

  // A fake webContents checks wiring only: the prompt is asked on will-prevent-unload, and only Leave lets the unload go on.
  it('answers will-prevent-unload, which Electron otherwise leaves silently blocking the close and the quit', () => {
    const contents = new EventEmitter()
    const answers = [0, 1]
    guardUnload(contents as never, () => answers.shift() ?? 1)
    const unloads = [0, 1].map(() => {
      let allowed = false
      contents.emit('will-prevent-unload', { preventDefault: () => void (allowed = true) })
      return allowed
    })
    expect(unloads).toEqual([true, false])
  })
})
