import { describe, expect, it } from 'vitest'
import { roomStatus } from '../../../../../renderer/core/present/room-status'

const room = (screen: 'slides' | 'black' | 'white', overview = false, frozen = false) => ({ screen, overview, frozen })

describe('roomStatus', () => {
  it('says the room follows the presenter, or is frozen on a slide', () => {
    expect(roomStatus(room('slides'), 2)).toBe('Audience: live')
    expect(roomStatus(room('slides', false, true), 2)).toBe('Audience frozen on slide 2')
  })

  it('says when the projector shows the overview', () => {
    expect(roomStatus(room('slides', true), 2)).toBe('Audience: overview')
    expect(roomStatus(room('slides', true, true), 2)).toBe('Audience: overview · frozen on 2')
  })

  it('puts a black or white screen first, since the room sees nothing else', () => {
    expect(roomStatus(room('black', true), 2)).toBe('Audience: black screen')
    expect(roomStatus(room('white', false, true), 3)).toBe('Audience: white screen · frozen on 3')
  })
})
