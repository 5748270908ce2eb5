import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import r3f from '@react-three/eslint-plugin'
import globals from 'globals'
import { dirname, relative, resolve } from 'node:path'

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
  // composes them for both pages; the embed builds on the stage; the app on everything. `generated` holds
  // what `npm run model` writes beside the GLB (the body manifest): data, like the domain it is typed by.
  ...layerRules([
    ['domain', []],
    ['platform', []],
    ['generated', ['domain']],
    ['content', ['domain', 'generated']],
    ['plan', ['domain', 'platform', 'generated', 'content']],
    ['store', ['domain', 'platform', 'generated']],
    ['scene', ['domain', 'platform', 'generated', 'store']],
    ['ui', ['domain', 'platform', 'generated', 'content', 'plan', 'store']],
    ['stage', ['domain', 'platform', 'generated', 'store', 'scene', 'ui']],
    ['embed', ['domain', 'platform', 'generated', 'content', 'store', 'ui', 'stage']],
    ['app', ['domain', 'platform', 'generated', 'content', 'plan', 'store', 'scene', 'ui', 'stage', 'embed']],
  ]),
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

/** One no-restricted-imports rule per src/ folder, forbidding every other src/ folder it may not use. */
function layerRules(layers) {
  const all = layers.map(([name]) => name)
  return layers.map(([name, allowed]) => {
    const banned = all.filter((other) => other !== name && !allowed.includes(other))
    return {
      files: [`src/${name}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: banned.map((other) => ({
              group: [`**/${other}/*`, `../${other}`, `../../${other}`],
              message: `src/${name} may not import src/${other}: see the layer list in eslint.config.js.`,
            })),
          },
        ],
      },
    }
  })
}
