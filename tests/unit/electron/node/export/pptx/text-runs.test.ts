import { describe, expect, it } from 'vitest'
import { toTextRuns } from '../../../../../../electron/node/export/pptx/text-runs'
import { parseHtml } from '../../../../../../renderer/core/html/html-tree'

const runs = (html: string) => toTextRuns(parseHtml(html).childNodes)

describe('toTextRuns', () => {
  it('collapses white space as a browser shows it and merges runs of one style', () => {
    expect(runs('  one\n  two <b>bold</b><strong> too</strong>  ')).toEqual([{ text: 'one two ' }, { text: 'bold too', bold: true }])
  })

  it('maps inline formatting, terms, line breaks and web links; slide anchors and scripts stay plain text', () => {
    expect(runs('<em>i</em><code>c</code><s>s</s><sup>2</sup><span class="bd-term">मैत्री</span>a<br>b')).toEqual([
      { text: 'i', italic: true }, { text: 'c', code: true }, { text: 's', strike: true }, { text: '2', sup: true },
      { text: 'मैत्री', bold: true, color: 'term' }, { text: 'a' }, { text: 'b', lineBreak: true },
    ])
    expect(runs('<a href="https://x.org/">w</a> <a href="#/2">s</a> <a href="javascript:alert(1)">j</a>')).toEqual([{ text: 'w', link: 'https://x.org/' }, { text: ' s j' }])
  })
})
