import { describe, expect, it } from 'vitest'
import { codePointsOf, parseFontFaceCss, parseUnicodeRange, renderFontFace, selectFontFaces } from '../../../../../renderer/core/html/font-faces'

const CSS = `
/* latin */
@font-face {
  font-family: 'Noto Sans';
  font-style: normal;
  font-weight: 400;
  src: url(./files/latin.woff2) format('woff2'), url(./files/latin.woff) format('woff');
  unicode-range: U+0000-00FF,U+0131;
}
@font-face {
  font-family: 'Noto Sans Devanagari';
  font-style: normal;
  font-weight: 700;
  src: url(./files/deva.woff2) format('woff2');
  unicode-range: U+0900-097F;
}
@font-face {
  font-family: 'Noto Sans JP';
  font-style: normal;
  font-weight: 400;
  src: url(./files/jp-1.woff2) format('woff2');
  unicode-range: U+3041-309F;
}`

describe('font faces', () => {
  it('reads family, weight, file and ranges from fontsource CSS', () => {
    const faces = parseFontFaceCss(CSS)
    expect(faces.map((f) => [f.family, f.weight, f.file])).toEqual([
      ['Noto Sans', 400, './files/latin.woff2'], ['Noto Sans Devanagari', 700, './files/deva.woff2'], ['Noto Sans JP', 400, './files/jp-1.woff2'],
    ])
    expect(faces[0].ranges).toEqual([[0, 0xff], [0x131, 0x131]])
  })

  it('parses wildcard unicode ranges', () => {
    expect(parseUnicodeRange('U+4??, U+20-7F')).toEqual([[0x400, 0x4ff], [0x20, 0x7f]])
  })

  const STACK = ['Noto Sans', 'Noto Sans Devanagari', 'Noto Sans JP']

  it('selects only the faces covering characters the deck uses (and always basic Latin)', () => {
    const faces = parseFontFaceCss(CSS)
    expect(selectFontFaces(faces, codePointsOf('Hello'), STACK).map((f) => f.family)).toEqual(['Noto Sans'])
    expect(selectFontFaces(faces, codePointsOf('नमस्ते'), STACK).map((f) => f.family)).toEqual(['Noto Sans', 'Noto Sans Devanagari'])
    expect(selectFontFaces(faces, codePointsOf('ひかり'), STACK).map((f) => f.family)).toEqual(['Noto Sans', 'Noto Sans JP'])
  })

  it('embeds a fallback family only for characters the families before it lack, as the cascade draws them', () => {
    const faces = [
      ...parseFontFaceCss(CSS),
      ...parseFontFaceCss("@font-face{font-family:'Noto Sans JP';font-weight:400;src:url(./files/jp-latin.woff2);unicode-range:U+0000-00FF,U+2013}"),
    ]
    expect(selectFontFaces(faces, codePointsOf('Tokyo · café'), STACK).map((f) => f.file)).toEqual(['./files/latin.woff2'])
    expect(selectFontFaces(faces, codePointsOf('Tokyo – ひ'), STACK).map((f) => f.file)).toEqual(['./files/latin.woff2', './files/jp-1.woff2', './files/jp-latin.woff2'])
  })

  it('renders an @font-face rule with the given URL and the same ranges', () => {
    const [face] = parseFontFaceCss(CSS)
    expect(renderFontFace(face, 'data:font/woff2;base64,AA')).toBe(
      "@font-face{font-family:'Noto Sans';font-style:normal;font-weight:400;font-display:block;src:url(data:font/woff2;base64,AA) format('woff2');unicode-range:U+0-FF,U+131}")
  })
})
