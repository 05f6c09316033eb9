import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EXIT_CODES } from '../../../../electron/cli/exit-codes'
import { main } from '../../../../electron/cli/main'
import { useTempDir } from '../../../helpers/temp-dir'

const ROOT = resolve(__dirname, '../../../..')

describe('briefdeck CLI', () => {
  const tempDir = useTempDir()
  let stderr: string[]
  beforeEach(() => {
    stderr = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true))
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => vi.restoreAllMocks())

  const run = (...args: string[]) => main(args, '0.0.0-test')

  it('builds a deck into the -o file and reports it', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'd.md'), '# A\n---\n# B')
    expect(await run('build', join(dir, 'd.md'), '-o', join(dir, 'out.html'))).toBe(0)
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toContain('<section data-bd-index="1"')
    expect(stderr.join('')).toContain('(2 slides,')
  })

  it.each([
    ['a missing file', (dir: string) => join(dir, 'nope.md'), 66, ':1: no such file'],
    ['a directory', (dir: string) => (mkdirSync(join(dir, 'x.md')), join(dir, 'x.md')), 66, ':1: is a directory'],
    ['a binary file', (dir: string) => (writeFileSync(join(dir, 'b.md'), Buffer.from([0, 1, 2])), join(dir, 'b.md')), 65, ':1: binary data'],
    ['invalid front matter', (dir: string) => (writeFileSync(join(dir, 'f.md'), '---\ntitle: [\n---\n# A'), join(dir, 'f.md')), 65, ':2: error: invalid front matter YAML'],
    ['an unclosed code fence', (dir: string) => (writeFileSync(join(dir, 'c.md'), '# A\n\n```js\nx'), join(dir, 'c.md')), 65, ':3: error: code fence'],
  ])('fails on %s with a one-line message naming file and line, and writes nothing', async (_name, make, code, message) => {
    const dir = tempDir()
    const deck = make(dir)
    const out = join(dir, 'out.html')
    expect(await run('build', deck, '-o', out)).toBe(code)
    expect(stderr.join('')).toContain(`${deck}${message}`)
    expect(existsSync(out)).toBe(false)
  })

  it('leaves an existing output untouched when the build fails', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'out.html'), 'previous')
    writeFileSync(join(dir, 'c.md'), '```\nnever closed')
    expect(await run('build', join(dir, 'c.md'), '-o', join(dir, 'out.html'))).toBe(65)
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toBe('previous')
  })

  it('refuses an output path that is a directory', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'd.md'), '# A')
    expect(await run('build', join(dir, 'd.md'), '-o', dir)).toBe(73)
    expect(stderr.join('')).toContain('is a directory')
  })

  it('refuses to write over the deck itself', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'd.md'), '# Keep me')
    expect(await run('build', join(dir, 'd.md'), '-o', join(dir, 'd.md'))).toBe(64)
    expect(await run('export', join(dir, 'd.md'), '-o', join(dir, 'd.md'))).toBe(64)
    expect(readFileSync(join(dir, 'd.md'), 'utf8')).toBe('# Keep me')
  })

  it('answers usage errors with exit 64, options that exclude each other included', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'd.md'), '# A')
    expect(await run('export', join(dir, 'd.md'), '--layout', 'handout', '--size', '16:9', '-o', join(dir, 'h.pdf'))).toBe(64)
    expect(stderr.join('')).toContain('handouts are portrait pages')
    expect(await run('export', join(dir, 'd.md'), '--per-page', '6', '--size', '16:9', '-o', join(dir, 'h.pdf'))).toBe(64)
    expect(await run('export', join(dir, 'd.md'), '--layout', 'slides', '--per-page', '3', '-o', join(dir, 'h.pdf'))).toBe(64)
    expect(await run('export', join(dir, 'd.md'), '--per-page', '4', '-o', join(dir, 'h.pdf'))).toBe(64)
    expect(await run('export', join(dir, 'd.md'), '--per-page', '-o', join(dir, 'h.pdf'))).toBe(64)
    expect(await run('export', join(dir, 'd.md'), '--layout', 'handout', '--fragments', '-o', join(dir, 'h.pdf'))).toBe(64)
    expect(await run('export', join(dir, 'd.md'), '--per-page', '3', '-o', join(dir, 'h.pptx'))).toBe(64)
    expect(existsSync(join(dir, 'h.pdf')) || existsSync(join(dir, 'h.pptx'))).toBe(false)
    expect(await run('build')).toBe(64)
    expect(await run('frobnicate')).toBe(64)
    expect(await run('build', 'a.md', '--no-such-flag')).toBe(64)
    expect(stderr.join('')).toContain('unknown command `frobnicate`')
  })

  it('tells a port it may not listen on (exit 71) from a port in use (exit 75)', async () => {
    // 203.0.113.1 is a documentation address (RFC 5737): not one of this machine's, so binding fails at once (no traffic is sent).
    expect(await run('serve', tempDir(), '--host', '203.0.113.1', '--port', '0')).toBe(EXIT_CODES.E_LISTEN)
    expect(stderr.join('')).toContain('not an address of this machine')
    expect(EXIT_CODES.E_LISTEN).not.toBe(EXIT_CODES.E_PORT_TAKEN)
  })
})

describe('exit codes outside the bundle', () => {
  const tempDir = useTempDir()

  it('bin.mjs exits with E_INTERNAL’s code when the bundle is missing (it cannot import the table)', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'electron', 'cli'), { recursive: true })
    copyFileSync(join(ROOT, 'electron', 'cli', 'bin.mjs'), join(dir, 'electron', 'cli', 'bin.mjs'))
    writeFileSync(join(dir, 'package.json'), '{"version":"0.0.0"}')
    const run = spawnSync(process.execPath, [join(dir, 'electron', 'cli', 'bin.mjs'), '--version'], { encoding: 'utf8' })
    expect(run.stderr).toContain('is missing; run `npm run build`')
    expect(run.status).toBe(EXIT_CODES.E_INTERNAL)
  })
})

describe('briefdeck build: input too large to embed', () => {
  const tempDir = useTempDir()
  beforeEach(() => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  })
  afterEach(() => vi.restoreAllMocks())

  it('stops with a deck error naming the slide’s line when the images together pass what a page holds', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'big.png'), Buffer.alloc(8 * 1024 * 1024, 7))
    writeFileSync(join(dir, 'd.md'), Array.from({ length: 20 }, (_, i) => `# ${i}\n\n![](big.png)`).join('\n\n---\n\n'))
    const lines: string[] = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true))
    expect(await main(['build', join(dir, 'd.md'), '-o', join(dir, 'out.html')], '0')).toBe(EXIT_CODES.E_COMPILE)
    expect(lines.join('')).toMatch(/d\.md:\d+: error: asset big\.png cannot be embedded/)
    expect(existsSync(join(dir, 'out.html'))).toBe(false)
  }, 60_000)
})
