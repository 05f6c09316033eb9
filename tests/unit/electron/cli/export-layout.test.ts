import { describe, expect, it } from 'vitest'
import { LAYOUT_NAMES, toPrintLayout } from '../../../../electron/cli/export-layout'
import { PDF_LAYOUTS } from '../../../../renderer/core/api/contract'

const layout = (flags: { layout?: string; perPage?: string; noNotes?: boolean }) => toPrintLayout({ noNotes: false, ...flags })
const usage = (flags: { layout?: string; perPage?: string; noNotes?: boolean }) => {
  try {
    layout(flags)
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message }
  }
  return null
}

describe('toPrintLayout', () => {
  it('prints slides by default and a slide + notes handout with --layout handout', () => {
    expect(layout({})).toBe('slides')
    expect(layout({ layout: 'slides' })).toBe('slides')
    expect(layout({ layout: 'handout' })).toBe('handout')
  })

  it('makes --per-page, and --no-notes with --layout handout, a slides-only handout, two a page unless --per-page says', () => {
    for (const n of ['2', '3', '6']) {
      expect(layout({ perPage: n })).toBe(`per-page-${n}`)
      expect(layout({ layout: 'handout', perPage: n })).toBe(`per-page-${n}`)
      expect(layout({ perPage: n, noNotes: true })).toBe(`per-page-${n}`)
    }
    expect(layout({ layout: 'handout', noNotes: true })).toBe('per-page-2')
  })

  it('refuses nonsense as usage errors that say what to do', () => {
    expect(usage({ layout: 'slides', perPage: '3' })).toMatchObject({ code: 'E_USAGE', message: expect.stringContaining('--per-page is for handouts') })
    // --no-notes strips notes from any output (issue 14): with slide pages it is not a layout choice.
    expect(usage({ layout: 'slides', noNotes: true })).toBeNull()
    expect(layout({ noNotes: true })).toBe('slides')
    expect(usage({ perPage: '4' })).toMatchObject({ code: 'E_USAGE', message: expect.stringContaining('--per-page must be one of 2, 3, 6') })
    expect(usage({ perPage: '2.0x' })?.code).toBe('E_USAGE')
    expect(usage({ layout: 'per-page-3' })).toMatchObject({ code: 'E_USAGE', message: expect.stringContaining('--layout must be one of slides, handout') })
    expect(usage({ layout: 'poster' })?.code).toBe('E_USAGE')
  })

  it('names only API layouts', () => {
    for (const name of LAYOUT_NAMES) expect(PDF_LAYOUTS).toContain(name)
  })
})
