import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import r3f from '@react-three/eslint-plugin'
import globals from 'globals'
import { dirname, relative, resolve, sep } from 'node:path'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@react-three/no-clone-in-loop': 'error',
      '@react-three/no-new-in-loop': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers, lowest first. A folder may import its own layer and those listed before it, never one after
  // it: scene and panels (same rank) never import each other and talk only through the store; the stage
  // composes them for both pages; the embed builds on the stage; the app on everything. src/ never imports
  // tests/ or scripts/; scripts/ (generator, bench, screenshots) may use src/ but never test code; tests/ may
  // use both. Static, re-exported and dynamic (`import()`) imports all count.
  {
    files: ['src/**', 'scripts/**', 'tests/**'],
    plugins: { layers: { rules: { imports: layerImports() } } },
    rules: {
      'layers/imports': [
        'error',
        {
          layers: [
            ['domain', []],
            ['platform', []],
            // What `npm run model` writes beside the GLB (the body manifest): data, like the domain it is typed by.
            ['generated', ['domain']],
            ['content', ['domain', 'generated']],
            ['plan', ['domain', 'platform', 'generated', 'content']],
            ['store', ['domain', 'platform', 'generated']],
            ['scene', ['domain', 'platform', 'generated', 'store']],
            ['ui', ['domain', 'platform', 'generated', 'content', 'plan', 'store']],
            ['stage', ['domain', 'platform', 'generated', 'store', 'scene', 'ui']],
            ['embed', ['domain', 'platform', 'generated', 'content', 'store', 'ui', 'stage']],
            [
              'app',
              [
                'domain',
                'platform',
                'generated',
                'content',
                'plan',
                'store',
                'scene',
                'ui',
                'stage',
                'embed',
              ],
            ],
          ],
        },
      ],
    },
  },
  // The body generator (packages/body-generator) and the app meet only at src/domain, which the generator
  // imports for ids and names, and at the files its build writes (public/models/body.glb and
  // src/generated/body-manifest.ts), which the app reads. Neither side imports the other's code.
  {
    files: ['packages/body-generator/**'],
    plugins: { boundary: { rules: { generator: generatorBoundary('generator') } } },
    rules: { 'boundary/generator': 'error' },
  },
  {
    files: ['src/**', 'tests/**'],
    plugins: { boundary: { rules: { generator: generatorBoundary('app') } } },
    rules: { 'boundary/generator': 'error' },
  },
)

/**
 * One rule for every layer boundary. It resolves each relative import against the importing file, so it judges
 * the folder an import really reaches: `src/ui/plan/` is the ui layer, not the plan layer (a pattern matched
 * against the import's text could not tell them apart).
 */
function layerImports() {
  return {
    meta: {
      type: 'problem',
      docs: { description: 'Imports go down the layers of src/; src never imports tests or scripts.' },
      schema: [{ type: 'object', properties: { layers: { type: 'array' } }, additionalProperties: false }],
    },
    create(context) {
      const layers = new Map(context.options[0].layers)
      const root = context.cwd
      /** 'src/<layer>', 'src' (a file directly in src/), 'scripts', 'tests' or null (elsewhere). */
      const zoneOf = (file) => {
        const parts = relative(root, file).split(sep)
        if (parts[0] === 'src') return parts.length > 1 && layers.has(parts[1]) ? `src/${parts[1]}` : 'src'
        return parts[0] === 'scripts' || parts[0] === 'tests' ? parts[0] : null
      }
      const from = zoneOf(context.filename)
      if (from === null) return {}
      /** Whether `from` may import something in zone `to`. */
      const allowed = (to) => {
        if (to === null || to === from || from === 'tests') return true
        // Neither src nor scripts import test code; src never imports scripts, which may use all of src.
        if (to === 'tests') return false
        if (from === 'scripts') return true
        if (to === 'scripts') return false
        // A file directly in src/ (main.tsx) sits above every layer, and no layer imports it.
        if (from === 'src') return true
        if (to === 'src') return false
        return layers.get(from.slice(4)).includes(to.slice(4))
      }
      const check = (node, specifier) => {
        if (typeof specifier !== 'string' || !specifier.startsWith('.')) return
        const to = zoneOf(resolve(dirname(context.filename), specifier))
        if (allowed(to)) return
        context.report({
          node,
          message: `${from} may not import ${to}: see the layer list in eslint.config.js.`,
        })
      }
      const source = (node) => {
        if (!node.source) return
        if (node.source.type === 'Literal') check(node.source, node.source.value)
        // import(`../plan/${name}.ts`): the folder is the fixed start of the template, up to its last slash.
        else if (node.source.type === 'TemplateLiteral') {
          const start = node.source.quasis[0].value.cooked
          check(node.source, start.slice(0, start.lastIndexOf('/') + 1))
        }
      }
      return {
        ImportDeclaration: source,
        ExportNamedDeclaration: source,
        ExportAllDeclaration: source,
        ImportExpression: source,
      }
    },
  }
}

/**
 * The generator–app boundary as a rule. Relative imports are resolved against the importing file, so the
 * check holds at any depth of `../` (a glob on the import string cannot tell the package's own src/ from the
 * app's).
 */
function generatorBoundary(side) {
  const root = import.meta.dirname
  const generator = resolve(root, 'packages/body-generator')
  const app = resolve(root, 'src')
  const domain = resolve(root, 'src/domain')
  const inside = (path, dir) => {
    const rel = relative(dir, path)
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'))
  }
  return {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const check = (node) => {
        const source = node.source?.value
        if (typeof source !== 'string') return
        const target = source.startsWith('.') ? resolve(dirname(context.filename), source) : null
        if (side === 'generator' && target && inside(target, app) && !inside(target, domain))
          context.report({
            node: node.source,
            message: `The body generator may import only src/domain from the app, not ${relative(root, target)}.`,
          })
        const named =
          source === '@running-anatomy/body-generator' ||
          source.startsWith('@running-anatomy/body-generator/')
        if (side === 'app' && ((target && inside(target, generator)) || named))
          context.report({
            node: node.source,
            message:
              'The app never imports the body generator: read public/models/body.glb or src/generated/body-manifest.ts.',
          })
      }
      return {
        ImportDeclaration: check,
        ExportNamedDeclaration: check,
        ExportAllDeclaration: check,
        ImportExpression: check,
      }
    },
  }
}
