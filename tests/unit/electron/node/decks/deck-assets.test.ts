import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { inlineAssetResolver, locateDeckAsset } from '../../../../../electron/node/decks/deck-assets'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('deck assets', () => {
  const tempDir = useTempDir()

  it('inlines a file inside the deck folder as a data: URL of its type', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'img'))
    writeFileSync(join(dir, 'img', 'a.png'), Buffer.from([1, 2, 3]))
    expect(inlineAssetResolver(dir)('img/a.png')).toEqual({ ok: true, url: 'data:image/png;base64,AQID' })
  })

  it('reports a missing file and a folder as missing', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'img'))
    expect(locateDeckAsset(dir, 'nope.png')).toEqual({ ok: false, reason: 'missing' })
    expect(locateDeckAsset(dir, 'img')).toEqual({ ok: false, reason: 'missing' })
  })

  it('refuses a symlink that leads out of the deck folder', () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'secret.png'), 'secret')
    const dir = tempDir()
    symlinkSync(join(outside, 'secret.png'), join(dir, 'link.png'))
    symlinkSync(outside, join(dir, 'linkdir'))
    expect(locateDeckAsset(dir, 'link.png')).toEqual({ ok: false, reason: 'outside' })
    expect(locateDeckAsset(dir, 'linkdir/secret.png')).toEqual({ ok: false, reason: 'outside' })
  })

  it('follows a symlink that stays inside the deck folder', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'real.svg'), '<svg/>')
    symlinkSync(join(dir, 'real.svg'), join(dir, 'alias.svg'))
    expect(locateDeckAsset(dir, 'alias.svg')).toEqual({ ok: true, file: join(dir, 'real.svg') })
  })
})

describe('inlineAssetResolver: the embedding budget', () => {
  const tempDir = useTempDir()

  it('embeds an image until the page’s budget is spent, then says too-large (every use counts)', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'big.png'), Buffer.alloc(3000, 1))
    const budget = { remaining: 10_000 }
    const resolve = inlineAssetResolver(dir, budget)
    expect(resolve('big.png').ok).toBe(true)
    expect(resolve('big.png').ok).toBe(true)
    expect(resolve('big.png')).toEqual({ ok: false, reason: 'too-large' })
    expect(budget.remaining).toBeLessThan(4100)
  })
})
