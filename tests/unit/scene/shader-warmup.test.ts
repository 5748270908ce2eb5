// The warm-up draws the figure's program once before the body arrives, so that a software GPU builds its code
// for each vertex layout then rather than in the first frame (src/scene/shader-warmup.ts). That only helps if
// its triangles have the layouts the figure really draws with: this reads them off the committed body.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BufferAttribute, BufferGeometry, InterleavedBufferAttribute, Mesh, Object3D } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { parseBodyGlb } from '../../../src/scene/glb.ts'
import { prepareBodyRig } from '../../../src/scene/body-rig.ts'
import { warmupScene } from '../../../src/scene/shader-warmup.ts'

const file = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))

/** Each attribute's name, element type, normalization, size and byte stride, and the index type. */
function layoutOf(geometry: BufferGeometry): string {
  const attributes = Object.entries(geometry.attributes)
    .map(([name, a]) => {
      const interleaved = (a as InterleavedBufferAttribute).isInterleavedBufferAttribute
      const array = interleaved ? (a as InterleavedBufferAttribute).data.array : (a as BufferAttribute).array
      const stride =
        (interleaved ? (a as InterleavedBufferAttribute).data.stride : a.itemSize) * array.BYTES_PER_ELEMENT
      return `${name}:${array.constructor.name}${a.normalized ? ' normalized' : ''} x${a.itemSize} /${stride}B`
    })
    .sort()
  return [...attributes, `index:${geometry.index?.array.constructor.name ?? 'none'}`].join(', ')
}

function skinnedLayouts(root: Object3D): Set<string> {
  const layouts = new Set<string>()
  root.traverse((o) => {
    if ((o as Mesh).isMesh && (o as { isSkinnedMesh?: boolean }).isSkinnedMesh)
      layouts.add(layoutOf((o as Mesh).geometry))
  })
  return layouts
}

describe('the shader warm-up', async () => {
  const source = await parseBodyGlb(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    MeshoptDecoder,
  )
  // As the stage draws it: normals made on load where the file has none.
  const figure = skinnedLayouts(prepareBodyRig(source, { preferDeep: false }).root)
  const warm = skinnedLayouts(warmupScene().scene)

  it('draws every vertex layout the figure draws with, and no other', () => {
    // Two: with and without fibres. The normals made on load share the file's int8 layout (three layouts before).
    expect(figure.size).toBe(2)
    expect([...warm].sort()).toEqual([...figure].sort())
  })
})
