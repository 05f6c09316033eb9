import type { BrowserWindow } from 'electron'
import { type MoveEffect, type MoveInput, type MoveState, type MoveTarget, windowMove } from './window-move'

/** How long to wait for a full-screen transition's event before going on without it. */
const TRANSITION_TIMEOUT_MS = 1500

/**
 * Drives `windowMove` for one BrowserWindow: applies its effects and feeds it the window's
 * full-screen events. Inputs that arrive while effects are being applied (Windows and Linux may send
 * the event from inside `setFullScreen`) wait in a queue, so each step sees the state it expects.
 */
export class WindowMover {
  private state: MoveState = { phase: 'idle' }
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly queue: MoveInput[] = []
  private busy = false

  constructor(private readonly window: BrowserWindow) {
    window.on('leave-full-screen', () => this.feed({ type: 'left-full-screen' }))
    window.on('enter-full-screen', () => this.feed({ type: 'entered-full-screen' }))
    window.on('closed', () => clearTimeout(this.timer))
  }

  moveTo(target: MoveTarget): void {
    if (!this.window.isDestroyed()) this.feed({ type: 'move', target, fullScreen: this.window.isFullScreen() })
  }

  private feed(input: MoveInput): void {
    this.queue.push(input)
    if (this.busy) return
    this.busy = true
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        const step = windowMove(this.state, next)
        this.state = step.state
        for (const effect of step.effects) this.apply(effect)
      }
    } finally {
      this.busy = false
    }
  }

  private apply(effect: MoveEffect): void {
    if (effect.type === 'stop-timer') return clearTimeout(this.timer)
    if (effect.type === 'start-timer') {
      clearTimeout(this.timer)
      this.timer = setTimeout(() => this.feed({ type: 'timed-out' }), TRANSITION_TIMEOUT_MS)
      return
    }
    if (this.window.isDestroyed()) return
    if (effect.type === 'set-bounds') this.window.setBounds(effect.bounds)
    else this.window.setFullScreen(effect.on)
  }
}
