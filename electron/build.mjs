// Bundles Briefdeck with esbuild: the CLI for Node (dependencies stay in node_modules) and the UI
// for the browser (everything bundled, reveal.js included: no CDN). Run by `npm run build` and by
// `prepare`, so `npx briefdeck` works right after `npm ci`.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const root = new URL('../', import.meta.url).pathname
/** What every Node-side bundle shares. */
const forNode = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' }

// The desktop app's main process (ESM; dependencies stay in node_modules, inside the asar once
// packaged).
await build({
  entryPoints: { main: `${root}electron/main/main.ts` },
  outdir: `${root}dist`,
  outExtension: { '.js': '.mjs' },
  ...forNode,
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
})
// The CLI, split by command: `dist/cli.mjs` parses the arguments and starts the browser, and each
// command's code is a chunk it loads only when that command runs (export never loads the server).
// Chunks are named by their content: an earlier build's would be left beside them.
rmSync(`${root}dist/cli-chunks`, { recursive: true, force: true })
await build({
  entryPoints: { cli: `${root}electron/cli/main.ts` },
  outdir: `${root}dist`,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'cli-chunks/[name]-[hash]',
  splitting: true,
  ...forNode,
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
})
// The chart process: a Node process of its own, so a chart that runs too long or too large can be stopped.
// Vega and Vega-Lite are bundled into it: loaded from node_modules they are some 60 packages of ES
// modules, which take twice as long to load, and every build with a chart pays that once.
// vega-canvas is left out: it looks for the optional `canvas` package (with a top-level await, which
// a snapshot cannot hold), and charts are drawn to SVG with text measured by draw-chart.ts.
const forCharts = { ...forNode, minify: true, alias: { 'vega-canvas': `${root}electron/node/blocks/no-canvas.ts` } }
await build({
  entryPoints: { 'chart-worker': `${root}electron/node/blocks/chart-worker.ts` },
  outdir: `${root}dist`,
  outExtension: { '.js': '.mjs' },
  ...forCharts,
  format: 'esm',
  sourcemap: 'linked',
  // The CommonJS packages in the bundle (yaml) call require(), which an ES module must be given.
  banner: { js: "import { createRequire as bdCreateRequire } from 'node:module'; const require = bdCreateRequire(import.meta.url);" },
})
// The same process as a startup snapshot, for this Node (see electron/node/blocks/chart-snapshot.ts):
// a build with charts starts it with vega loaded and its code compiled. Beside it, what chart-host.ts
// checks before using it: the Node that made it and the flags it was made with. Where this Node cannot
// make one, the chart process starts from chart-worker.mjs, and the build says so.
await build({ entryPoints: { 'chart-snapshot': `${root}electron/node/blocks/chart-snapshot.ts` }, outdir: `${root}dist`, outExtension: { '.js': '.cjs' }, ...forCharts, format: 'cjs' })
const chartProcess = JSON.parse(readFileSync(`${root}electron/node/blocks/chart-process.json`, 'utf8'))
const chartFlags = [`--max-old-space-size=${chartProcess.heapMb}`, ...chartProcess.v8Flags]
const blob = `${root}dist/chart-worker.blob`
rmSync(blob, { force: true })
rmSync(`${blob}.json`, { force: true })
const made = spawnSync(process.execPath, [...chartFlags, '--snapshot-blob', blob, '--build-snapshot', `${root}dist/chart-snapshot.cjs`], { encoding: 'utf8' })
if (made.status === 0 && existsSync(blob)) {
  writeFileSync(`${blob}.json`, `${JSON.stringify({ node: process.version, arch: process.arch, execPath: process.execPath, flags: chartFlags })}\n`)
} else {
  console.warn(`briefdeck build: no chart snapshot for Node ${process.version} (charts start from dist/chart-worker.mjs): ${(made.stderr || made.error?.message || '').trim().split('\n')[0]}`)
}

/**
 * The editor's font stylesheets (renderer/app/editor/editor-fonts.css) come from @fontsource, whose
 * rules name a .woff fallback beside each .woff2: Chromium never needs it, so it is left out of the
 * rules and of dist/. The .woff2 files become files of dist/app/fonts/, fetched only for the
 * characters on screen (unicode-range).
 */
const woff2Only = {
  name: 'woff2-only',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]@fontsource[\\/].*\.css$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]?woff['"]?\)/g, ''),
      loader: 'css',
    }))
  },
}

mkdirSync(`${root}dist/app`, { recursive: true })
// The UI, and the editor's compile worker beside it: a worker is its own script (esbuild does not
// follow `new Worker(new URL(…))`), loaded from the app's origin, which the app's CSP allows.
// Split into chunks: each view, and reveal.js's highlighter, is loaded when first needed (the room's
// view of a deck without code loads a third of the code it did). Chunks sit beside app.js, so a
// chunk's `new URL('./compile-worker.js', import.meta.url)` still finds the worker. They are named
// by content: an earlier build's are removed first.
for (const name of readdirSync(`${root}dist/app`)) if (name.startsWith('part-')) rmSync(`${root}dist/app/${name}`)
await build({
  entryPoints: { app: `${root}renderer/app/main.ts`, 'compile-worker': `${root}renderer/app/editor/compile-worker.ts` },
  outdir: `${root}dist/app`,
  splitting: true,
  chunkNames: 'part-[name]-[hash]',
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'chrome120',
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  loader: { '.woff2': 'file' },
  assetNames: 'fonts/[name]-[hash]',
  plugins: [woff2Only],
})
copyFileSync(`${root}renderer/app/index.html`, `${root}dist/app/index.html`)

// The scripts inside pages Briefdeck writes (a built deck, a print document, the headless page that
// draws Mermaid diagrams at build time): each one classic script, inlined into its page and allowed
// there by its hash. No deck's page ever holds Mermaid: its diagrams arrive as SVG.
await build({
  entryPoints: {
    'deck-init': `${root}renderer/page/deck-init.ts`, 'print-fit': `${root}renderer/page/print-fit.ts`,
    'render-diagrams': `${root}renderer/page/render-diagrams.ts`,
  },
  outdir: `${root}dist/page`,
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome120',
  minify: true,
  logLevel: 'warning',
})
copyFileSync(`${root}assets/icons/icon.png`, `${root}dist/app/icon.png`)

/**
 * highlight.js's languages by name and alias, each with the languages it embeds (`subLanguage`:
 * HTML's CSS and JavaScript…), so an export loads only the languages its code is in (a tenth of a
 * second less than loading all of them; see electron/node/export/code-highlighter.ts).
 */
function highlightLanguages() {
  const hljs = createRequire(import.meta.url)('highlight.js')
  const embedded = (language) => {
    const found = new Set()
    const seen = new Set()
    const walk = (value) => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return
      seen.add(value)
      if (Array.isArray(value)) return value.forEach(walk)
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'subLanguage') for (const name of [inner].flat()) found.add(name)
        else walk(inner)
      }
    }
    walk(language)
    return [...found].filter((name) => hljs.getLanguage(name))
  }
  const aliases = {}
  for (const name of hljs.listLanguages()) {
    for (const alias of [name, ...(hljs.getLanguage(name).aliases ?? [])]) aliases[alias.toLowerCase()] = name
  }
  const embeds = {}
  for (const name of hljs.listLanguages()) {
    const inner = [...new Set(embedded(hljs.getLanguage(name)).map((other) => aliases[other.toLowerCase()]))].filter((other) => other && other !== name)
    if (inner.length > 0) embeds[name] = inner
  }
  return { aliases, embeds }
}
writeFileSync(`${root}dist/highlight-languages.json`, `${JSON.stringify(highlightLanguages())}\n`)

// The desktop app's preload runs sandboxed, so it must be one self-contained CommonJS file.
await build({
  entryPoints: { preload: `${root}electron/preload/preload.ts` },
  outdir: `${root}dist`,
  outExtension: { '.js': '.cjs' },
  ...forNode,
  format: 'cjs',
  external: ['electron'],
})
