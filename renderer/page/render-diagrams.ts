import mermaid from 'mermaid'
import type { DiagramLook, DrawnDiagram } from '../core/blocks/diagram'

/**
 * SVG properties a diagram's own stylesheet sets, copied onto each element so the drawing needs no
 * `<style>`: inherited ones only where they differ from the parent's, the others where not default.
 */
const INHERITED = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'font-family', 'font-size', 'font-weight',
  'font-style', 'text-anchor', 'dominant-baseline', 'visibility',
] as const
const NOT_INHERITED: Record<string, string> = { opacity: '1', display: 'inline' }

/** A diagram may be this long: Mermaid's layout grows quickly with the number of nodes and edges. */
const MAX_TEXT = 20_000

let configured = ''

/**
 * Draws Mermaid diagrams in this page (a headless Chromium's, started by the Node host, never a
 * deck's page): each to a self-contained SVG with labels as SVG text (no HTML in foreignObject),
 * its stylesheet inlined as attributes, links unwrapped. `securityLevel: 'strict'` keeps Mermaid's
 * click callbacks and scripts out; directives cannot change the security settings (`secure`).
 */
async function drawDiagrams(sources: string[], look: DiagramLook): Promise<DrawnDiagram[]> {
  const key = JSON.stringify(look)
  if (key !== configured) {
    mermaid.initialize({
      startOnLoad: false, securityLevel: 'strict', htmlLabels: false, theme: 'base', fontFamily: look.font, themeVariables: { fontFamily: look.font, ...look.themeVariables },
      maxTextSize: MAX_TEXT, maxEdges: 400, deterministicIds: true,
      flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 360 },
      // Text read from the back of the room, as flowcharts' is.
      sequence: { useMaxWidth: false, actorFontSize: 26, messageFontSize: 26, noteFontSize: 24 },
      gantt: { useMaxWidth: false, fontSize: 20, sectionFontSize: 22, barHeight: 36 },
      pie: { useMaxWidth: false },
      secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', 'htmlLabels', 'flowchart', 'deterministicIds'],
    } as Parameters<typeof mermaid.initialize>[0])
    configured = key
  }
  await document.fonts.load(`16px ${look.font}`, sources.join(' ').slice(0, 4000)).catch(() => [])
  const drawn: DrawnDiagram[] = []
  for (const [i, source] of sources.entries()) drawn.push(await drawOne(source, `d${i}`))
  return drawn
}

async function drawOne(source: string, id: string): Promise<DrawnDiagram> {
  try {
    await mermaid.parse(source)
    const { svg } = await mermaid.render(id, source)
    const holder = document.createElement('div')
    document.body.append(holder)
    holder.innerHTML = svg
    const root = holder.querySelector('svg')
    if (!root) throw new Error('Mermaid drew nothing')
    // A Gantt chart's line for today (set by the diagram's `todayMarker`, not by any config): the same
    // deck must build the same page on any day, and a briefing's timeline is not about the day it was built.
    for (const today of Array.from(root.querySelectorAll('.today'))) today.remove()
    inlineStyles(root)
    const alt = describe(root, source)
    holder.remove()
    return { ok: true, svg: root.outerHTML, alt }
  } catch (error) {
    document.getElementById(id)?.remove()
    document.getElementById(`d${id}`)?.remove()
    const message = String((error as Error).message ?? error)
    const line = /on line (\d+)/.exec(message)?.[1]
    // Mermaid's parse errors are the line, the source with a caret, and what it expected: the first and the last say it.
    const lines = message.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^-*\^$/.test(l))
    const expected = lines.find((l) => l.startsWith('Expecting'))
    const said = [lines[0] ?? 'Mermaid could not read it', expected?.replace(/^Expecting (.{120}).*(, got .*)$/, 'Expecting $1…$2')].filter(Boolean).join(' ')
    return { ok: false, message: said.slice(0, 300), ...(line ? { line: Number(line) } : {}) }
  }
}

/** Copies what the diagram's stylesheet computes onto its elements, then drops the stylesheet; sizes it by its viewBox. */
function inlineStyles(root: SVGSVGElement): void {
  const elements = [root, ...Array.from(root.querySelectorAll<SVGElement>('*'))].filter((el) => el.tagName !== 'style')
  // Read everything first: setting attributes while reading would make the browser restyle each time.
  const computed = new Map(elements.map((el) => {
    const style = getComputedStyle(el)
    // Computed references are quoted (`url("#d0-gradient")`); an attribute takes them bare.
    return [el, Object.fromEntries([...INHERITED, ...Object.keys(NOT_INHERITED)].map((p) => [p, style.getPropertyValue(p).replace(/url\("(#[^"]*)"\)/g, 'url($1)')]))] as const
  }))
  for (const element of elements) {
    const own = computed.get(element) as Record<string, string>
    const parent = element === root ? undefined : computed.get(element.parentElement as unknown as SVGElement)
    for (const property of INHERITED) if (own[property] !== '' && own[property] !== parent?.[property]) element.setAttribute(property, own[property])
    for (const [property, initial] of Object.entries(NOT_INHERITED)) if (own[property] !== '' && own[property] !== initial) element.setAttribute(property, own[property])
    element.removeAttribute('style')
    element.removeAttribute('class')
  }
  for (const style of Array.from(root.querySelectorAll('style'))) style.remove()
  for (const object of Array.from(root.querySelectorAll('foreignObject'))) object.remove()
  // Drop shadows (sequence actors) go: the slide's drawing is flat, and the sanitiser keeps no <filter>,
  // and an element whose filter is missing is not drawn at all.
  for (const element of Array.from(root.querySelectorAll('[filter]'))) element.removeAttribute('filter')
  for (const filter of Array.from(root.querySelectorAll('filter'))) filter.remove()
  const box = root.viewBox.baseVal
  root.setAttribute('width', String(Math.ceil(box.width)))
  root.setAttribute('height', String(Math.ceil(box.height)))
}

/** A text alternative: the kind of diagram and its labels in drawing order. */
function describe(root: SVGSVGElement, source: string): string {
  const kind = /^\s*(?:%%.*\n\s*)*([A-Za-z-]+)/.exec(source)?.[1] ?? 'diagram'
  const labels = Array.from(root.querySelectorAll('text')).map((text) => text.textContent?.trim() ?? '').filter(Boolean)
  const unique = [...new Set(labels)]
  return `${kind === 'graph' || kind === 'flowchart' ? 'Flowchart' : kind.charAt(0).toUpperCase() + kind.slice(1)} diagram: ${unique.join(', ')}`.slice(0, 1000)
}

;(window as unknown as { bdDrawDiagrams: typeof drawDiagrams }).bdDrawDiagrams = drawDiagrams
