import { describe, expect, it } from 'vitest'
import { pageFooter } from '../../../../../renderer/core/print/page-footer'

describe('pageFooter', () => {
  it('carries the escaped title and a page-number placeholder, smaller over a full-page slide', () => {
    expect(pageFooter('A & B', false)).toBe('<footer class="bd-footer"><span>A &amp; B</span><span class="bd-footer-stamp"><!--bd-stamp--></span><span><!--bd-page--></span></footer>')
    expect(pageFooter('T', true)).toContain('class="bd-footer bd-footer-over"')
  })
})
