import { describe, expect, it } from 'vitest'
import { NOTES_LINE_PX, notesHeight, splitNotes } from '../../../../../renderer/core/print/notes-height'

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')

describe('notesHeight', () => {
  it('gives empty notes one line (the "No speaker notes." line) and grows with the text', () => {
    const empty = notesHeight('', 700)
    expect(empty).toBeGreaterThanOrEqual(NOTES_LINE_PX)
    expect(notesHeight(`<p>${words(10)}</p>`, 700)).toBe(empty)
    expect(notesHeight(`<p>${words(100)}</p>`, 700)).toBeGreaterThan(notesHeight(`<p>${words(30)}</p>`, 700))
  })

  it('fills lines of the box’s width: a narrower box takes more lines', () => {
    expect(notesHeight(`<p>${words(100)}</p>`, 350)).toBeGreaterThan(notesHeight(`<p>${words(100)}</p>`, 700))
  })

  it('starts a line for each paragraph and list item, and counts CJK characters as wide', () => {
    expect(notesHeight('<p>a</p><p>b</p><p>c</p>', 700)).toBeGreaterThan(notesHeight('<p>a b c</p>', 700))
    expect(notesHeight('<ul><li>a</li><li>b</li><li>c</li></ul>', 700)).toBeGreaterThan(notesHeight('<ul><li>a b c</li></ul>', 700))
    expect(notesHeight(`<p>${'日本'.repeat(60)}</p>`, 700)).toBeGreaterThan(notesHeight(`<p>${'ab'.repeat(60)}</p>`, 700))
  })
})

describe('splitNotes', () => {
  const block = (n: number) => `<p>${words(n)}</p>`

  it('keeps notes that fit whole, and splits longer ones between blocks to fit each box', () => {
    expect(splitNotes(block(20), 700, 200, 800)).toEqual([block(20)])
    const parts = splitNotes(Array.from({ length: 30 }, () => block(60)).join('\n'), 700, 150, 600)
    expect(parts.length).toBeGreaterThan(2)
    expect(notesHeight(parts[0], 700)).toBeLessThanOrEqual(150)
    for (const part of parts.slice(1)) expect(notesHeight(part, 700)).toBeLessThanOrEqual(600)
    expect(parts.join('').split('<p>').length - 1).toBe(30)
    expect(splitNotes('', 700, 100, 100)).toEqual([''])
  })

  it('never splits inside an attribute that contains </p>, so no markup goes live on the next page', () => {
    const notes = `<p>${words(400)}<span title="</p><meta http-equiv=refresh content=0>">x</span></p><p>more</p>`
    const parts = splitNotes(notes, 700, 100, 100)
    expect(parts).toHaveLength(2)
    expect(parts[0]).toContain('title="&lt;/p&gt;&lt;meta http-equiv=refresh content=0&gt;"')
    expect(parts.join('')).not.toContain('<meta')
  })
})
