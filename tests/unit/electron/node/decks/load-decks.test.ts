import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCompileCache, loadBriefing } from '../../../../../electron/node/decks/load-decks'
import { useTempDir } from '../../../../helpers/temp-dir'

describe('loadBriefing with a compile cache (a running server’s exports)', () => {
  const tempDir = useTempDir()

  it('compiles an unchanged deck once, and a changed deck again, the others still from the cache', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.md'), '# A one\n---\n# A two')
    writeFileSync(join(dir, 'b.md'), '# B one')
    const cache = createCompileCache()
    const first = await loadBriefing(dir, { assets: 'inline', cache })
    const again = await loadBriefing(dir, { assets: 'inline', cache })
    expect(again.decks[0]).toBe(first.decks[0])
    expect(again.decks[1]).toBe(first.decks[1])

    writeFileSync(join(dir, 'b.md'), '# B edited')
    const edited = await loadBriefing(dir, { assets: 'inline', cache })
    expect(edited.decks[0]).toBe(first.decks[0])
    expect(edited.decks[1]).not.toBe(first.decks[1])
    expect(edited.decks[1].deck.slides[0].html).toContain('B edited')

    cache.clear()
    expect((await loadBriefing(dir, { assets: 'inline', cache })).decks[0]).not.toBe(first.decks[0])
  })

  it('compiles again for another cut or other briefing defaults: they change the deck as its text does', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.md'), '# A\n\nFor all.\n\n<div data-audience="press">Press only.</div>\n---\n# Backup <!-- .slide: data-backup -->')
    const cache = createCompileCache()
    const whole = await loadBriefing(dir, { assets: 'inline', cache })
    const cut = await loadBriefing(dir, { assets: 'inline', cache, variant: { audience: 'staff', notes: true, backup: false } })
    expect(cut.decks[0]).not.toBe(whole.decks[0])
    expect(cut.removals.length).toBeGreaterThan(0)
    expect((await loadBriefing(dir, { assets: 'inline', cache, variant: { audience: 'staff', notes: true, backup: false } })).decks[0]).toBe(cut.decks[0])
    writeFileSync(join(dir, 'briefing.yml'), 'marking: INTERNAL\n')
    const marked = await loadBriefing(dir, { assets: 'inline', cache, variant: { audience: 'staff', notes: true, backup: false } })
    expect(marked.decks[0]).not.toBe(cut.decks[0])
    expect(marked.decks[0].deck.slides[0].marking?.text).toBe('INTERNAL')
  })

  it('compiles every time without a cache', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.md'), '# A')
    const [one, two] = [await loadBriefing(join(dir, 'a.md'), { assets: 'inline' }), await loadBriefing(join(dir, 'a.md'), { assets: 'inline' })]
    expect(two.decks[0]).not.toBe(one.decks[0])
    expect(two.decks[0].deck).toEqual(one.decks[0].deck)
  })
})
