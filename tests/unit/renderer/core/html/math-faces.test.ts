import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { KATEX_FONT_RULES } from '../../../../../renderer/core/html/math-faces'

/** katex.css's rules that set a font, read as KATEX_FONT_RULES writes them. */
function rulesInKatexCss(): Array<{ classes: string[]; parent?: string[]; set: Record<string, string> }> {
  const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
  const rules: Array<{ classes: string[]; parent?: string[]; set: Record<string, string> }> = []
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (selectors.includes('@font-face')) continue
    const set: Record<string, string> = {}
    for (const declaration of body.split(';')) {
      const [name, value] = declaration.split(':').map((part) => part?.trim())
      if (name === 'font-family') set.family = value.replace(/"/g, '')
      if (name === 'font-weight') set.weight = value
      if (name === 'font-style') set.style = value
    }
    if (Object.keys(set).length === 0) continue
    for (const selector of selectors.split(',').map((s) => s.trim())) {
      if (selector === '.katex') continue
      const parts = selector.replace(/^\.katex\s+/, '').split(/\s*>\s*|\s+/)
      const last = parts[parts.length - 1]
      if (last === 'span') rules.push({ classes: [], parent: [parts[parts.length - 2].replace(/^\./, '')], set })
      else rules.push({ classes: last.split('.').filter(Boolean), set })
    }
  }
  return rules
}

describe('KaTeX faces', () => {
  it('has every font rule of katex.css, in its order, so the faces chosen are the browser\'s', () => {
    expect(KATEX_FONT_RULES.map((rule) => ({ ...rule, set: { ...rule.set } }))).toEqual(rulesInKatexCss())
  })
})
