import { contentSecurityPolicy } from '../../../../renderer/core/html/csp'
import { escapeHtml } from '../../../../renderer/core/html/escape-html'
import { BriefdeckError } from '../../../../renderer/core/errors'
import type { Printer } from '../printer'
import { type ImageSize, imageSize } from './image-size'
import type { PictureBlock } from './slide-blocks'

/** Pictures are drawn at twice their size, so they stay sharp on a projector. */
export const PICTURE_SCALE = 2
/** The widest a picture is drawn, in CSS pixels: the slide's content width. */
const MAX_WIDTH = 1178

/** One element to draw, with the deck styles it is drawn in. */
export interface PictureJob {
  picture: PictureBlock
  /** The deck's scope class (Deck.scope): its `<style>` applies under it. */
  scope: string
}

/**
 * Draws elements as PNG pictures through the exporter's browser port: one page holding every
 * element, each as a `.bd-page` in the deck's theme and fonts, no wider than the slide's content and
 * as small as its content. Returns each picture's PNG and its size in CSS pixels, in job order.
 */
export async function drawPictures(jobs: readonly PictureJob[], styles: readonly string[], printer: Printer): Promise<Array<{ png: Uint8Array; size: ImageSize }>> {
  if (jobs.length === 0) return []
  const pages = jobs.map(({ picture, scope }) => {
    const size = picture.width ? `width:${picture.width}px;${picture.height ? `height:${picture.height}px;` : ''}` : ''
    const html = size && /^<img\b/.test(picture.html) ? picture.html.replace(/^<img\b/, `<img style="${size}"`) : picture.html
    return `<div class="bd-page ${escapeHtml(scope)}"><div class="reveal"><div class="slides"><section class="present">${html}</section></div></div></div>`
  })
  const css = [
    `body{margin:0}.bd-page{width:fit-content;max-width:${MAX_WIDTH}px;zoom:${PICTURE_SCALE};background:var(--r-background-color,#fff)}`,
    '.bd-page .reveal,.bd-page .slides,.bd-page section{position:static;display:block;width:auto;height:auto;transform:none;margin:0}',
    '.bd-page section>*{margin-top:0;margin-bottom:0}.bd-page img{display:block}',
  ]
  const document = [
    '<!doctype html><html data-bd-ready><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy({ scripts: [] }))}">`,
    ...[...styles, ...css].map((sheet) => `<style>\n${sheet.replace(/<\/style/gi, '<\\/style')}\n</style>`),
    `</head><body>${pages.join('')}</body></html>`,
  ].join('\n')
  const shots = await printer.png(document, { width: MAX_WIDTH * PICTURE_SCALE, height: 720 * PICTURE_SCALE })
  if (shots.length !== jobs.length) throw new BriefdeckError('E_BROWSER', `the browser drew ${shots.length} pictures of ${jobs.length}`)
  return shots.map((png) => {
    const size = imageSize(png) ?? { width: 1, height: 1 }
    return { png, size: { width: size.width / PICTURE_SCALE, height: size.height / PICTURE_SCALE } }
  })
}
