import { describe, expect, it } from 'vitest'
import { readCitations } from '../../../../../renderer/core/markdown/citations'
import { createMarkdown } from '../../../../../renderer/core/markdown/create-markdown'

describe('citations: [@id], [@id, p. 3], [@a; @b]', () => {
  it('reads one citation, a locator, and several in one bracket', () => {
    expect(readCitations('@fp')).toEqual([{ id: 'fp' }])
    expect(readCitations('@fp, p. 3')).toEqual([{ id: 'fp', locator: 'p. 3' }])
    expect(readCitations('@a; @b, §2')).toEqual([{ id: 'a' }, { id: 'b', locator: '§2' }])
  })

  it('leaves brackets that are not citations alone: an e-mail, a link whose text starts with @, words after the id', () => {
    expect(readCitations('@a b')).toBeNull()
    const html = createMarkdown()('[mail@x.org] and [@handle](https://example.org) and [@fp]').html
    expect(html).toContain('<a href="https://example.org">@handle</a>')
    expect(html.match(/<cite /g)).toHaveLength(1)
  })

  it('renders a citation as <cite> holding what was written, with its citations as data', () => {
    expect(createMarkdown()('Trade [@fp, p. 3].').html).toContain('<cite data-bd-cite="[{&quot;id&quot;:&quot;fp&quot;,&quot;locator&quot;:&quot;p. 3&quot;}]">[@fp, p. 3]</cite>')
  })

  it('numbers footnotes per slide: each compile of a slide starts again at 1 (marked-footnote resets between slides)', () => {
    const markdown = createMarkdown()
    markdown('One[^a].\n\n[^a]: First.')
    const second = markdown('Two[^b].\n\n[^b]: Second.').html
    expect(second).toContain('>1</a></sup>')
    expect(second).toContain('Second.')
    expect(markdown('No definition[^z] here').html).toContain('[^z]')
  })
})
