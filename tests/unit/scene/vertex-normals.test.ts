// The écorché's normals are made on load by a raw-array pass instead of three's; they must be three's normals.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BufferAttribute, BufferGeometry, type Mesh } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { parseBodyGlb } from '../../../src/scene/glb.ts'
import { computeSmoothNormals } from '../../../src/scene/vertex-normals.ts'

const file = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))

/** How many normal components differ between the two geometries. */
function differences(a: BufferGeometry, b: BufferGeometry): number {
  const na = a.getAttribute('normal').array
  const nb = b.getAttribute('normal').array
  let count = na.length === nb.length ? 0 : Infinity
  for (let i = 0; i < na.length; i++) if (na[i] !== nb[i]) count++
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

  it("gives every mesh of the committed body three's normals", () => {
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
