/**
 * A realistic synthetic deck of `count` slides: headings, bullets with fragments, notes on every
 * slide, a vertical slide every 5th, a table every 7th and highlighted code every 10th.
 */
export function generateDeck(count: number): string {
  const parts = ['---', `title: Generated deck of ${count} slides`, 'author: Briefdeck bench', 'duration: 60m', '---', '']
  for (let i = 1; i <= count; i++) {
    const body = [`## Slide ${i}: Indo-Pacific item ${i}`, '']
    body.push(`- Trade reached **$${(20 + (i % 7)).toFixed(2)} bn** in year ${2000 + (i % 25)} <!-- .element: class="fragment" -->`)
    body.push(`- Exercise *Dharma Guardian* round ${i} <!-- .element: class="fragment" -->`)
    body.push(`- Rail: ${300 + (i % 60)} km/h, ${i % 20}% shorter braking`)
    if (i % 7 === 0) body.push('', '| Flow | FY |', '|---|--:|', `| Exports | ${i} |`, `| Imports | ${i * 2} |`)
    if (i % 10 === 0) body.push('', '```ts [1|2]', `const slide = ${i}`, 'console.log(slide * 2)', '```')
    body.push('', `Note: Speaker notes for slide ${i}. Mention the figure, pause, then take questions.`)
    parts.push(body.join('\n'), i === count ? '' : i % 5 === 0 ? '--' : '---')
  }
  return parts.join('\n')
}
