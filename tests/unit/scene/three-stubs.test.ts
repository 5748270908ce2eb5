// The app's build replaces three's WebXRManager, PMREMGenerator and WebGLShadowMap with stubs
// (src/scene/three-stubs/): the renderer makes them whatever the page does, and the app uses none of them. These
// checks keep that true: the day src/ enters XR, sets an environment map or asks for shadows, or three renames or
// grows what its renderer asks of them, a test fails here instead of the page at run time.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CubeReflectionMapping,
  CubeTexture,
  EquirectangularReflectionMapping,
  PCFSoftShadowMap,
  Texture,
} from 'three'
import { WebXRManager as RealWebXRManager } from 'three/src/renderers/webxr/WebXRManager.js'
import { WebGLShadowMap as RealWebGLShadowMap } from 'three/src/renderers/webgl/WebGLShadowMap.js'
import { WebGLEnvironments as ThreeWebGLEnvironments } from 'three/src/renderers/webgl/WebGLEnvironments.js'
// @ts-expect-error -- three ships no types for this module of its renderer
import { WebGLMorphtargets as ThreeWebGLMorphtargets } from 'three/src/renderers/webgl/WebGLMorphtargets.js'
import { WebGLUniformsGroups as ThreeWebGLUniformsGroups } from 'three/src/renderers/webgl/WebGLUniformsGroups.js'
import { THREE_STUBS } from '../../../src/scene/vite-plugin-three.ts'
import { WebXRManager } from '../../../src/scene/three-stubs/WebXRManager.ts'
import { PMREMGenerator } from '../../../src/scene/three-stubs/PMREMGenerator.ts'
import { WebGLShadowMap } from '../../../src/scene/three-stubs/WebGLShadowMap.ts'
import { WebGLEnvironments } from '../../../src/scene/three-stubs/WebGLEnvironments.ts'
import { WebGLUniformsGroups } from '../../../src/scene/three-stubs/WebGLUniformsGroups.ts'
import { WebGLMorphtargets } from '../../../src/scene/three-stubs/WebGLMorphtargets.ts'

// Made as three's renderer makes them (`new`, with its own arguments), which its types do not describe.
const RealWebGLEnvironments = ThreeWebGLEnvironments as unknown as new (renderer: unknown) => {
  get(texture: unknown, usePMREM?: boolean): unknown
  dispose(): void
}
const RealWebGLUniformsGroups = ThreeWebGLUniformsGroups as unknown as new (...args: unknown[]) => object
const RealWebGLMorphtargets = ThreeWebGLMorphtargets as unknown as new (...args: unknown[]) => object

const SRC = new URL('../../../src/', import.meta.url).pathname
const STUB_DIR = join(SRC, 'scene', 'three-stubs')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return path === STUB_DIR ? [] : sources(path)
    return /\.(ts|tsx)$/.test(name) && !name.startsWith('vite-plugin') ? [path] : []
  })
}

// What would reach the stubs: an XR session or button, a scene environment (drei's <Environment> included), an
// envMap on a material, a PMREM of one's own, an equirectangular or blurred background, uniform buffers.
const USES =
  /\.xr\b|\bxr\s*[=:]|\bWebXR|\b[AV]RButton\b|\benvironment\b|<Environment\b|\benvMap\b|\bPMREM|\bEquirectangular|\bbackgroundBlurriness\b|\buniformsGroups?\b|\bUniformsGroup\b|\b[mM]orph/
// What would ask the shadow map stub to draw: a mesh or light that casts or receives a shadow, R3F's `shadows`
// (a <Canvas> prop or a store field), the shadow map turned on. Looked for in code, not in `//` comments.
const SHADOWS = /\bcastShadow\b|\breceiveShadow\b|\bshadows\b|\bshadowMap\s*\.\s*enabled\b/

const three = new URL('../../../node_modules/three/src/renderers/', import.meta.url).pathname
const fiber = new URL('../../../node_modules/@react-three/fiber/dist/', import.meta.url).pathname
const asks = (path: string, pattern: RegExp) =>
  [...readFileSync(path, 'utf8').matchAll(pattern)].map((m) => m[1]!)
/** Files of three's WebGL renderer and of R3F, where what they ask of the renderer's parts is written. */
const rendererSources = () => [
  ...readdirSync(join(three, 'webgl')).map((name) => join(three, 'webgl', name)),
  join(three, 'WebGLRenderer.js'),
]
const fiberSources = () =>
  readdirSync(fiber)
    .filter((name) => name.endsWith('.esm.js'))
    .map((name) => join(fiber, name))

describe('three stubs', () => {
  it('src/ uses neither XR, an environment map, uniform buffers nor morph targets', () => {
    const found = sources(SRC).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => (USES.test(line) ? [`${relative(SRC, path)}:${i + 1}: ${line.trim()}`] : [])),
    )
    expect(found, 'take the stub out in src/scene/vite-plugin-three.ts first').toEqual([])
  })

  it('src/ asks for no shadows', () => {
    const found = sources(SRC).flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          SHADOWS.test(line.replace(/\/\/.*$/, ''))
            ? [`${relative(SRC, path)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    )
    expect(found, 'take the WebGLShadowMap stub out in src/scene/vite-plugin-three.ts first').toEqual([])
  })

  it('replace files three still has', () => {
    for (const [real, stub] of Object.entries(THREE_STUBS)) {
      expect(existsSync(real), real).toBe(true)
      expect(existsSync(stub), stub).toBe(true)
    }
  })

  it('answer everything three’s own WebXRManager offers, as it answers with no session', () => {
    const real = new RealWebXRManager({} as never, { getContextAttributes: () => ({}) } as never)
    const stub = new WebXRManager(null, null)
    const members = (o: object) => Object.keys(o).filter((k) => !k.startsWith('_'))
    for (const key of members(real)) expect(key in stub, key).toBe(true)
    expect(stub.enabled).toBe(real.enabled)
    expect(stub.isPresenting).toBe(real.isPresenting)
    expect(stub.getSession()).toBe(real.getSession())
    expect(stub.cameraAutoUpdate).toBe(real.cameraAutoUpdate)
  })

  it('answer, without throwing and as three does with no session, all that three’s renderer and R3F ask', () => {
    // Asked only while an XR session is presenting (behind `xr.isPresenting === true`).
    const PRESENTING_ONLY = new Set(['getCamera', 'updateCamera', 'getDepthSensingMesh'])
    const asked = new Set([
      // three: `xr.…`, `renderer.xr.…`; R3F: `gl.xr.…` and its compiled temporaries (`_gl$xr.…`, `_xr2.…`),
      // not its own `state.xr` store entry.
      ...rendererSources().flatMap((path) => asks(path, /\bxr\.(\w+)/g)),
      ...fiberSources().flatMap((path) => asks(path, /(?:\bgl\.xr|\$xr\d*|\b_xr\d*)\.(\w+)/g)),
    ])
    expect(asked.size, 'found what they ask').toBeGreaterThan(5)
    const real = new RealWebXRManager(
      {} as never,
      { getContextAttributes: () => ({}) } as never,
    ) as unknown as Record<string, unknown>
    const stub = new WebXRManager(null, null) as unknown as Record<string, unknown>
    for (const member of asked) {
      if (PRESENTING_ONLY.has(member)) continue
      expect(member in stub, member).toBe(true)
      const answer = (o: Record<string, unknown>) => {
        const value = o[member]
        if (typeof value !== 'function') return value
        // Listener and loop setters are handed a no-op; the rest asked with nothing.
        return /Listener$|^setAnimationLoop$/.test(member)
          ? value.call(o, 'sessionstart', () => {})
          : value.call(o)
      }
      expect(() => answer(stub), member).not.toThrow()
      if (!/^(dispose|setAnimationLoop)$|Listener$/.test(member))
        expect(answer(stub), member).toEqual(answer(real))
    }
  })

  it('answer all that three’s renderer, R3F and early-renderer.ts ask of the shadow map, as three does with shadows off', () => {
    const makeReal = () =>
      new RealWebGLShadowMap(
        {} as never,
        {} as never,
        { maxTextureSize: 4096 } as never,
      ) as unknown as Record<string, unknown>
    const makeStub = () => new WebGLShadowMap(null, null, null) as unknown as Record<string, unknown>
    const asked = new Set([
      ...rendererSources().flatMap((path) => asks(path, /\bshadowMap\.(\w+)/g)),
      ...fiberSources().flatMap((path) => asks(path, /\bshadowMap\.(\w+)/g)),
      ...Object.keys(makeReal()),
    ])
    expect(asked, 'found what they ask').toContain('render')
    expect(asked, 'found what they ask').toContain('type')
    for (const member of asked) {
      const [real, stub] = [makeReal(), makeStub()]
      expect(member in stub, member).toBe(true)
      expect(typeof stub[member], member).toBe(typeof real[member])
      if (typeof real[member] !== 'function') {
        expect(stub[member], member).toEqual(real[member])
        continue
      }
      // A frame with shadows off, with and without a light that casts one: nothing is drawn.
      for (const lights of [[], [{ castShadow: true }]]) {
        expect(
          () => (stub[member] as (...a: unknown[]) => void).call(stub, lights, null, null),
          member,
        ).not.toThrow()
        ;(real[member] as (...a: unknown[]) => void).call(real, lights, null, null)
      }
    }
    // R3F and early-renderer.ts set the type with shadows off (three keys programs by it); a frame keeps it.
    for (const map of [makeReal(), makeStub()]) {
      map.enabled = false
      map.type = PCFSoftShadowMap
      ;(map.render as (...a: unknown[]) => void).call(map, [{ castShadow: true }], null, null)
      expect(map.type).toBe(PCFSoftShadowMap)
      expect(map.enabled).toBe(false)
    }
  })

  it('answer all that three’s renderer asks of its environments and uniform buffers, as three does without them', () => {
    const sources = rendererSources()
    const askedOf = (name: string) =>
      new Set(sources.flatMap((path) => asks(path, new RegExp(`\\b${name}\\.(\\w+)`, 'g'))))
    const realEnv = new RealWebGLEnvironments({} as never) as unknown as Record<string, unknown>
    const stubEnv = WebGLEnvironments(null) as unknown as Record<string, unknown>
    const envAsked = askedOf('environments')
    expect(envAsked, 'found what they ask').toContain('get')
    for (const member of new Set([...envAsked, ...Object.keys(realEnv)])) {
      expect(typeof stubEnv[member], member).toBe(typeof realEnv[member])
    }
    // No texture, a plain one, a cube map: handed back as three hands them back; dispose is quiet.
    const env = WebGLEnvironments(null)
    const real = new RealWebGLEnvironments({} as never)
    const cube = new CubeTexture()
    cube.mapping = CubeReflectionMapping
    for (const texture of [null, undefined, new Texture(), cube])
      expect(env.get(texture), String(texture)).toBe(real.get(texture))
    expect(() => env.dispose()).not.toThrow()

    const realGroups = new RealWebGLUniformsGroups(
      {} as never,
      {} as never,
      {} as never,
      {} as never,
    ) as unknown as Record<string, unknown>
    const stubGroups = WebGLUniformsGroups(null, null, null, null) as unknown as Record<string, unknown>
    const groupsAsked = askedOf('uniformsGroups')
    expect(groupsAsked, 'found what they ask').toContain('update')
    for (const member of new Set([...groupsAsked, ...Object.keys(realGroups)]))
      expect(typeof stubGroups[member], member).toBe(typeof realGroups[member])
    expect(() => WebGLUniformsGroups(null, null, null, null).dispose()).not.toThrow()
  })

  it('have the morph targets’ stub asked for nothing: the committed body has none', () => {
    // A .glb: a 12-byte header, then the JSON chunk (its length, its type, its text).
    const glb = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))
    const gltf = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8')) as {
      meshes: { primitives: { targets?: unknown[] }[] }[]
    }
    expect(gltf.meshes.length, 'read the meshes').toBeGreaterThan(0)
    const morphed = gltf.meshes.flatMap((m) => m.primitives).filter((p) => (p.targets?.length ?? 0) > 0)
    expect(morphed, 'take the WebGLMorphtargets stub out in src/scene/vite-plugin-three.ts first').toEqual([])

    const real = new RealWebGLMorphtargets({}, {}, {}) as Record<string, unknown>
    const stub = WebGLMorphtargets(null, null, null) as unknown as Record<string, unknown>
    const asked = new Set([
      ...rendererSources().flatMap((path) => asks(path, /\bmorphtargets\.(\w+)/g)),
      ...Object.keys(real),
    ])
    expect(asked, 'found what they ask').toContain('update')
    for (const member of asked) expect(typeof stub[member], member).toBe(typeof real[member])
  })

  it('throw, naming themselves, when asked for more', () => {
    const stub = new WebXRManager(null, null)
    expect(() => (stub.enabled = true)).toThrow(/three-stubs\/WebXRManager\.ts/)
    expect(() => stub.setSession()).toThrow(/stubbed out/)
    expect(() => stub.getCamera()).toThrow(/stubbed out/)
    expect(() => new PMREMGenerator(null)).toThrow(/three-stubs\/PMREMGenerator\.ts/)
    const shadowMap = new WebGLShadowMap(null, null, null)
    expect(() => (shadowMap.enabled = true)).toThrow(/three-stubs\/WebGLShadowMap\.ts/)
    const env = WebGLEnvironments(null)
    const equirect = new Texture()
    equirect.mapping = EquirectangularReflectionMapping
    expect(() => env.get(equirect)).toThrow(/three-stubs\/WebGLEnvironments\.ts/)
    expect(() => env.get(new Texture(), true)).toThrow(/three-stubs\/WebGLEnvironments\.ts/)
    const groups = WebGLUniformsGroups(null, null, null, null)
    expect(() => groups.update()).toThrow(/three-stubs\/WebGLUniformsGroups\.ts/)
    expect(() => groups.bind()).toThrow(/three-stubs\/WebGLUniformsGroups\.ts/)
    expect(() => WebGLMorphtargets(null, null, null).update()).toThrow(/three-stubs\/WebGLMorphtargets\.ts/)
  })
})
