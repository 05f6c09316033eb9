import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { loadSourceText } from '../../../../../electron/node/sources/load-source-text'
import { useTempDir } from '../../../../helpers/temp-dir'

const tempDir = useTempDir()

describe('loadSourceText: a source\'s local copy as text', () => {
  it('reads text and Markdown as they are', async () => {
    const file = join(tempDir(), 'note.md')
    writeFileSync(file, '# Note\n\nA deficit of $12.5 billion.')
    expect(await loadSourceText(file)).toBe('# Note\n\nA deficit of $12.5 billion.')
  })

  it('reads an HTML page\'s text, words apart across its cells, without its scripts and styles', async () => {
    const file = join(tempDir(), 'page.html')
    writeFileSync(file, '<html><head><style>p{}</style><script>var x = "$9 bn"</script></head><body><table><tr><td>Deficit</td><td>$12.5 billion</td></tr></table></body></html>')
    const text = await loadSourceText(file)
    expect(text).toContain('Deficit $12.5 billion')
    expect(text).not.toContain('$9 bn')
  })

  it('reads a PDF\'s text layer', async () => {
    const pdf = await PDFDocument.create()
    const page = pdf.addPage()
    page.drawText('India faced a $12.5 billion deficit.', { x: 50, y: 700, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) })
    const file = join(tempDir(), 'report.pdf')
    writeFileSync(file, await pdf.save())
    expect(await loadSourceText(file)).toContain('India faced a $12.5 billion deficit.')
  })

  it('refuses a binary file and a broken PDF with E_INVALID and a reason', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'data.txt'), Buffer.from([0x41, 0, 0x42]))
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf')
    await expect(loadSourceText(join(dir, 'data.txt'))).rejects.toMatchObject({ code: 'E_INVALID', message: expect.stringContaining('binary') })
    await expect(loadSourceText(join(dir, 'broken.pdf'))).rejects.toMatchObject({ code: 'E_INVALID', message: expect.stringContaining('not a readable PDF') })
  })
})
