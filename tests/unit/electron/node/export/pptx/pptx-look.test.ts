import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toPptxLook } from '../../../../../../electron/node/export/pptx/pptx-look'
import { REVEAL_DIST } from '../../../../../../electron/node/decks/themes'
import { ROOT } from '../../../../../helpers/browser'

describe('toPptxLook', () => {
  it('reads the briefing theme\'s colours, fonts and sizes', () => {
    const look = toPptxLook(readFileSync(join(ROOT, 'assets/themes/briefing.css'), 'utf8'))
    expect(look).toMatchObject({ background: 'FBFAF6', text: '14171F', heading: '13235B', accent: 'C2410C', bodyFont: 'Noto Sans', codeFont: 'Noto Sans Mono', bodyPx: 34 })
    expect(look.headingPx[1]).toBeCloseTo(49.3, 1)
  })

  it('reads a reveal.js theme the same way', () => {
    const look = toPptxLook(readFileSync(join(REVEAL_DIST, 'theme', 'black.css'), 'utf8'))
    expect(look.background).toBe('191919')
    expect(look.text).toBe('FFFFFF')
  })
})
