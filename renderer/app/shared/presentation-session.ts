import type { BriefdeckApi, PresentationChange, PresentationState, SlidePosition } from '../../core/api/contract'
import { changePresentation } from '../../core/present/presentation-state'
import { type RevealApi, positionOf, samePosition } from './reveal-deck'

/** A random id for this window, so it can tell its own changes from other views'. */
export function newClientId(): string {
  return `c${Math.random().toString(36).slice(2, 12)}`
}

type Listener = (state: PresentationState, fromElsewhere: boolean) => void

/**
 * This window's part in a deck's shared presentation (the protocol):
 *  1. The view loads the server's state (`presentation.get`) and learns the server clock's offset.
 *  2. A change made here is applied at once (the same pure `changePresentation` the server runs),
 *     then sent (`presentation.change`); the server's answer replaces it.
 *  3. Changes from any other view arrive as `presentation.changed` events, tagged with their client,
 *     so this view never re-applies its own.
 */
export class PresentationSession {
  private listeners = new Set<Listener>()
  private offset: number
  private stop: () => void

  private constructor(private readonly api: BriefdeckApi, readonly path: string, readonly client: string, public state: PresentationState) {
    this.offset = state.now - Date.now()
    this.stop = api.on('presentation.changed', (changed) => {
      if (changed.path !== path || changed.client === client) return
      this.accept(changed.state, true)
    })
  }

  static async open(api: BriefdeckApi, path: string): Promise<PresentationSession> {
    return new PresentationSession(api, path, newClientId(), await api.invoke('presentation.get', { path }))
  }

  /** The server's clock now, as this window reckons it. */
  serverNow(): number {
    return Date.now() + this.offset
  }

  change(change: PresentationChange): void {
    this.accept(changePresentation(this.state, change, this.serverNow()), false)
    void this.api.invoke('presentation.change', { path: this.path, change, client: this.client })
      .then((state) => this.accept(state, false), () => {})
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  close(): void {
    this.stop()
    this.listeners.clear()
  }

  private accept(state: PresentationState, fromElsewhere: boolean): void {
    this.offset = state.now - Date.now()
    this.state = state
    for (const listener of this.listeners) listener(state, fromElsewhere)
  }
}

/**
 * Keeps a reveal.js deck on the session's position for its role: the audience shows where the room
 * is (which may be frozen), the presenter where the presenter is. Moves made with this deck's keys
 * are sent; moves from elsewhere are applied without echoing them back.
 */
export function followPresentation(deck: RevealApi, session: PresentationSession, role: 'audience' | 'presenter', onMove?: () => void): () => void {
  let applying = false
  const target = (state: PresentationState): SlidePosition => (role === 'audience' ? state.audience : state.presenter)
  const send = (): void => {
    onMove?.()
    if (applying || samePosition(positionOf(deck), target(session.state))) return
    session.change({ type: 'move', position: positionOf(deck), from: role })
  }
  const apply = (state: PresentationState): void => {
    const to = target(state)
    if (samePosition(to, positionOf(deck))) return
    applying = true
    try {
      deck.slide(to.h, to.v, to.f)
    } finally {
      applying = false
    }
    onMove?.()
  }
  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const
  for (const event of events) deck.on(event, send)
  const stop = session.onChange((state, fromElsewhere) => {
    if (fromElsewhere) apply(state)
  })
  apply(session.state)
  return () => {
    stop()
    for (const event of events) deck.off(event, send)
  }
}
