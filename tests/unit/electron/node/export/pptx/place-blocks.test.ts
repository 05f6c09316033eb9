import { describe, expect, it } from 'vitest'
import { type SizedBlock, placeBlocks, placeFootnotes } from '../../../../../../electron/node/export/pptx/place-blocks'
import { toPptxLook } from '../../../../../../electron/node/export/pptx/pptx-look'
import type { Paragraph } from '../../../../../../electron/node/export/pptx/slide-blocks'

const look = toPptxLook('')
const area = { x: 50, y: 150, w: 1180, h: 530 }
const paragraph = (text: string): Paragraph => ({ runs: [{ text }], level: 0, bullet: { type: 'disc' }, role: 'body', step: 0 })

describe('placeBlocks', () => {
  it('stacks blocks top to bottom at full size when they fit, the first text as the body', () => {
    const image: SizedBlock = { kind: 'image', src: 'data:image/png;base64,', alt: '', step: 0, size: { width: 400, height: 200 } }
    const placed = placeBlocks([{ kind: 'text', paragraphs: [paragraph('one')] }, image], area, { look, base: 1 })
    expect(placed.map((p) => p.kind)).toEqual(['text', 'image'])
    expect(placed[0]).toMatchObject({ body: true, scale: 1, box: { x: 50, y: 150 } })
    const [text, picture] = placed
    expect(picture.box.y).toBeGreaterThan(text.box.y + text.box.h)
    expect(picture.box).toMatchObject({ w: 400, h: 200 })
  })

  it('shrinks everything together when the blocks are taller than the area', () => {
    const long = { kind: 'text' as const, paragraphs: Array.from({ length: 12 }, (_, i) => paragraph(`point ${i}`)) }
    const [placed] = placeBlocks([long], area, { look, base: 1 })
    expect(placed.kind === 'text' && placed.scale).toBeLessThan(1)
    expect(placed.box.h).toBeLessThanOrEqual(area.h)
  })

  it('puts columns side by side, each a share of the width', () => {
    const column = (text: string): SizedBlock[] => [{ kind: 'text', paragraphs: [paragraph(text)] }]
    const placed = placeBlocks([{ kind: 'columns', columns: [column('a'), column('b')] }], area, { look, base: 1 })
    expect(placed).toHaveLength(2)
    expect(placed[0].box.y).toBe(placed[1].box.y)
    expect(placed[1].box.x).toBeGreaterThan(placed[0].box.x + placed[0].box.w)
  })

  it('puts footnotes at the slide\'s foot, clear of the arrows\' corner, and gives the content what is left above them', () => {
    const content = { x: 51, y: 152, w: 1178, h: 530 }
    const one = placeFootnotes([[{ text: '1. A short note.' }]], content)
    const three = placeFootnotes([[{ text: '1. A note. '.repeat(30) }], [{ text: '2. Another.' }]], content)
    expect(one.box.y + one.box.h).toBe(720 - 34)
    expect(one.box.x + one.box.w).toBe(1280 - 110)
    expect(three.box.h).toBeGreaterThan(one.box.h * 2)
    expect(one.content.y + one.content.h).toBeLessThan(one.box.y)
    expect(three.content.h).toBeLessThan(one.content.h)
  })
})
