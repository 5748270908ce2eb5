/**
 * Smaller first load from the same three.js. The published `three.module.js` is one file whose classes are kept
 * whole as soon as a prototype is written to at the top level (keyframe tracks, interpolants, PropertyBinding:
 * about 5 KiB gzipped the app never runs). three's own ES modules (`three/src`, declared free of side effects in
 * its package.json) let the bundler drop every module nothing imports. The build resolves `three` to them and
 * does to their shaders what three's build does (comments and blank lines out), so the code that runs is the
 * published code, less what is unused. The dev server keeps the published file: it starts faster.
 */
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

export const THREE_SOURCE_ENTRY = fileURLToPath(import.meta.resolve('three/src/Three.js'))
const THREE_SOURCE = dirname(THREE_SOURCE_ENTRY)
const STUBS = join(dirname(fileURLToPath(import.meta.url)), 'three-stubs')

/**
 * three's modules the renderer makes whatever the page does, replaced by stubs (about 11 KiB gzipped): the
 * WebXR manager (the app never enters XR), the PMREM generator and the environments' cube-map conversion (it never
 * sets an environment map or an equirectangular background), the shadow map with its depth, distance and blur
 * materials (it casts no shadows), the uniform buffers (it uses no `uniformsGroups`) and the morph targets (the
 * body has none). Each stub throws, naming itself, if it is
 * ever asked for more than a page without them needs; and tests/unit/scene/three-stubs.test.ts fails as soon as
 * src/ uses any of them.
 */
export const THREE_STUBS: Readonly<Record<string, string>> = {
  [join(THREE_SOURCE, 'renderers', 'webxr', 'WebXRManager.js')]: join(STUBS, 'WebXRManager.ts'),
  [join(THREE_SOURCE, 'extras', 'PMREMGenerator.js')]: join(STUBS, 'PMREMGenerator.ts'),
  [join(THREE_SOURCE, 'renderers', 'webgl', 'WebGLShadowMap.js')]: join(STUBS, 'WebGLShadowMap.ts'),
  [join(THREE_SOURCE, 'renderers', 'webgl', 'WebGLEnvironments.js')]: join(STUBS, 'WebGLEnvironments.ts'),
  [join(THREE_SOURCE, 'renderers', 'webgl', 'WebGLUniformsGroups.js')]: join(STUBS, 'WebGLUniformsGroups.ts'),
  [join(THREE_SOURCE, 'renderers', 'webgl', 'WebGLMorphtargets.js')]: join(STUBS, 'WebGLMorphtargets.ts'),
}

export function threeStubs(): Plugin {
  return {
    name: 'running-anatomy:three-stubs',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null
      return THREE_STUBS[resolve(dirname(importer), source)] ?? null
    },
  }
}

const GLSL_MODULE = /[\\/]three[\\/]src[\\/].*\.glsl\.js$/
const GLSL_LITERAL = /\/\* glsl \*\/`(.*?)`/gs

/** A shader module's source, its `/* glsl *\/` template literals turned into strings as three's build writes them. */
export function compactGlslModule(code: string): string {
  return code.replace(GLSL_LITERAL, (_literal, body: string) =>
    JSON.stringify(
      body
        .trim()
        .replace(/\r/g, '')
        .replace(/[ \t]*\/\/.*\n/g, '') // line comments
        .replace(/[ \t]*\/\*[\s\S]*?\*\//g, '') // block comments
        .replace(/\n{2,}/g, '\n'),
    ),
  )
}

export function threeFromSource(): Plugin {
  return {
    name: 'running-anatomy:three-from-source',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [{ find: /^three$/, replacement: THREE_SOURCE_ENTRY }] } }),
    transform(code, id) {
      if (!GLSL_MODULE.test(id)) return null
      // A template literal with `${…}` in it would be turned into a string of that text: none may be left over.
      const out = compactGlslModule(code)
      if (out.includes('/* glsl */')) this.error(`${id}: a shader literal was not compacted`)
      return { code: out, map: null }
    },
  }
}

const MESHOPT_DECODER = /[\\/]three[\\/]examples[\\/]jsm[\\/]libs[\\/]meshopt_decoder\.module\.js$/
/** The decoder's baseline (no SIMD) WebAssembly, a module of its own that only a browser without SIMD loads. */
export const MESHOPT_BASELINE_ID = 'virtual:rae-meshopt-baseline'
// The resolved id names the chunk. Not the usual `\0`-prefixed id: that names it `_meshopt-baseline-….js`, and a
// host that hides files starting with `_` (Jekyll, as on GitHub Pages) would hide it.
const MESHOPT_BASELINE_RESOLVED = 'meshopt-baseline.js'

/**
 * meshoptimizer's decoder carries its WebAssembly twice, with and without SIMD (3.4 KiB gzipped each), and every
 * browser the app supports runs the SIMD one. Split the baseline one into a module loaded only where
 * `WebAssembly.validate` rejects SIMD; the decoder's `ready` waits for it there. Each edit must apply exactly
 * once: a new version of the file fails the build here rather than shipping half-edited.
 */
export function splitMeshoptDecoder(
  code: string,
  baselineImport: string,
): { code: string; baseline: string } {
  let baseline = ''
  const edits: [RegExp, (...groups: string[]) => string][] = [
    [
      /\n\tvar wasm_base =\s*'([^']*)';[^\n]*\n/,
      (_m, data) => {
        baseline = data!
        return '\n'
      },
    ],
    [
      /\n\tvar wasm = WebAssembly\.validate\(detector\) \? unpack\(wasm_simd\) : unpack\(wasm_base\);\n/,
      () => '\n\tvar wasm;\n',
    ],
    [
      /\n\tvar ready = WebAssembly\.instantiate\(wasm, \{\}\)\.then\(function \(result\) \{\n/,
      () =>
        '\n\tvar ready = (WebAssembly.validate(detector) ? Promise.resolve(wasm_simd) : ' +
        `import(${JSON.stringify(baselineImport)}).then(function (m) { return m.default; }))` +
        '.then(function (data) { wasm = unpack(data); return WebAssembly.instantiate(wasm, {}); })' +
        '.then(function (result) {\n',
    ],
    // The workers are handed the unpacked WebAssembly, which now exists once `ready` has settled.
    [/\n\t\t\tinitWorkers\(count\);\n/, () => '\n\t\t\tready.then(function () { initWorkers(count); });\n'],
  ]
  let out = code
  for (const [pattern, replace] of edits) {
    const global = new RegExp(pattern.source, 'g')
    const matches = out.match(global)?.length ?? 0
    if (matches !== 1)
      throw new Error(`meshopt_decoder.module.js: expected one match of ${pattern}, found ${matches}`)
    out = out.replace(pattern, replace)
  }
  if (out.includes('wasm_base')) throw new Error('meshopt_decoder.module.js: wasm_base is still used')
  return { code: out, baseline }
}

export function meshoptSimdOnly(): Plugin {
  let baseline: string | null = null
  return {
    name: 'running-anatomy:meshopt-simd-only',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === MESHOPT_BASELINE_ID ? MESHOPT_BASELINE_RESOLVED : null),
    load(id) {
      if (id !== MESHOPT_BASELINE_RESOLVED) return null
      if (baseline === null) this.error('the meshopt baseline module was asked for before the decoder')
      return `export default ${JSON.stringify(baseline)}`
    },
    transform(code, id) {
      if (!MESHOPT_DECODER.test(id)) return null
      const split = splitMeshoptDecoder(code, MESHOPT_BASELINE_ID)
      baseline = split.baseline
      return { code: split.code, map: null }
    },
  }
}
