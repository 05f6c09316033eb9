import { UnsupportedPdf, dictEntries, endOfValue, refOf } from './pdf-syntax'

/** An object of a PDF as written: its dictionary or value text, and its stream's bytes if it has one. */
export interface PdfObject {
  /** The object's value (for a stream, its dictionary), as `latin1` text. */
  text: string
  stream?: Buffer
}

/** A PDF as Chromium writes it: one classic cross-reference table, every object found through it. */
export interface ReadPdf {
  objects: Map<number, PdfObject>
  root: number
  info?: number
}

/**
 * Reads a PDF written in one piece with a classic cross-reference table, as Chromium's (Skia's) are:
 * no incremental updates, object streams or cross-reference streams, every generation 0. Anything
 * else throws UnsupportedPdf, and the caller falls back to a general PDF library.
 */
export function readPdf(bytes: Uint8Array): ReadPdf {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tail = buffer.subarray(Math.max(0, buffer.length - 1024)).toString('latin1')
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  if (!startxref) throw new UnsupportedPdf('no startxref')
  const xrefAt = Number(startxref[1])
  if (buffer.toString('latin1', xrefAt, xrefAt + 4) !== 'xref') throw new UnsupportedPdf('a cross-reference stream')
  const trailerAt = buffer.indexOf('trailer', xrefAt, 'latin1')
  if (trailerAt === -1) throw new UnsupportedPdf('no trailer')
  const trailerText = buffer.toString('latin1', trailerAt + 7, buffer.length)
  const trailer = dictEntries(trailerText.slice(0, endOfValue(trailerText, 0)))
  if (trailer.has('Prev') || trailer.has('Encrypt') || trailer.has('XRefStm')) throw new UnsupportedPdf('an updated, encrypted or hybrid PDF')
  const root = refOf(trailer.get('Root'))
  if (root === undefined) throw new UnsupportedPdf('no document catalog')

  const offsets = new Map<number, number>()
  const table = buffer.toString('latin1', xrefAt + 4, trailerAt)
  const lines = table.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '')
  for (let i = 0; i < lines.length;) {
    const [first, count] = lines[i++].split(/\s+/).map(Number)
    for (let n = 0; n < count; n++, i++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(lines[i] ?? '')
      if (!entry) throw new UnsupportedPdf('a malformed cross-reference entry')
      if (entry[3] === 'n') {
        if (entry[2] !== '00000') throw new UnsupportedPdf('an object of another generation')
        offsets.set(first + n, Number(entry[1]))
      }
    }
  }

  // Each object ends where the next begins (or at the table): its value and stream lie in between.
  const starts = [...offsets.entries()].sort((a, b) => a[1] - b[1])
  const objects = new Map<number, PdfObject>()
  starts.forEach(([number, offset], i) => objects.set(number, readObject(buffer, number, offset, starts[i + 1]?.[1] ?? xrefAt)))
  return { objects, root, info: refOf(trailer.get('Info')) }
}

function readObject(buffer: Buffer, number: number, offset: number, end: number): PdfObject {
  // Most values are short, and a stream's bytes need no decoding: read its start first.
  let text = buffer.toString('latin1', offset, Math.min(end, offset + 2048))
  const header = /^(\d+)\s+0\s+obj\s*/.exec(text)
  if (!header || Number(header[1]) !== number) throw new UnsupportedPdf(`object ${number} is not where the table says`)
  let valueEnd: number
  try {
    valueEnd = endOfValue(text, header[0].length)
  } catch (error) {
    if (offset + text.length >= end) throw error
    text = buffer.toString('latin1', offset, end)
    valueEnd = endOfValue(text, header[0].length)
  }
  const after = /^\s*(stream\r?\n|endobj)/.exec(text.slice(valueEnd, valueEnd + 16))
  if (!after) throw new UnsupportedPdf(`object ${number} does not end`)
  const value = text.slice(header[0].length, valueEnd)
  if (after[1] === 'endobj') return { text: value }
  const length = Number(dictEntries(value).get('Length'))
  if (!Number.isInteger(length)) throw new UnsupportedPdf(`stream ${number} has no direct length`)
  const dataAt = offset + valueEnd + after[0].length
  if (dataAt + length > end) throw new UnsupportedPdf(`stream ${number} is longer than its object`)
  return { text: value, stream: buffer.subarray(dataAt, dataAt + length) }
}
