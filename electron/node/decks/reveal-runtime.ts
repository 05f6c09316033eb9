import { join } from 'node:path'
import type { DeckRuntime, InlineScript } from '../../../renderer/core/html/render-deck'
import { readBundledFile, readPageScript, sha256Base64, toInlineScript } from './bundled-files'
import { REVEAL_DIST } from './themes'

/**
 * The hashes of the inline scripts of reveal.js's speaker view. The notes plugin writes that page
 * into an about:blank popup, which inherits the deck's CSP, so the CSP must allow exactly those
 * scripts. They are read out of the plugin's `document.write(`...`)` string literal.
 */
export function speakerViewScriptHashes(notesPlugin: string): string[] {
  const call = /document\.write\((["'`])/.exec(notesPlugin)
  if (!call) throw new Error('reveal.js notes plugin: speaker view page not found; update speakerViewScriptHashes')
  const quote = call[1]
  const start = call.index + call[0].length
  let end = start
  while (end < notesPlugin.length && !(notesPlugin[end] === quote && notesPlugin[end - 1] !== '\\')) end++
  const literal = notesPlugin.slice(start, end)
  if (quote === '`' && literal.includes('${')) throw new Error('reveal.js notes plugin: speaker view page is a template; update speakerViewScriptHashes')
  const html = unescapeJs(literal)
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256Base64(m[1]))
}

/** The value of a JavaScript string literal's body: its backslash escapes resolved. */
function unescapeJs(body: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' }
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_m, e: string) => {
    if (e[0] === 'u' && e.length > 1) return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16))
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16))
    if (e === '\n' || e === '\r\n' || e === '\r') return ''
    return simple[e] ?? e
  })
}

let speakerHashes: string[] | undefined
const scripts = new Map<string, InlineScript>()
function revealScript(file: string): InlineScript {
  let script = scripts.get(file)
  if (script === undefined) {
    script = toInlineScript(readBundledFile(join(REVEAL_DIST, file)))
    scripts.set(file, script)
  }
  return script
}

/**
 * What a self-contained deck page runs besides its styles: reveal.js, the notes plugin (and the
 * hashes of its speaker view's scripts), the highlight plugin only when the deck has code, then
 * Briefdeck's init script.
 */
export function revealRuntime(styles: string[], hasCode: boolean): DeckRuntime {
  const notes = revealScript('plugin/notes.js')
  const list = [revealScript('reveal.js'), notes]
  if (hasCode) list.push(revealScript('plugin/highlight.js'))
  list.push(readPageScript('deck-init.js'))
  speakerHashes ??= speakerViewScriptHashes(notes.code)
  return { styles: [readBundledFile(join(REVEAL_DIST, 'reveal.css')), ...styles], scripts: list, popupScriptHashes: speakerHashes }
}
