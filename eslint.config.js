import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import r3f from '@react-three/eslint-plugin'
import globals from 'globals'

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
  // composes them for both pages; the embed builds on the stage; the app on everything.
  ...layerRules([
    ['domain', []],
    ['platform', []],
    ['model', ['domain']],
    ['content', ['domain']],
    ['plan', ['domain', 'platform', 'content']],
    ['store', ['domain', 'platform']],
    ['scene', ['domain', 'platform', 'store']],
    ['ui', ['domain', 'platform', 'content', 'plan', 'store']],
    ['stage', ['domain', 'platform', 'store', 'scene', 'ui']],
    ['embed', ['domain', 'platform', 'content', 'store', 'ui', 'stage']],
    ['app', ['domain', 'platform', 'content', 'plan', 'store', 'scene', 'ui', 'stage', 'embed']],
  ]),
)

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
