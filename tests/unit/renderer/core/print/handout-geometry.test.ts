import { describe, expect, it } from 'vitest'
import { HEAD_HEIGHT, handoutBody, handoutHead, slideHeight, slideWidth } from '../../../../../renderer/core/print/handout-geometry'
import { PAGE_MARGIN, printPageSize } from '../../../../../renderer/core/print/page-geometry'

describe('handout geometry', () => {
  it('puts the head at the top margin and the body under it, inside the margins', () => {
    const page = printPageSize('handout', 'letter')
    const head = handoutHead(page)
    const body = handoutBody(page)
    expect([head.x, head.y, head.w]).toEqual([PAGE_MARGIN, PAGE_MARGIN, 816 - 2 * PAGE_MARGIN])
    expect(body.y).toBeCloseTo(PAGE_MARGIN + HEAD_HEIGHT, 9)
    expect(body.y).toBeGreaterThan(head.y + head.h)
    expect(body.y + body.h).toBeCloseTo(1056 - PAGE_MARGIN, 9)
  })

  it('keeps slides at 16:9 both ways', () => {
    expect(slideHeight(1280)).toBe(720)
    expect(slideWidth(slideHeight(703))).toBeCloseTo(703, 9)
  })
})
