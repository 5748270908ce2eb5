// The build splits the meshopt decoder's baseline WebAssembly into a module of its own (meshoptSimdOnly in
// src/scene/vite-plugin-three.ts). The edited decoder must read the body exactly as the published one does,
// both where SIMD is there and where only the baseline module can run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BufferAttribute, Mesh, Object3D } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { parseBodyGlb } from '../../../src/scene/glb.ts'
import { splitMeshoptDecoder } from '../../../src/scene/vite-plugin-three.ts'

type Decoder = typeof MeshoptDecoder

const DECODER_FILE = new URL(
  '../../../node_modules/three/examples/jsm/libs/meshopt_decoder.module.js',
  import.meta.url,
)
const body = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))
const data = () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer
const dir = join(import.meta.dirname, '..', '..', '..', '.tmp', 'meshopt-simd-only')

/** Writes the edited decoder and its baseline module to .tmp and imports a fresh copy of it. */
async function editedDecoder(copy: string): Promise<{ decoder: Decoder; baselineLoads: () => number }> {
  const split = splitMeshoptDecoder(readFileSync(DECODER_FILE, 'utf8'), `./baseline-${copy}.mjs`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, `baseline-${copy}.mjs`),
    `globalThis.__baselineLoads = (globalThis.__baselineLoads ?? 0) + 1\nexport default ${JSON.stringify(split.baseline)}\n`,
  )
  writeFileSync(join(dir, `decoder-${copy}.mjs`), split.code)
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(dir, `decoder-${copy}.mjs`)).href)) as {
    MeshoptDecoder: Decoder
  }
  const g = globalThis as { __baselineLoads?: number }
  return { decoder: module.MeshoptDecoder, baselineLoads: () => g.__baselineLoads ?? 0 }
}

function geometryOf(root: Object3D): Record<string, number[][]> {
  const out: Record<string, number[][]> = {}
  root.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh) return
    const attributes = Object.values(mesh.geometry.attributes) as BufferAttribute[]
    out[mesh.name] = [
      ...attributes.map((a) => Array.from(a.array)),
      Array.from(mesh.geometry.index?.array ?? []),
    ]
  })
  return out
}

describe('the meshopt decoder with its baseline WebAssembly split off', async () => {
  const published = geometryOf(await parseBodyGlb(data(), MeshoptDecoder))

  afterEach(() => vi.restoreAllMocks())

  it('keeps only the SIMD WebAssembly in the decoder and hands the baseline out whole', () => {
    const source = readFileSync(DECODER_FILE, 'utf8')
    const split = splitMeshoptDecoder(source, './baseline.mjs')
    expect(source).toContain(split.baseline)
    expect(split.baseline.length).toBeGreaterThan(5000)
    expect(split.code).not.toContain(split.baseline)
    expect(split.code.length).toBeLessThan(source.length - split.baseline.length + 1000)
  })

  it('decodes the body as the published decoder does, without loading the baseline, where SIMD runs', async () => {
    const { decoder, baselineLoads } = await editedDecoder('simd')
    const before = baselineLoads()
    expect(geometryOf(await parseBodyGlb(data(), decoder))).toEqual(published)
    expect(baselineLoads()).toBe(before)
  })

  it('loads the baseline module and decodes the same where SIMD does not validate', async () => {
    const validate = WebAssembly.validate.bind(WebAssembly)
    // The decoder asks about SIMD with its small detector module; every other check answers as before.
    vi.spyOn(WebAssembly, 'validate').mockImplementation((bytes) =>
      (bytes as Uint8Array).byteLength < 100 ? false : validate(bytes),
    )
    const { decoder, baselineLoads } = await editedDecoder('baseline')
    const before = baselineLoads()
    expect(geometryOf(await parseBodyGlb(data(), decoder))).toEqual(published)
    expect(baselineLoads()).toBe(before + 1)
  })
})
