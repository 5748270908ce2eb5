// The figure's bounds are set in one tight pass so three never skins vertices one by one before the first frame;
// they must match what three's own skinned path finds on the committed body.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Box3, Sphere, Vector3, type InterleavedBufferAttribute, type SkinnedMesh } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { parseBodyGlb } from '../../../src/scene/glb.ts'
import { POSE_REACH, setRestBounds } from '../../../src/scene/rest-bounds.ts'

const file = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))

/** Counts reads of the mesh's raw position array (the vertex loop reads it; the file's min and max do not). */
function spyOnPositionReads(mesh: SkinnedMesh): { count: number } {
  const reads = { count: 0 }
  const attribute = mesh.geometry.getAttribute('position') as InterleavedBufferAttribute
  const data = attribute.isInterleavedBufferAttribute
    ? attribute.data
    : (attribute as never as { array: unknown })
  const array = data.array as ArrayLike<number>
  data.array = new Proxy(array, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++
      return Reflect.get(target, key, receiver) as unknown
    },
  }) as never
  return reads
}

describe('setRestBounds', async () => {
  const root = await parseBodyGlb(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    MeshoptDecoder,
  )
  root.updateMatrixWorld(true)
  const meshes: SkinnedMesh[] = []
  root.traverse((o) => {
    if ((o as SkinnedMesh).isSkinnedMesh) meshes.push(o as SkinnedMesh)
  })

  it('finds skinned meshes to check', () => expect(meshes.length).toBeGreaterThan(20))

  it('reads the box straight from the file at rest, and skins vertex by vertex once a bone has moved', () => {
    const mesh = meshes.find((m) => m.name === 'soleus_L')!
    const reads = spyOnPositionReads(mesh)
    setRestBounds(mesh)
    expect(reads.count).toBe(0)
    const knee = mesh.skeleton.bones.find((b) => /knee|shin|leg/i.test(b.name))!
    knee.rotation.x += 0.6
    knee.updateMatrixWorld(true)
    mesh.computeBoundingBox()
    const box = mesh.boundingBox!.clone()
    setRestBounds(mesh)
    expect(mesh.boundingBox!.min.distanceTo(box.min)).toBeLessThan(1e-5)
    expect(mesh.boundingBox!.max.distanceTo(box.max)).toBeLessThan(1e-5)
    knee.rotation.x -= 0.6
    knee.updateMatrixWorld(true)
  })

  it("gives each mesh three's skinned rest box, and a sphere around it widened for the stride", () => {
    for (const mesh of meshes) {
      mesh.computeBoundingBox()
      mesh.computeBoundingSphere()
      const box: Box3 = mesh.boundingBox!.clone()
      const sphere: Sphere = mesh.boundingSphere!.clone()
      setRestBounds(mesh)
      expect(mesh.boundingBox!.min.distanceTo(box.min), mesh.name).toBeLessThan(1e-5)
      expect(mesh.boundingBox!.max.distanceTo(box.max), mesh.name).toBeLessThan(1e-5)
      // three grows its sphere point by point; ours circles the exact box, so it holds every rest vertex.
      const ours = mesh.boundingSphere!
      const v = new Vector3()
      let farthest = 0
      for (let i = 0; i < mesh.geometry.getAttribute('position').count; i++)
        farthest = Math.max(farthest, mesh.getVertexPosition(i, v).distanceTo(ours.center))
      expect(farthest, mesh.name).toBeLessThanOrEqual(ours.radius - POSE_REACH + 1e-5)
      expect(ours.radius - POSE_REACH, mesh.name).toBeLessThanOrEqual(sphere.radius * 1.8)
    }
  })
})
