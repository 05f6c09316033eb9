import type { PNG } from 'pngjs'

export type RGB = [number, number, number]

/** A rectangle in pixels, edges included. */
export interface PixelBox {
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * The bounding boxes of the regions of one colour in an image (within `tolerance` per channel, 4-way
 * connected), largest first, leaving out specks under `minPixels`. A slide's background is one
 * region around its content, so its box is the slide's own as drawn.
 */
export function colorBoxes(image: PNG, rgb: RGB, tolerance = 12, minPixels = 500): PixelBox[] {
  const { width, height } = image
  const matches = (i: number) => hasColor(image, i, rgb, tolerance)
  const seen = new Uint8Array(width * height)
  const boxes: Array<PixelBox & { pixels: number }> = []
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || !matches(start)) continue
    const box = { left: width, top: height, right: -1, bottom: -1, pixels: 0 }
    const stack = [start]
    seen[start] = 1
    while (stack.length > 0) {
      const at = stack.pop() as number
      const x = at % width
      const y = (at - x) / width
      box.pixels++
      box.left = Math.min(box.left, x)
      box.right = Math.max(box.right, x)
      box.top = Math.min(box.top, y)
      box.bottom = Math.max(box.bottom, y)
      for (const next of [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, y > 0 ? at - width : -1, y < height - 1 ? at + width : -1]) {
        if (next >= 0 && !seen[next] && matches(next)) {
          seen[next] = 1
          stack.push(next)
        }
      }
    }
    if (box.pixels >= minPixels) boxes.push(box)
  }
  return boxes.sort((a, b) => b.pixels - a.pixels).map(({ left, top, right, bottom }) => ({ left, top, right, bottom }))
}

/** The share of a row of a box that has the colour: 1 when the colour runs along the whole row. */
export function rowShare(image: PNG, box: PixelBox, y: number, rgb: RGB, tolerance = 12): number {
  let hits = 0
  for (let x = box.left; x <= box.right; x++) if (hasColor(image, y * image.width + x, rgb, tolerance)) hits++
  return hits / (box.right - box.left + 1)
}

function hasColor(image: PNG, pixel: number, rgb: RGB, tolerance: number): boolean {
  return [0, 1, 2].every((c) => Math.abs(image.data[pixel * 4 + c] - rgb[c]) <= tolerance)
}
