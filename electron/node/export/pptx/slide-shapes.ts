import type PptxGenJS from 'pptxgenjs'
import type { CodeTheme } from './code-runs'
import type { SlideFinish } from './finish-pptx'
import { type Box, type Placed, TYPE, paragraphGap, paragraphPx } from './place-blocks'
import type { PptxLook } from './pptx-look'
import type { Paragraph, TableCell } from './slide-blocks'
import { SHAPE_NAMES, toInches, toPoints } from './slide-masters'
import type { TextRun } from './text-runs'

type Slide = PptxGenJS.Slide
type TextProps = PptxGenJS.TextProps
type TextOptions = NonNullable<TextProps['options']>

const frame = (box: Box) => ({ x: toInches(box.x), y: toInches(box.y), w: toInches(box.w), h: toInches(box.h) })

/** A run's PowerPoint options: its style, the look's colour for its role, the code font for code. */
export function runOptions(run: TextRun, look: PptxLook, base: { color: string; fontSize?: number }): TextOptions {
  const color = run.link ? look.link
    : run.color === 'term' ? look.accent2
      : run.color === 'muted' ? look.muted
        : typeof run.color === 'object' ? run.color.hex : base.color
  return {
    color,
    ...(base.fontSize && { fontSize: base.fontSize }),
    ...(run.bold && { bold: true }),
    ...(run.italic && { italic: true }),
    ...(run.underline && { underline: { style: 'sng' as const } }),
    ...(run.strike && { strike: 'sngStrike' as const }),
    ...(run.sup && { superscript: true }),
    ...(run.sub && { subscript: true }),
    ...(run.mark && { highlight: 'FFE2A8' }),
    ...(run.code && { fontFace: look.codeFont }),
    ...(run.link && { hyperlink: { url: run.link } }),
    ...(run.lineBreak && { softBreakBefore: true }),
  }
}

/**
 * Paragraphs as pptxgenjs text: paragraph options (bullet, level, spacing) on a paragraph's first
 * run only, since pptxgenjs starts a paragraph at every run that has a bullet, and `breakLine` on its
 * last run.
 */
export function toTextProps(paragraphs: readonly Paragraph[], look: PptxLook, scale: number): TextProps[] {
  const props: TextProps[] = []
  paragraphs.forEach((paragraph, i) => {
    const px = paragraphPx(paragraph, look, 1) * scale
    const color = paragraph.role === 'heading' ? look.heading : look.text
    const runs = paragraph.runs.length > 0 ? paragraph.runs : [{ text: '' }]
    const style = { bold: paragraph.role === 'heading', italic: paragraph.role === 'quote' }
    runs.forEach((run, r) => {
      const options: TextOptions = runOptions({ ...run, bold: run.bold || style.bold, italic: run.italic || style.italic }, look, { color, fontSize: toPoints(px) })
      if (r === 0) {
        options.bullet = paragraph.bullet.type === 'none' ? false
          : paragraph.bullet.type === 'disc' ? { indent: 27 }
            // A number ("10.") is wider than a bullet: its hanging indent is wider too.
            : { type: 'number', indent: 36, ...(paragraph.bullet.start !== undefined && { startAt: paragraph.bullet.start }) }
        if (paragraph.level > 0) options.indentLevel = paragraph.level
        if (i > 0) options.paraSpaceBefore = toPoints(paragraphGap(paragraph, look) * scale)
      }
      if (r === runs.length - 1 && i < paragraphs.length - 1) options.breakLine = true
      props.push({ text: run.text, options })
    })
  })
  return props
}

/** Adds placed blocks to a slide, names each shape, and says what post-processing must do for them. */
export function addSlideShapes(slide: Slide, placed: readonly Placed[], look: PptxLook, codeTheme: CodeTheme | undefined, finish: SlideFinish, stepCount: number): void {
  let n = 0
  const steps: SlideFinish['steps'] = Array.from({ length: stepCount }, () => [])
  const animate = (step: number, target: { name: string; paragraph?: number }): void => {
    if (step > 0 && step <= stepCount) steps[step - 1].push(target)
  }
  for (const shape of placed) {
    const name = shape.kind === 'text' && shape.body ? SHAPE_NAMES.body : `bd-${shape.kind}-${++n}`
    switch (shape.kind) {
      case 'text': {
        const text = toTextProps(shape.paragraphs, look, shape.scale)
        if (shape.body) {
          slide.addText(text, { placeholder: 'body', objectName: name, valign: 'top' })
          finish.frames[name] = shape.box
        } else {
          slide.addText(text, { ...frame(shape.box), objectName: name, valign: 'top', isTextBox: true })
        }
        shape.paragraphs.forEach((paragraph, i) => animate(paragraph.step, { name, paragraph: i }))
        if (shape.paragraphs.some((p) => p.step > 0)) finish.textShapes.push(name)
        break
      }
      case 'figure': {
        const figurePx = look.bodyPx * TYPE.figure * shape.scale
        const captionPx = look.bodyPx * TYPE.caption * shape.scale
        const figure = shape.figure.map((run, i) => ({ text: run.text, options: { ...runOptions(run, look, { color: look.accent, fontSize: toPoints(figurePx) }), bold: true, ...(i === shape.figure.length - 1 && shape.caption.length > 0 && { breakLine: true }) } }))
        const caption = shape.caption.map((run) => ({ text: run.text, options: runOptions(run, look, { color: look.muted, fontSize: toPoints(captionPx) }) }))
        slide.addText([...figure, ...caption], { ...frame(shape.box), objectName: name, valign: 'top', isTextBox: true, lineSpacingMultiple: 0.95 })
        animate(shape.step, { name })
        break
      }
      case 'code':
        slide.addText(codeProps(shape.lines, look, codeTheme, shape.fontPx), {
          ...frame(shape.box), objectName: name, valign: 'top', isTextBox: true, fontFace: look.codeFont, margin: 6,
          fill: { color: codeTheme?.background ?? 'FFFFFF' }, line: { color: look.rule, width: 0.75 }, lineSpacingMultiple: 0.96,
        })
        animate(shape.step, { name })
        break
      case 'table':
        slide.addTable(tableRows(shape.rows, look, shape.fontPx), {
          ...frame(shape.box), colW: shape.colW.map(toInches), objectName: name, fontSize: toPoints(shape.fontPx), color: look.text,
          border: { type: 'solid', pt: 0.75, color: look.rule }, valign: 'middle', margin: [0.15 * shape.fontPx * 0.75, 0.7 * shape.fontPx * 0.75, 0.15 * shape.fontPx * 0.75, 0.7 * shape.fontPx * 0.75],
        })
        animate(shape.step, { name })
        break
      case 'image':
        slide.addImage({ data: shape.src.replace(/^data:/, ''), ...frame(shape.box), altText: shape.alt, objectName: name })
        animate(shape.step, { name })
        break
      case 'picture': {
        const { picture } = shape
        if (picture.svg !== undefined) {
          slide.addImage({ data: `image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}`, ...frame(shape.box), altText: picture.alt, objectName: name })
          finish.svgFallbacks[name] = picture.png
        } else {
          slide.addImage({ data: `image/png;base64,${Buffer.from(picture.png).toString('base64')}`, ...frame(shape.box), altText: picture.alt, objectName: name })
        }
        animate(shape.step, { name })
        break
      }
    }
  }
  finish.steps = steps
}

function codeProps(lines: readonly TextRun[][], look: PptxLook, theme: CodeTheme | undefined, fontPx: number): TextProps[] {
  const props: TextProps[] = []
  const color = theme?.text ?? look.text
  lines.forEach((line, i) => {
    const runs = line.length > 0 ? line : [{ text: '' }]
    runs.forEach((run, r) => {
      const options: TextOptions = { ...runOptions(run, look, { color, fontSize: toPoints(fontPx) }), fontFace: look.codeFont }
      if (r === runs.length - 1 && i < lines.length - 1) options.breakLine = true
      props.push({ text: run.text.replace(/\t/g, '  '), options })
    })
  })
  return props
}

function tableRows(rows: readonly TableCell[][], look: PptxLook, fontPx: number): PptxGenJS.TableRow[] {
  let body = 0
  return rows.map((row) => {
    const header = row.every((cell) => cell.header)
    // The theme's zebra rows: every second body row on the light band colour.
    const fill = header ? look.heading : body++ % 2 === 1 ? 'F1EEE5' : undefined
    return row.map((cell) => ({
      text: (cell.runs.length > 0 ? cell.runs : [{ text: '' }]).map((run) => ({
        text: run.text,
        options: runOptions({ ...run, bold: run.bold || cell.header }, look, { color: cell.header && !run.link ? 'FFFFFF' : look.text, fontSize: toPoints(fontPx) }),
      })),
      options: {
        ...(fill && { fill: { color: fill } }),
        ...(cell.align && { align: cell.align }),
        ...(cell.colspan && { colspan: cell.colspan }),
        ...(cell.rowspan && { rowspan: cell.rowspan }),
      },
    }))
  })
}
