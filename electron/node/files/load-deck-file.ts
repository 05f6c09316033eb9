import { readFile, stat } from 'node:fs/promises'
import { BriefdeckError } from '../../../renderer/core/errors'

/** Decks larger than this are refused rather than read into memory (a 1,000-slide deck is ~0.5 MB). */
export const MAX_DECK_BYTES = 32 * 1024 * 1024

/**
 * Reads a deck file as UTF-8 text. A missing file, a folder, an unreadable file, a binary or
 * non-UTF-8 file each fail with their own code and a message naming the file (line 1).
 */
export async function loadDeckFile(path: string): Promise<string> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  if (info.isDirectory()) throw new BriefdeckError('E_IS_DIRECTORY', `${path}:1: is a directory, not a Markdown deck`)
  if (!info.isFile()) throw new BriefdeckError('E_NOT_TEXT', `${path}:1: is not a regular file`)
  if (info.size > MAX_DECK_BYTES) throw new BriefdeckError('E_NOT_TEXT', `${path}:1: is ${info.size} bytes, larger than a deck can be (${MAX_DECK_BYTES})`)
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  return decodeDeckText(bytes, path)
}

/** Decodes deck bytes as UTF-8, refusing binary data with the line where it was found. */
export function decodeDeckText(bytes: Uint8Array, path: string): string {
  const nul = bytes.indexOf(0)
  if (nul !== -1) throw new BriefdeckError('E_NOT_TEXT', `${path}:${lineAt(bytes, nul)}: binary data (a NUL byte), not a Markdown text file`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    throw new BriefdeckError('E_NOT_TEXT', `${path}:${lineAt(bytes, bad)}: not valid UTF-8 text (byte ${bad}); save the deck as UTF-8`)
  }
}

function fileError(path: string, error: NodeJS.ErrnoException): BriefdeckError {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new BriefdeckError('E_NOT_FOUND', `${path}:1: no such file`, { cause: error })
    case 'EACCES':
    case 'EPERM':
      return new BriefdeckError('E_UNREADABLE', `${path}:1: permission denied`, { cause: error })
    case 'EISDIR':
      return new BriefdeckError('E_IS_DIRECTORY', `${path}:1: is a directory, not a Markdown deck`, { cause: error })
    default:
      return new BriefdeckError('E_UNREADABLE', `${path}:1: cannot be read (${error.code ?? error.message})`, { cause: error })
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++
  return line
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let lo = 0
  let hi = bytes.length
  // The longest valid prefix, by bisection: decoding is all-or-nothing.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true })
      decoder.decode()
      lo = mid
    } catch {
      hi = mid
    }
  }
  return lo
}
