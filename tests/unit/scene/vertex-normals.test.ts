// The écorché's normals are made on load by a raw-array pass instead of three's; they must be three's normals,
// stored as the file stores the skin's (int8, normalized, padded to four bytes).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BufferAttribute, BufferGeometry, type InterleavedBufferAttribute, type Mesh } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { parseBodyGlb } from '../../../src/scene/glb.ts'
import { computeSmoothNormals } from '../../../src/scene/vertex-normals.ts'

const file = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))

/** How many normal components of `ours` (packed int8) differ from three's float normals rounded to int8. */
function differences(ours: BufferGeometry, theirs: BufferGeometry): number {
  const packed = ours.getAttribute('normal') as InterleavedBufferAttribute
  const exact = theirs.getAttribute('normal').array
  if (!(packed.data.array instanceof Int8Array) || packed.data.stride !== 4 || !packed.normalized)
    return Infinity
  let count = packed.count * 3 === exact.length ? 0 : Infinity
  for (let v = 0; v < packed.count; v++)
    for (let c = 0; c < 3; c++)
      if (packed.data.array[v * 4 + c] !== Math.round(exact[v * 3 + c]! * 127)) count++
  return count
}

describe('computeSmoothNormals', async () => {
  const root = await parseBodyGlb(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    MeshoptDecoder,
  )
  const meshes: Mesh[] = []
  root.traverse((o) => {
    if ((o as Mesh).isMesh && !(o as Mesh).geometry.getAttribute('normal')) meshes.push(o as Mesh)
  })

  it('has normal-less meshes in the committed body to check', () =>
    expect(meshes.length).toBeGreaterThan(100))

  it("gives every mesh of the committed body three's normals, as int8 triples padded to four bytes", () => {
    for (const mesh of meshes) {
      const ours = mesh.geometry.clone()
      const theirs = mesh.geometry.clone()
      computeSmoothNormals(ours)
      theirs.computeVertexNormals()
      // To the bit: a two-sided fin's faces cancel, and only identical rounding leaves the same residue there.
      expect(differences(ours, theirs), mesh.name).toBe(0)
    }
  })

  it('handles plain float positions and leaves an unindexed geometry to three', () => {
    const quad = new BufferGeometry()
    quad.setAttribute(
      'position',
      new BufferAttribute(new Float32Array([0, 0, 0, 2, 0, 0, 2, 1, 0, 0, 1, 0]), 3),
    )
    quad.setIndex([0, 1, 2, 0, 2, 3])
    computeSmoothNormals(quad)
    const n = quad.getAttribute('normal')
    for (let i = 0; i < 4; i++) expect([n.getX(i), n.getY(i), n.getZ(i)]).toEqual([0, 0, 1])
    const loose = quad.toNonIndexed()
    loose.deleteAttribute('normal')
    computeSmoothNormals(loose)
    expect(loose.getAttribute('normal').getZ(0)).toBeCloseTo(1)
  })
})
