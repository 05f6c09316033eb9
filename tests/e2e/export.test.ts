import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDeck } from '../../renderer/core/deck/parse-deck'
import { generateDeck } from '../bench/generate-deck'
import { BIN, ROOT } from '../helpers/browser'
import { imageDifference, pdfFonts, pdfInfo, pdfOutline, pdfText, renderPage } from '../helpers/pdf'

const SLIDES = join(ROOT, 'slides')
const DECKS = readdirSync(SLIDES).filter((f) => f.endsWith('.md')).sort()
const slideCount = (file: string) => parseDeck(readFileSync(file, 'utf8')).deck.slides.length

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-export-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the real CLI; returns its exit code and output. */
function briefdeck(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('briefdeck export: one deck', () => {
  it('prints one page per slide with selectable text, embedded fonts, metadata and tags', () => {
    const out = join(dir, 'overview.pdf')
    const run = briefdeck(['export', join(SLIDES, DECKS[0]), '-o', out, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const summary = JSON.parse(run.stdout)
    const info = pdfInfo(out)
    expect(Number(info.Pages)).toBe(slideCount(join(SLIDES, DECKS[0])))
    expect(summary).toMatchObject({ outputs: [out], pages: Number(info.Pages), decks: 1, slides: Number(info.Pages) })
    expect(summary.bytes).toBe(readFileSync(out).length)
    expect(info['Page size']).toBe('960 x 540 pts')
    expect(info.Title).toBe("India–Japan: Modi's Visit and the $68 Billion Pledge")
    expect(info.Author).toBe('Briefdeck sample briefing')
    // The sample is marked INTERNAL (slides/briefing.yml): the marking leads the subject.
    expect(info.Subject).toBe('INTERNAL — Overview of the briefing')
    expect(info.Tagged).toBe('yes')
    const page4 = pdfText(out, 4)
    expect(page4).toContain('$68 billion')
    expect(page4).toMatch(/India–Japan: Modi's Visit and the \$68 Billion Pledge\s+v1\.0 · IJ-BRF-2025-01 · INTERNAL\s+4/)
    expect(pdfText(out)).not.toContain('Pause on the figure')
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true)
  })

  it('renders a page like the committed reference image (a blank or broken page fails)', () => {
    const out = join(dir, 'reference.pdf')
    expect(briefdeck(['export', join(SLIDES, DECKS[0]), '-o', out, '-q']).code).toBe(0)
    const reference = PNG.sync.read(readFileSync(join(ROOT, 'tests/fixtures/reference/01-overview-page4.png')))
    const page = renderPage(out, 4, 48)
    const difference = imageDifference(page, reference)
    expect(difference.mean).toBeLessThan(3)
    expect(difference.changed).toBeLessThan(0.01)
    // The comparison itself can fail: a blank page and another slide are far from the reference.
    const blank = new PNG({ width: reference.width, height: reference.height, fill: true })
    blank.data.fill(255)
    expect(imageDifference(blank, reference).changed).toBeGreaterThan(0.03)
    expect(imageDifference(renderPage(out, 5, 48), reference).changed).toBeGreaterThan(0.03)
  })

  it('embeds the Japanese font and keeps Hindi and Japanese text extractable', () => {
    const out = join(dir, 'culture.pdf')
    expect(briefdeck(['export', join(SLIDES, '06-cultural-bonds.md'), '-o', out, '-q']).code).toBe(0)
    const fonts = pdfFonts(out)
    expect(fonts.some((f) => /NotoSansJP/.test(f.name))).toBe(true)
    expect(fonts.some((f) => /NotoSans-/.test(f.name))).toBe(true)
    expect(fonts.every((f) => f.embedded)).toBe(true)
    const text = pdfText(out)
    expect(text).toContain('生け花')
    expect(text).toContain('ドラえもん')
    expect(text).toContain('मैत्री')
  })

  it('prints a handout with each slide and its speaker notes as text', () => {
    const out = join(dir, 'handout.pdf')
    expect(briefdeck(['export', join(SLIDES, DECKS[1]), '-o', out, '--layout', 'handout', '-q']).code).toBe(0)
    const info = pdfInfo(out)
    expect(info['Page size']).toContain('(A4)')
    const slides = slideCount(join(SLIDES, DECKS[1]))
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(Math.ceil(slides / 2))
    expect(Number(info.Pages)).toBeLessThanOrEqual(slides)
    const text = pdfText(out).replace(/\s+/g, ' ')
    for (const { notes } of parseDeck(readFileSync(join(SLIDES, DECKS[1]), 'utf8')).deck.slides) {
      expect(text).toContain(notes.replace(/\*\*/g, '').replace(/\s+/g, ' ').slice(0, 50))
    }
    expect(pdfInfo(join(dir, 'handout.pdf')).Tagged).toBe('yes')
  })

  it('prints US Letter handouts and A4 landscape slides', () => {
    const letter = join(dir, 'letter.pdf')
    expect(briefdeck(['export', join(SLIDES, DECKS[3]), '-o', letter, '--layout', 'handout', '--size', 'letter', '-q']).code).toBe(0)
    expect(pdfInfo(letter)['Page size']).toContain('612 x 792 pts (letter)')
    const a4 = join(dir, 'a4.pdf')
    expect(briefdeck(['export', join(SLIDES, DECKS[3]), '-o', a4, '--size', 'a4', '-q']).code).toBe(0)
    expect(pdfInfo(a4)['Page size']).toMatch(/^841\.\d+ x 59[45]\.\d+ pts/)
  })

  it('prints each fragment step as its own page with --fragments', () => {
    const deck = join(ROOT, 'tests/fixtures/decks/conventions/deck.md')
    const out = join(dir, 'steps.pdf')
    expect(briefdeck(['export', deck, '-o', out, '--fragments', '-q']).code).toBe(0)
    // 6 slides; the fragments slide has 3 fragment groups (2 items + image): 3 extra pages.
    expect(Number(pdfInfo(out).Pages)).toBe(6 + 3)
    expect(pdfText(out, 2)).not.toContain('first')
    expect(pdfText(out, 3)).toContain('first')
    expect(pdfText(out, 3)).not.toContain('second')
    expect(pdfText(out, 4)).toContain('second')
  })

  it('writes one PNG per slide with --format png', () => {
    const out = join(dir, 'png')
    const run = briefdeck(['export', join(SLIDES, DECKS[3]), '-o', out, '--format', 'png', '--json'])
    expect(run.code, run.stderr).toBe(0)
    const files = readdirSync(out).sort()
    expect(files).toHaveLength(slideCount(join(SLIDES, DECKS[3])))
    expect(files[0]).toBe('page-01.png')
    const first = PNG.sync.read(readFileSync(join(out, files[0])))
    expect([first.width, first.height]).toEqual([1280, 720])
    expect(JSON.parse(run.stdout).outputs).toHaveLength(files.length)
  })
})

describe('briefdeck export: the briefing book', () => {
  it('binds every deck with a cover, contents with page numbers and bookmarks per deck and slide', async () => {
    const out = join(dir, 'book.pdf')
    const run = briefdeck(['export', SLIDES, '-o', out, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const counts = DECKS.map((d) => slideCount(join(SLIDES, d)))
    const info = pdfInfo(out)
    // Cover, contents, every slide, and a "Backup slides" divider before each deck's backup slides.
    const dividers = DECKS.filter((d) => parseDeck(readFileSync(join(SLIDES, d), 'utf8')).deck.slides.some((s) => s.backup !== null)).length
    expect(dividers).toBeGreaterThan(0)
    expect(Number(info.Pages)).toBe(2 + counts.reduce((a, b) => a + b, 0) + dividers)
    expect(info.Title).toBe('India–Japan: A Partnership Grows')
    const titles = DECKS.map((d) => parseDeck(readFileSync(join(SLIDES, d), 'utf8')).deck.title)
    expect(info.Keywords).toBe(['INTERNAL', 'briefing', ...titles].join('; '))
    // A briefer's cover: title, subtitle, author and the date written out; no counts of decks or pages.
    const cover = pdfText(out, 1)
    expect(cover).toContain('India–Japan: A Partnership Grows')
    expect(cover).toContain('30 August 2025')
    expect(cover).not.toMatch(/2025-08-30|\bdecks?\b|\bpages\b/)
    const outline = await pdfOutline(out)
    expect(outline.map(([title]) => title)).toEqual(['Contents', ...DECKS.map((d) => parseDeck(readFileSync(join(SLIDES, d), 'utf8')).deck.title)])
    // A deck with backup slides has one more bookmark: the "Backup slides" heading before them.
    const backups = DECKS.map((d) => (parseDeck(readFileSync(join(SLIDES, d), 'utf8')).deck.slides.some((slide) => slide.backup !== null) ? 1 : 0))
    expect(outline.slice(1).map(([, , children]) => children.length)).toEqual(counts.map((n, i) => n + backups[i]))
    // Every contents entry names the page its deck starts on, and that page is the deck's title slide.
    const contents = pdfText(out, 2)
    for (const [title, page] of outline.slice(1)) {
      const words = title.split(/\s+/).slice(0, 3).join(' ')
      expect(contents).toMatch(new RegExp(`${words.replace(/[$.*+?()[\]{}|\\^]/g, '\\$&')}[\\s\\S]*?\\s${page + 1}\\n`))
      expect(pdfText(out, page + 1)).toContain(`${page + 1}`)
    }
    expect(pdfText(out, outline[3][1] + 1)).toContain('Military convergence')
  })

  it('makes a handout book too', () => {
    const out = join(dir, 'handout-book.pdf')
    expect(briefdeck(['export', SLIDES, '-o', out, '--layout', 'handout', '-q']).code).toBe(0)
    expect(pdfText(out, 2)).toContain('Contents')
  })
})

describe('briefdeck export: the same input, the same bytes', () => {
  it('writes byte-identical PDFs with SOURCE_DATE_EPOCH, dated at that time', () => {
    const [one, two] = [join(dir, 'same-1.pdf'), join(dir, 'same-2.pdf')]
    for (const out of [one, two]) expect(briefdeck(['export', SLIDES, '-o', out, '-q'], { SOURCE_DATE_EPOCH: '1700000000' }).code).toBe(0)
    expect(readFileSync(two).equals(readFileSync(one))).toBe(true)
    expect(execFileSync('pdfinfo', ['-rawdates', one], { encoding: 'utf8' })).toMatch(/^CreationDate:\s+D:20231114221320Z$/m)
  })

  it('writes byte-identical PDFs with --deterministic, undated; without either, each export is dated now', () => {
    const [one, two] = [join(dir, 'det-1.pdf'), join(dir, 'det-2.pdf')]
    for (const out of [one, two]) expect(briefdeck(['export', join(SLIDES, DECKS[0]), '-o', out, '-q', '--deterministic'], { SOURCE_DATE_EPOCH: undefined }).code).toBe(0)
    expect(readFileSync(two).equals(readFileSync(one))).toBe(true)
    expect(pdfInfo(one).CreationDate).toBeUndefined()
    const dated = join(dir, 'dated.pdf')
    expect(briefdeck(['export', join(SLIDES, DECKS[0]), '-o', dated, '-q'], { SOURCE_DATE_EPOCH: undefined }).code).toBe(0)
    expect(new Date(pdfInfo(dated).CreationDate).getUTCFullYear()).toBe(new Date().getUTCFullYear())
  })
})

describe('briefdeck export: bad input and failures', () => {
  it('warns about a missing image with file and line, and prints a visible placeholder', () => {
    const deckDir = join(dir, 'missing-image')
    mkdirSync(deckDir, { recursive: true })
    writeFileSync(join(deckDir, 'deck.md'), '# Chart\n\n![Trade chart](img/trade.png)\n')
    const out = join(deckDir, 'out.pdf')
    const run = briefdeck(['export', join(deckDir, 'deck.md'), '-o', out])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(`${join(deckDir, 'deck.md')}:3: warning: asset img/trade.png not found`)
    expect(pdfText(out)).toContain('Image unavailable')
  })

  it('refuses an output path that is a folder, and leaves it alone', () => {
    const run = briefdeck(['export', join(SLIDES, DECKS[0]), '-o', dir])
    expect(run.code).toBe(73)
    expect(run.stderr).toContain('is a directory')
  })

  it('fails on a deck with errors, naming file and line, and keeps the older PDF', () => {
    const bad = join(dir, 'bad.md')
    writeFileSync(bad, '# A\n\n```\nnever closed\n')
    const out = join(dir, 'keep.pdf')
    writeFileSync(out, 'older pdf')
    const run = briefdeck(['export', bad, '-o', out])
    expect(run.code).toBe(65)
    expect(run.stderr).toContain(`${bad}:3: error: code fence`)
    expect(readFileSync(out, 'utf8')).toBe('older pdf')
  })

  it('says in one line when the browser cannot start', () => {
    const run = briefdeck(['export', join(SLIDES, DECKS[0]), '-o', join(dir, 'x.pdf')], { BRIEFDECK_CHROMIUM: '/bin/false' })
    expect(run.code).toBe(69)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('could not start /bin/false')
  })

  it('rejects unknown layouts and sizes as usage errors', () => {
    expect(briefdeck(['export', SLIDES, '--layout', 'poster']).code).toBe(64)
    expect(briefdeck(['export', SLIDES, '--size', 'a3']).code).toBe(64)
    expect(briefdeck(['export', join(SLIDES, DECKS[0]), '--layout', 'handout', '--size', '16:9']).code).toBe(64)
  })
})

describe('briefdeck export: interrupted exports never leave a truncated PDF', () => {
  let older: string
  beforeAll(() => {
    older = join(dir, 'older.pdf')
    expect(briefdeck(['export', join(SLIDES, DECKS[0]), '-o', older, '-q']).code).toBe(0)
  })
  const bigDeck = () => {
    const file = join(dir, 'big', 'deck.md')
    if (!existsSync(file)) {
      mkdirSync(join(dir, 'big'), { recursive: true })
      writeFileSync(file, generateDeck(300))
    }
    return file
  }
  const exportIn = (output: string): ChildProcess =>
    spawn(process.execPath, [BIN, 'export', bigDeck(), '-o', output, '-q'], { stdio: 'ignore' })

  it.each([150, 400, 800, 1200, 1600, 2200])('killed with SIGKILL after %d ms: the old PDF or the whole new one', async (delay) => {
    const out = join(dir, `killed-${delay}.pdf`)
    copyFileSync(older, out)
    const before = readFileSync(out)
    const child = exportIn(out)
    const exited = new Promise((resolve) => child.once('exit', resolve))
    await new Promise((resolve) => setTimeout(resolve, delay))
    child.kill('SIGKILL')
    await exited
    const after = readFileSync(out)
    if (!after.equals(before)) expect(Number(pdfInfo(out).Pages)).toBe(300)
    else expect(pdfInfo(out).Pages).toBe(String(slideCount(join(SLIDES, DECKS[0]))))
  })

  it('removes its temporary file when stopped with SIGTERM', async () => {
    const folder = join(dir, 'term')
    mkdirSync(folder, { recursive: true })
    const child = exportIn(join(folder, 'out.pdf'))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
    // Mid-export, not mid-start-up (before Node has run a line, a signal just kills it): once its
    // Chromium is running, the CLI is exporting.
    for (let i = 0; i < 200 && child.exitCode === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      if (spawnSync('pgrep', ['-P', String(child.pid), '-f', 'chrom'], { encoding: 'utf8' }).stdout.trim()) break
    }
    child.kill('SIGTERM')
    const code = await exited
    expect([0, 143]).toContain(code)
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('reports a browser that dies mid-export and writes nothing', async () => {
    const out = join(dir, 'crash.pdf')
    const child = spawn(process.execPath, [BIN, 'export', bigDeck(), '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] })
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    let stderr = ''
    child.stderr!.on('data', (chunk) => (stderr += chunk))
    // Wait for the CLI's Chromium to start, then kill it.
    for (let i = 0; i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      const found = spawnSync('pgrep', ['-P', String(child.pid), '-f', 'chrom'], { encoding: 'utf8' }).stdout.trim()
      if (found) {
        execFileSync('kill', ['-9', ...found.split('\n')])
        break
      }
    }
    const code = await exited
    expect(code).toBe(69)
    expect(stderr).toMatch(/briefdeck: (printing failed|the browser crashed|could not start)/)
    expect(existsSync(out)).toBe(false)
  })
})
