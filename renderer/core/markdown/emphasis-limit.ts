/**
 * How many emphasis marks (`*`, `_`) one slide or its notes may have outside code before they are
 * taken as written. marked pairs emphasis delimiters in time that grows with the square of their
 * number: 8,000 marks in one 32 KiB slide held a compile (and `serve`) for 15 s, where a real slide
 * has tens.
 */
export const MAX_EMPHASIS_MARKS = 1000

/** The text with its emphasis marks escaped when there are more than MAX_EMPHASIS_MARKS; null when not. */
export function limitEmphasis(markdown: string): string | null {
  let count = 0
  for (let i = 0; i < markdown.length; i++) if (markdown[i] === '*' || markdown[i] === '_') count++
  if (count <= MAX_EMPHASIS_MARKS) return null
  let fence: string | null = null
  // Fenced code keeps its marks (they are code); elsewhere each becomes `\*` / `\_`, shown as typed.
  return markdown.split('\n').map((line) => {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence !== null) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = null
      return line
    }
    if (opener !== undefined) {
      fence = opener
      return line
    }
    // A rule (`***`) and a list bullet (`* item`) stay what they are.
    if (/^\s{0,3}([*_])(\s*\1){2,}\s*$/.test(line)) return line
    const bullet = /^\s*[*]\s+/.exec(line)?.[0] ?? ''
    return bullet + line.slice(bullet.length).replace(/(\\?)([*_])/g, (all, escaped: string, mark: string) => (escaped ? all : `\\${mark}`))
  }).join('\n')
}
