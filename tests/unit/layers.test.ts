import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')

function sources(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return []
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path)
    return /\.(ts|mts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every import specifier of a file: relative ones resolved to a repo path, packages by name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8')
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .map((spec) => (spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec))
}

const NODE_BUILTIN = /^node:|^(fs|path|os|crypto|child_process|http|https|net|url|util|stream|zlib|worker_threads)$/

describe('layers (../shared/STYLE.md): imports point one way', () => {
  it('keeps renderer/core free of DOM, Node, Electron and the other layers', () => {
    for (const file of sources('renderer/core')) {
      for (const target of importsOf(file)) {
        expect(NODE_BUILTIN.test(target), `${file} imports ${target}`).toBe(false)
        expect(target === 'electron' || target.startsWith('electron/'), `${file} imports ${target}`).toBe(false)
        expect(target.startsWith('renderer/') && !target.startsWith('renderer/core/'), `${file} imports ${target}`).toBe(false)
      }
    }
  })

  it('lets nothing outside electron/ import electron/', () => {
    for (const file of sources('renderer')) {
      for (const target of importsOf(file)) expect(target.startsWith('electron/'), `${file} imports ${target}`).toBe(false)
    }
  })

  it('keeps the Electron module out of the CLI, the server and the shared Node code', () => {
    for (const dir of ['electron/cli', 'electron/node', 'electron/server']) {
      for (const file of sources(dir)) {
        for (const target of importsOf(file)) {
          expect(target === 'electron' || target.startsWith('electron/main') || target.startsWith('electron/preload'), `${file} imports ${target}`).toBe(false)
        }
      }
    }
  })

  it('finds imports, side-effect imports included (the checks above can fail)', () => {
    expect(importsOf('renderer/core/deck/parse-deck.ts')).toContain('renderer/core/deck/front-matter')
    expect(importsOf('electron/node/decks/load-decks.ts')).toContain('node:path')
    expect(importsOf('renderer/app/main.ts')).toContain('reveal.js/reveal.css')
  })
})

describe('the ESLint layer rule (npm test runs it on the whole tree)', () => {
  const lint = async (file: string, code: string): Promise<string[]> => {
    const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: join(ROOT, file) })
    return result.messages.map((m) => m.message)
  }

  it.each([
    ['renderer/core/deck/x.ts', "import 'node:fs'"],
    ['renderer/core/deck/x.ts', "const m = await import('node:path')"],
    ['renderer/core/deck/x.ts', "export * from '../../app/main'"],
    ['renderer/app/x.ts', "import { app } from 'electron'"],
    ['renderer/app/x.ts', "import '../../electron/node/files/mime'"],
    ['electron/node/x.ts', "import type { App } from 'electron'"],
    ['electron/server/x.ts', "import '../main/windows'"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await lint(file, code)).toEqual([expect.stringContaining('is not allowed here')])
  })

  it('allows what the layers allow', async () => {
    expect(await lint('electron/main/x.ts', "import { app } from 'electron'\nimport '../../renderer/core/deck/deck'")).toEqual([])
    expect(await lint('renderer/app/x.ts', "import '../core/deck/deck'\nimport 'reveal.js'")).toEqual([])
  })
})
