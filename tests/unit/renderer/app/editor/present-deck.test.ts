import { describe, expect, it } from 'vitest'
import { type PresentView, presentDeck } from '../../../../../renderer/app/editor/present-deck'

describe('presentDeck', () => {
  const opened = async (screens: { isExtended?: boolean }) => {
    const views: PresentView[] = []
    await presentDeck(async (view) => void views.push(view), screens)
    return views
  }

  it('opens the audience view, not the presenter view, on one screen (or when the browser cannot tell)', async () => {
    expect(await opened({ isExtended: false })).toEqual(['present'])
    expect(await opened({})).toEqual(['present'])
  })

  it('opens the audience view and then the presenter view beside it on two screens', async () => {
    expect(await opened({ isExtended: true })).toEqual(['present', 'presenter'])
  })
})
