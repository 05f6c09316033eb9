// Bundles Briefdeck with esbuild: the CLI for Node (dependencies stay in node_modules) and the UI
// for the browser (everything bundled, reveal.js included: no CDN). Run by `npm run build` and by
// `prepare`, so `npx briefdeck` works right after `npm ci`.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync } from 'node:fs'

const root = new URL('../', import.meta.url).pathname

await build({
  entryPoints: { cli: `${root}electron/cli/main.ts` },
  outdir: `${root}dist`,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
})

mkdirSync(`${root}dist/app`, { recursive: true })
await build({
  entryPoints: { app: `${root}renderer/app/main.ts` },
  outdir: `${root}dist/app`,
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'chrome120',
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
})
copyFileSync(`${root}renderer/app/index.html`, `${root}dist/app/index.html`)
copyFileSync(`${root}assets/icons/icon.png`, `${root}dist/app/icon.png`)

// The desktop app: its main process (ESM, dependencies from node_modules inside the asar) and its
// preload, which runs sandboxed and so must be one self-contained CommonJS file.
await build({
  entryPoints: { main: `${root}electron/main/main.ts` },
  outdir: `${root}dist`,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
})
await build({
  entryPoints: { preload: `${root}electron/preload/preload.ts` },
  outdir: `${root}dist`,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
})
