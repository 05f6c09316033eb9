import { describe, expect, it } from 'vitest'
import { SLIDE_HEIGHT, SLIDE_WIDTH, isDark, renderStaticSlide, splitBackground } from '../../../../../renderer/core/slide/static-slide'

describe('renderStaticSlide', () => {
  it('draws the slide as a present reveal.js section in a frame of the slide size', () => {
    const html = renderStaticSlide({ html: '<h2>Hi</h2>', attributes: {} }, { center: true, scope: 'bd-deck-t' })
    expect(html).toMatch(/^<div class="bd-frame bd-deck-t" data-bd-center="true" style="--bd-slide-w:1280px;--bd-slide-h:720px">/)
    expect(html).toContain('<div class="reveal"><div class="slides"><section class="present"><h2>Hi</h2></section></div></div></div>')
    expect([SLIDE_WIDTH, SLIDE_HEIGHT]).toEqual([1280, 720])
  })

  it('moves background attributes to the frame and keeps the slide’s classes and other attributes', () => {
    const html = renderStaticSlide({ html: 'x', attributes: { 'data-background-color': '#000', class: 'bd-title', 'data-state': 'a"b' } }, { center: true, scope: 'bd-deck-t' })
    expect(html).toContain('<div class="bd-bg" style="background-color:#000"></div>')
    expect(html).toContain('<section class="present has-dark-background bd-title" data-state="a&quot;b">x</section>')
    expect(html).not.toMatch(/<section[^>]*data-background/)
  })

  it('says whether to centre the content vertically, as reveal.js’s center option', () => {
    expect(renderStaticSlide({ html: '', attributes: {} }, { center: false, scope: 'bd-deck-t' })).toContain('data-bd-center="false"')
  })

  it('shows the given HTML instead of the slide’s own (fragments prepared for print)', () => {
    expect(renderStaticSlide({ html: 'own', attributes: {} }, { center: true, html: 'prepared', scope: 'bd-deck-t' })).toContain('<section class="present">prepared</section>')
  })
})

describe('splitBackground', () => {
  it('turns reveal.js background attributes into CSS and keeps the rest', () => {
    const { background, attributes, dark } = splitBackground({
      'data-background-color': '#13235b', 'data-background-image': 'data:image/png;base64,AA', 'data-background-size': 'contain', class: 'x',
    })
    expect(background).toBe('background-color:#13235b;background-image:url("data:image/png;base64,AA");background-size:contain;background-position:center;background-repeat:no-repeat')
    expect(attributes).toEqual({ class: 'x' })
    expect(dark).toBe(true)
  })

  it('reads data-background as a colour or an image, and cannot inject CSS', () => {
    expect(splitBackground({ 'data-background': '#fff' }).background).toBe('background-color:#fff')
    expect(splitBackground({ 'data-background': 'img/a.png' }).background).toContain('url("img/a.png")')
    expect(splitBackground({ 'data-background-color': 'red;}body{display:none' }).background).toBe('background-color:redbodydisplay:none')
  })

  it('drops background attributes it does not draw, and says nothing of darkness without a colour', () => {
    expect(splitBackground({ 'data-background-video': 'v.mp4', id: 'a' })).toEqual({ background: '', attributes: { id: 'a' }, dark: null })
  })
})

describe('isDark', () => {
  it('tells dark colours from light ones, and does not guess a named colour', () => {
    expect([isDark('#000'), isDark('#ffffff'), isDark('rgb(20, 30, 40)'), isDark('teal')]).toEqual([true, false, true, null])
  })
})
