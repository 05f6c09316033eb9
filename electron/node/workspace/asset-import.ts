import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { BriefdeckError } from '../../../renderer/core/errors'
import { writeFileAtomic } from '../files/write-file-atomic'
import type { DeckFolder } from './deck-folder'
import { exists } from './deck-folder'
import { freeName, toFileStem } from './deck-naming'

/** Whether bytes start as the image format their file name claims (so a paste cannot plant a script). */
export function looksLikeImage(bytes: Uint8Array, name: string): boolean {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b)
  switch (extension) {
    case 'png': return starts(0x89, 0x50, 0x4e, 0x47)
    case 'jpg': case 'jpeg': return starts(0xff, 0xd8, 0xff)
    case 'gif': return starts(0x47, 0x49, 0x46, 0x38)
    case 'webp': return starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP'
    case 'avif': return String.fromCharCode(...bytes.slice(4, 12)).startsWith('ftypavi')
    case 'svg': return /<svg[\s>]/i.test(new TextDecoder().decode(bytes.slice(0, 4096)))
    default: return false
  }
}

/**
 * Copies a pasted or dropped image into the `assets/` folder beside a deck, under a free, safe name,
 * and returns its path relative to the deck. Confined like every write: an `assets/` that is a
 * symlink leading out of the folder is refused.
 */
export async function importAsset(folder: DeckFolder, deck: string, name: string, bytes: Uint8Array): Promise<string> {
  if (!looksLikeImage(bytes, name)) throw new BriefdeckError('E_INVALID', `${name} is not the image its name says`)
  await folder.resolve(deck)
  const deckDir = dirname(deck) === '.' ? '' : `${dirname(deck)}/`
  const dot = name.lastIndexOf('.')
  const extension = name.slice(dot + 1).toLowerCase()
  const root = await folder.root()
  const file = await freeName(toFileStem(name.slice(0, dot)) || 'image', extension, (candidate) => exists(join(root, ...`${deckDir}assets/${candidate}`.split('/'))))
  const target = await folder.resolveNew(`${deckDir}assets/${file}`)
  await mkdir(dirname(target), { recursive: true })
  await writeFileAtomic(target, bytes)
  return `assets/${file}`
}
