// Bundles Briefdeck's TypeScript for Node (the CLI) with esbuild. Run by `npm run build` and by
// `prepare`, so `npx briefdeck` works right after `npm ci`. Dependencies stay in node_modules.
import { build } from 'esbuild'

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
