import { describe, expect, it } from 'vitest'
import { BUILT_IN_SCHEMES, resolveScheme } from '../../../../../renderer/core/brief/marking-schemes'
import { highestMarking, readMarking } from '../../../../../renderer/core/brief/markings'

const { corporate, tlp, government } = BUILT_IN_SCHEMES

describe('readMarking', () => {
  it('reads a level in any case, keeping a caveat as written', () => {
    expect(readMarking('secret//REL TO USA, GBR', government)).toMatchObject({ text: 'SECRET//REL TO USA, GBR', rank: 3, background: '#c8102e' })
    expect(readMarking('Confidential', corporate)).toMatchObject({ text: 'CONFIDENTIAL', rank: 2 })
  })

  it('takes the longest level that fits, and only at a word boundary', () => {
    expect(readMarking('TLP:AMBER+STRICT', tlp)?.rank).toBe(3)
    expect(readMarking('TLP:AMBER', tlp)?.rank).toBe(2)
    expect(readMarking('TOP SECRET', government)?.rank).toBe(4)
    expect(readMarking('SECRETARIAT', government)).toBeNull()
    expect(readMarking('TOP SECRETS', government)).toBeNull()
  })

  it('takes nothing but a `//` caveat after the level: a misspelt level is no lower level', () => {
    const resolved = resolveScheme(['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET'])
    if (!('scheme' in resolved)) throw new Error(resolved.problem)
    const custom = resolved.scheme
    expect(readMarking('OFFICIAL SENSITIVE', custom)).toBeNull()
    expect(readMarking('OFFICIAL-SENSITIVE', custom)?.rank).toBe(1)
    expect(readMarking('SECRET // NOFORN', government)?.text).toBe('SECRET // NOFORN')
    expect(readMarking('CONFIDENTIAL board only', corporate)).toBeNull()
  })

  it('knows nothing outside its scheme', () => {
    expect(readMarking('SECRET', corporate)).toBeNull()
    expect(readMarking('', tlp)).toBeNull()
  })
})

describe('highestMarking', () => {
  it('is the highest rank with every caveat written at that rank, and null for none', () => {
    const [internal, restricted, restricted2, restricted3] = ['INTERNAL//X', 'RESTRICTED', 'restricted//EU', 'RESTRICTED//EU//NOFORN'].map((m) => readMarking(m, corporate))
    expect(highestMarking([internal, restricted])?.text).toBe('RESTRICTED')
    expect(highestMarking([internal, restricted, null, restricted2, restricted3])?.text).toBe('RESTRICTED//EU//NOFORN')
    expect(highestMarking([null, undefined])).toBeNull()
  })
})

describe('resolveScheme', () => {
  it('names a built-in scheme or takes a list of levels, lowest first, with colours when given', () => {
    expect(resolveScheme('tlp')).toEqual({ scheme: tlp })
    const custom = resolveScheme(['low', { name: 'High', background: '#112233', color: 'white' }])
    expect(custom).toEqual({ scheme: { name: 'custom', levels: [expect.objectContaining({ name: 'LOW' }), { name: 'HIGH', background: '#112233', color: 'white' }] } })
  })

  it('refuses what cannot be a scheme, and colours that could inject CSS', () => {
    expect(resolveScheme('nato')).toMatchObject({ problem: expect.stringContaining('corporate, tlp, government') })
    expect(resolveScheme([])).toMatchObject({ problem: expect.any(String) })
    expect(resolveScheme(['A', 'a'])).toMatchObject({ problem: expect.stringContaining('once') })
    const hostile = resolveScheme([{ name: 'X', background: 'red;} body{display:none', color: 'url(x)' }])
    expect(hostile).toEqual({ scheme: { name: 'custom', levels: [{ name: 'X', background: '#1b5e20', color: '#ffffff' }] } })
  })
})
