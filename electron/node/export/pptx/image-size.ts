/** An image's size in pixels, read from its header. */
export interface ImageSize {
  width: number
  height: number
}

/**
 * The pixel size of a PNG, JPEG or GIF, from its bytes (no decoder: only the header is read, so a
 * huge image costs nothing), or null when the bytes are not such an image.
 */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) {
    return valid(view.getUint32(16), view.getUint32(20))
  }
  if (bytes.length >= 10 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) {
    return valid(view.getUint16(6, true), view.getUint16(8, true))
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes, view)
  return null
}

/** A JPEG's size is in its first start-of-frame segment; segments are walked by their lengths. */
function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1]
    if (marker === 0xff) {
      at++
      continue
    }
    const length = view.getUint16(at + 2)
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) return valid(view.getUint16(at + 7), view.getUint16(at + 5))
    if (length < 2) return null
    at += 2 + length
  }
  return null
}

function valid(width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 ? { width, height } : null
}

/** The bytes of a base64 `data:` URL, or null for any other URL. */
export function dataUrlBytes(url: string): Uint8Array | null {
  const match = /^data:[^,]*;base64,/i.exec(url)
  return match ? Buffer.from(url.slice(match[0].length), 'base64') : null
}
