import { type HtmlElement, findAll, getAttribute, hasClass, isElement, isText, walk } from './html-tree'

/** A KaTeX font face: family, weight and style, as its @font-face rules name them. */
export interface MathFace {
  family: string
  weight: 'normal' | 'bold'
  style: 'normal' | 'italic'
}

/**
 * KaTeX's rules that choose a font (katex.css, below `.katex`), in the stylesheet's order: the
 * classes an element must have, those its parent must have (`.mult .delim-size1 > span`), and what
 * they set. A unit test reads katex.css and checks this table against it.
 */
export const KATEX_FONT_RULES: ReadonlyArray<{ classes: string[]; parent?: string[]; set: Partial<MathFace> }> = [
  { classes: ['textbf'], set: { weight: 'bold' } },
  { classes: ['textit'], set: { style: 'italic' } },
  { classes: ['textrm'], set: { family: 'KaTeX_Main' } },
  { classes: ['textsf'], set: { family: 'KaTeX_SansSerif' } },
  { classes: ['texttt'], set: { family: 'KaTeX_Typewriter' } },
  { classes: ['mathnormal'], set: { family: 'KaTeX_Math', style: 'italic' } },
  { classes: ['mathit'], set: { family: 'KaTeX_Main', style: 'italic' } },
  { classes: ['mathrm'], set: { style: 'normal' } },
  { classes: ['mathbf'], set: { family: 'KaTeX_Main', weight: 'bold' } },
  { classes: ['boldsymbol'], set: { family: 'KaTeX_Math', weight: 'bold', style: 'italic' } },
  { classes: ['amsrm'], set: { family: 'KaTeX_AMS' } },
  { classes: ['mathbb'], set: { family: 'KaTeX_AMS' } },
  { classes: ['textbb'], set: { family: 'KaTeX_AMS' } },
  { classes: ['mathcal'], set: { family: 'KaTeX_Caligraphic' } },
  { classes: ['mathfrak'], set: { family: 'KaTeX_Fraktur' } },
  { classes: ['textfrak'], set: { family: 'KaTeX_Fraktur' } },
  { classes: ['mathboldfrak'], set: { family: 'KaTeX_Fraktur', weight: 'bold' } },
  { classes: ['textboldfrak'], set: { family: 'KaTeX_Fraktur', weight: 'bold' } },
  { classes: ['mathtt'], set: { family: 'KaTeX_Typewriter' } },
  { classes: ['mathscr'], set: { family: 'KaTeX_Script' } },
  { classes: ['textscr'], set: { family: 'KaTeX_Script' } },
  { classes: ['mathsf'], set: { family: 'KaTeX_SansSerif' } },
  { classes: ['textsf'], set: { family: 'KaTeX_SansSerif' } },
  { classes: ['mathboldsf'], set: { family: 'KaTeX_SansSerif', weight: 'bold' } },
  { classes: ['textboldsf'], set: { family: 'KaTeX_SansSerif', weight: 'bold' } },
  { classes: ['mathsfit'], set: { family: 'KaTeX_SansSerif', style: 'italic' } },
  { classes: ['mathitsf'], set: { family: 'KaTeX_SansSerif', style: 'italic' } },
  { classes: ['textitsf'], set: { family: 'KaTeX_SansSerif', style: 'italic' } },
  { classes: ['mainrm'], set: { family: 'KaTeX_Main', style: 'normal' } },
  { classes: ['delimsizing', 'size1'], set: { family: 'KaTeX_Size1' } },
  { classes: ['delimsizing', 'size2'], set: { family: 'KaTeX_Size2' } },
  { classes: ['delimsizing', 'size3'], set: { family: 'KaTeX_Size3' } },
  { classes: ['delimsizing', 'size4'], set: { family: 'KaTeX_Size4' } },
  { classes: [], parent: ['delim-size1'], set: { family: 'KaTeX_Size1' } },
  { classes: [], parent: ['delim-size4'], set: { family: 'KaTeX_Size4' } },
  { classes: ['op-symbol', 'small-op'], set: { family: 'KaTeX_Size1' } },
  { classes: ['op-symbol', 'large-op'], set: { family: 'KaTeX_Size2' } },
]

/** `.katex`'s own font: everything inherits it. */
const BASE: MathFace = { family: 'KaTeX_Main', weight: 'normal', style: 'normal' }

/**
 * The KaTeX faces that draw a slide's formulas, as the browser's cascade picks them: each visible
 * character (the `katex-html` part; the MathML part is for screen readers and never drawn) is set in
 * the face its nearest rules give it. Only these font files are embedded. Sorted names, e.g.
 * `KaTeX_Main normal normal`.
 */
export function mathFacesOf(root: HtmlElement): string[] {
  const faces = new Set<string>()
  for (const html of findAll(root, (el) => hasClass(el, 'katex-html'))) {
    const computed = new Map<HtmlElement, MathFace>()
    walk(html, (node) => {
      const up = 'parentNode' in node ? node.parentNode : null
      const parent = up && isElement(up) ? up : null
      const inherited = (parent && computed.get(parent)) ?? BASE
      if (isElement(node)) computed.set(node, faceOf(node, parent, inherited))
      else if (isText(node) && node.value.trim() !== '') {
        const face = inherited
        faces.add(`${face.family} ${face.weight} ${face.style}`)
      }
    })
  }
  return [...faces].sort()
}

/** An element's face: what it inherits, then the rules it matches, in the stylesheet's order (the later wins, as they are of equal weight here). */
function faceOf(element: HtmlElement, parent: HtmlElement | null, inherited: MathFace): MathFace {
  const classes = new Set((getAttribute(element, 'class') ?? '').split(/\s+/))
  const parentClasses = new Set(parent ? (getAttribute(parent, 'class') ?? '').split(/\s+/) : [])
  let face = inherited
  for (const rule of KATEX_FONT_RULES) {
    if (!rule.classes.every((c) => classes.has(c))) continue
    if (rule.parent && !(element.tagName === 'span' && rule.parent.every((c) => parentClasses.has(c)))) continue
    face = { ...face, ...rule.set }
  }
  return face
}
