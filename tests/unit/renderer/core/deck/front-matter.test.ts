import { describe, expect, it } from 'vitest'
import { parseFrontMatter, toMinutes } from '../../../../../renderer/core/deck/front-matter'

describe('parseFrontMatter', () => {
  it('reads the documented keys and where the body starts', () => {
    const { meta, body, bodyLine, diagnostics } = parseFrontMatter(
      '---\ntitle: Visit\nsubtitle: Tokyo\nauthor: Desk\ndate: 2025-08-30\ntheme: briefing\nduration: 20m\n---\n# A\n', 'd.md')
    expect(meta).toMatchObject({ title: 'Visit', subtitle: 'Tokyo', author: 'Desk', date: '2025-08-30', theme: 'briefing', duration: 20 })
    expect(body).toBe('# A\n')
    expect(bodyLine).toBe(9)
    expect(diagnostics).toEqual([])
  })

  it('accepts `...` as the closing line', () => {
    expect(parseFrontMatter('---\ntitle: A\n...\nbody', 'd.md').body).toBe('body')
  })

  it('treats a leading `---` block without `key:` lines as a slide separator, not front matter', () => {
    const result = parseFrontMatter('---\n# Slide one\n---\n# Two', 'd.md')
    expect(result.body).toBe('---\n# Slide one\n---\n# Two')
  })

  it('reports a front matter that is not a mapping', () => {
    const { diagnostics } = parseFrontMatter('---\n- a: 1\n- b\n---\nx', 'd.md')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_FRONTMATTER', line: 2 })])
  })

  it('reports a duplicate key as invalid YAML with its line', () => {
    const { diagnostics } = parseFrontMatter('---\ntitle: a\nauthor: b\ntitle: c\n---\nx', 'd.md')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_FRONTMATTER', line: 4 })])
  })

  it('passes on allowed revealOptions and warns about the rest', () => {
    const { meta, diagnostics } = parseFrontMatter(
      '---\nrevealOptions:\n  transition: fade\n  controls: false\n  width: "wide"\n  dependencies: []\n---\nx', 'd.md')
    expect(meta.revealOptions).toEqual({ transition: 'fade', controls: false })
    expect(diagnostics.map((d) => d.message)).toEqual([
      'revealOptions.width must be a number; ignored',
      'revealOptions.dependencies is not a reveal.js option Briefdeck passes on; ignored',
    ])
  })

  it('passes on only the transitions reveal.js knows, and no markup in text options', () => {
    const { meta, diagnostics } = parseFrontMatter('---\nrevealOptions:\n  transition: \'none"><x>\'\n  transitionSpeed: slow\n  controlsLayout: \'edges" onx="1\'\n---\nx', 'd.md')
    expect(meta.revealOptions).toEqual({ transitionSpeed: 'slow' })
    expect(diagnostics.map((d) => d.message)).toEqual([
      'revealOptions.transition must be one of none, fade, slide, convex, concave, zoom; ignored',
      'revealOptions.controlsLayout has characters reveal.js cannot take; ignored',
    ])
  })

  it('warns when a text key holds a list', () => {
    const { meta, diagnostics } = parseFrontMatter('---\ntitle:\n  - a\n---\nx', 'd.md')
    expect(meta.title).toBeUndefined()
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_BAD_OPTION', line: 2 })])
  })
})

describe('toMinutes', () => {
  it.each([
    [20, 20], ['20', 20], ['20m', 20], ['20 min', 20], ['1h30m', 90], ['1h', 60], ['0:20:00', 20],
    ['25:30', 25.5], ['90s', 1.5],
  ])('reads %j as %d minutes', (input, minutes) => {
    expect(toMinutes(input)).toBe(minutes)
  })

  it.each([[0], [-5], ['soon'], [''], [null], [[20]]])('rejects %j', (input) => {
    expect(toMinutes(input)).toBeUndefined()
  })
})

describe('parseFrontMatter: unclosed', () => {
  it('reports front matter that is never closed at its first line', () => {
    expect(parseFrontMatter('---\ntitle: x\n# A', 'd.md').diagnostics).toEqual([expect.objectContaining({ code: 'E_FRONTMATTER', line: 1 })])
  })

  it('leaves a leading separator followed by a slide alone', () => {
    expect(parseFrontMatter('---\n# A\n', 'd.md').diagnostics).toEqual([])
  })
})

describe('parseFrontMatter: hostile YAML', () => {
  const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n')

  it('refuses an alias bomb with an error, instead of expanding it', () => {
    const { diagnostics } = parseFrontMatter(`---\n${bomb}\ntitle: x\n---\n# A`, 'd.md')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'E_FRONTMATTER', severity: 'error', message: expect.stringContaining('aliases') })])
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('warns about revealOptions.%s, never crashes', (name) => {
    const { meta, diagnostics } = parseFrontMatter(`---\nrevealOptions:\n  ${name}: true\n---\n# A`, 'd.md')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_BAD_OPTION', line: 2 })])
    expect(Object.keys(meta.revealOptions)).toEqual([])
  })
})

describe('parseFrontMatter: revealOptions that would load content', () => {
  it('does not pass previewLinks on (it opens a deck’s relative links, local files, in a frame)', () => {
    const { meta, diagnostics } = parseFrontMatter('---\nrevealOptions:\n  previewLinks: true\n---\n# A', 'd.md')
    expect(meta.revealOptions).toEqual({})
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'W_BAD_OPTION' })])
  })
})
