import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { dataUrlBytes, imageSize } from '../../../../../../electron/node/export/pptx/image-size'

describe('imageSize', () => {
  it('reads PNG, GIF and JPEG sizes from their headers', () => {
    expect(imageSize(PNG.sync.write(new PNG({ width: 31, height: 7 })))).toEqual({ width: 31, height: 7 })
    expect(imageSize(Buffer.from('R0lGODlhIAAQAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=', 'base64'))).toEqual({ width: 32, height: 16 })
    // A JPEG: SOI, an APP0 segment to skip, then SOF0 with height 5 and width 9.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 5, 0, 9, 3, 0, 0, 0])
    expect(imageSize(jpeg)).toEqual({ width: 9, height: 5 })
  })

  it('refuses bytes that are not such an image', () => {
    expect(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(imageSize(Buffer.from([0xff, 0xd8, 0x00]))).toBeNull()
    expect(dataUrlBytes('img/x.png')).toBeNull()
  })
})
