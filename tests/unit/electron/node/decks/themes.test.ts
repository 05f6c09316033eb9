import { describe, expect, it } from 'vitest'
import { loadThemeCss } from '../../../../../electron/node/decks/themes'

describe('loadThemeCss', () => {
  it('serves Briefdeck’s own theme and reveal.js themes without their remote @imports', () => {
    expect(loadThemeCss('briefing')).toContain('--bd-accent')
    const simple = loadThemeCss('simple')
    expect(simple).toContain('.reveal')
    expect(simple).not.toMatch(/@import[^;]*https?:/)
  })

  it('refuses unknown and path-like names', () => {
    expect(loadThemeCss('nope')).toBeNull()
    expect(loadThemeCss('../../package')).toBeNull()
  })
})
