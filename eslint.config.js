// The layers of ../shared/STYLE.md, checked on every import form: `import … from`, side-effect
// `import 'x'`, `export … from`, dynamic `import()`, `import x = require()` and `typeof import()`.
// One local rule, so relative paths are resolved against the importing file and no resolver is needed.
import { builtinModules } from 'node:module'
import { dirname, relative, resolve } from 'node:path'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

const ROOT = import.meta.dirname
const NODE_BUILTIN = new RegExp(`^(node:|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/|$))`)
const ELECTRON = /^electron(\/|$)/
const SHELL_ONLY = "only electron/main and electron/preload may use Electron: the CLI and browser mode run without it"

/** Which files (a folder prefix) may not import which packages or folders, and why. */
export const LAYERS = [
  { files: 'renderer/core/', packages: [NODE_BUILTIN, ELECTRON], folders: ['renderer/app/', 'renderer/api/', 'electron/'], why: 'renderer/core has no DOM, Node or Electron: the CLI, the main process and the browser all run it' },
  { files: 'renderer/', packages: [NODE_BUILTIN, ELECTRON], folders: ['electron/'], why: 'the UI reaches Node only through renderer/api' },
  { files: 'electron/cli/', packages: [ELECTRON], folders: ['electron/main/', 'electron/preload/'], why: SHELL_ONLY },
  { files: 'electron/node/', packages: [ELECTRON], folders: ['electron/main/', 'electron/preload/', 'electron/cli/', 'electron/server/'], why: SHELL_ONLY },
  { files: 'electron/server/', packages: [ELECTRON], folders: ['electron/main/', 'electron/preload/'], why: SHELL_ONLY },
]

const layerRule = {
  meta: { type: 'problem', schema: [], messages: { banned: "'{{spec}}' is not allowed here: {{why}}." } },
  create(context) {
    const file = relative(ROOT, context.filename).replaceAll('\\', '/')
    const layers = LAYERS.filter((layer) => file.startsWith(layer.files))
    if (layers.length === 0) return {}
    const check = (node) => {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return
      const spec = node.value
      const target = spec.startsWith('.') ? `${relative(ROOT, resolve(dirname(context.filename), spec)).replaceAll('\\', '/')}/` : null
      for (const layer of layers) {
        const banned = target ? layer.folders.some((folder) => target.startsWith(folder)) : layer.packages.some((re) => re.test(spec))
        if (banned) return context.report({ node, messageId: 'banned', data: { spec, why: layer.why } })
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference.expression),
      TSImportType: (node) => check(node.argument?.literal ?? node.source),
    }
  },
}

export default defineConfig(
  { ignores: ['dist/**', 'release/**', '.tsbuild/**', 'node_modules/**', '**/*.mjs', 'tests/fixtures/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { briefdeck: { rules: { layers: layerRule } } },
    rules: { 'briefdeck/layers': 'error' },
  },
)
