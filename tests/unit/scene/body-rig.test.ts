// The rig the stage draws: one shared skeleton (one bone texture, not one per mesh) and bounds that are ready
// before the first frame, so three never skins vertices one by one on the way to it.
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { Box3, Raycaster, Scene, Vector3, type Material, type Object3D, type SkinnedMesh } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { parseBodyGlb } from '../../../src/scene/glb.ts'
import { prepareBodyRig } from '../../../src/scene/body-rig.ts'
import { applyStyles } from '../../../src/scene/materials.ts'

const file = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))

function skinned(root: Object3D): SkinnedMesh[] {
  const all: SkinnedMesh[] = []
  root.traverse((o) => {
    if ((o as SkinnedMesh).isSkinnedMesh) all.push(o as SkinnedMesh)
  })
  return all
}

describe('prepareBodyRig on the committed body', async () => {
  const source = await parseBodyGlb(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    MeshoptDecoder,
  )
  const rig = prepareBodyRig(source, { preferDeep: false })
  const meshes = skinned(rig.root)

  it('marks the structure whose card is open, both sides, and only it', () => {
    const wearing = (id: string) =>
      ['L', 'R'].map((side) => (rig.root.getObjectByName(`${id}_${side}`) as SkinnedMesh).material)
    applyStyles(rig, { selected: null, part: 'gracilis', hovered: null, xray: false })
    expect(wearing('gracilis')).toEqual([rig.marked, rig.marked])
    expect(wearing('sartorius')).not.toContain(rig.marked)
    expect(wearing('adductor-longus')).not.toContain(rig.marked)
    applyStyles(rig, { selected: null, part: null, hovered: null, xray: false })
    expect(wearing('gracilis')).not.toContain(rig.marked)
    expect(wearing('gracilis')[0]).toBe(wearing('adductor-longus')[0])
  })

  it('binds every skinned mesh to one skeleton, made of the clone’s own bones', () => {
    expect(meshes.length).toBeGreaterThan(20)
    expect(new Set(meshes.map((m) => m.skeleton)).size).toBe(1)
    const bones = new Set<Object3D>()
    rig.root.traverse((o) => bones.add(o))
    for (const bone of meshes[0]!.skeleton.bones) expect(bones.has(bone)).toBe(true)
    expect(skinned(source)[0]!.skeleton).not.toBe(meshes[0]!.skeleton)
  })

  it('a bone moved in the shared skeleton moves every mesh it weights', () => {
    const before = meshes.map((m) => new Box3().copy(m.boundingBox!))
    const bone = meshes[0]!.skeleton.bones[0]!
    bone.position.y += 1
    rig.root.updateMatrixWorld(true)
    for (const m of meshes) m.computeBoundingBox()
    const moved = meshes.filter((m, i) => m.boundingBox!.min.y > before[i]!.min.y + 0.5)
    expect(moved.length).toBe(meshes.length)
    bone.position.y -= 1
  })

  it('sets each mesh’s bounds at build time, and the figure’s box is its standing height', () => {
    for (const m of meshes) {
      expect(m.boundingBox, m.name).not.toBeNull()
      expect(m.boundingSphere, m.name).not.toBeNull()
    }
    const size = rig.bounds.getSize(rig.bounds.min.clone())
    expect(size.y).toBeGreaterThan(1.6)
    expect(size.y).toBeLessThan(2)
    expect(rig.bounds.min.y).toBeGreaterThan(-0.05)
  })

  it('after the first pick, builds every mesh’s picking index while idle, and picks the same muscle with them', async () => {
    // A rig of its own: the module-level picking code is shared, the indexes are the rig's.
    const fresh = prepareBodyRig(source, { preferDeep: false })
    applyStyles(fresh, { selected: null, hovered: null, xray: false })
    // On a stage, as the app shows it (the idle work stops once the figure leaves the stage).
    new Scene().add(fresh.root)
    fresh.root.updateMatrixWorld(true)
    // What a pick can reach: shown, and not scenery (whose raycast is a no-op without parameters).
    const pickable = skinned(fresh.root).filter(
      (m) => m.visible && (m.material as Material).visible && m.raycast.length === 2,
    )
    expect(pickable.length).toBeGreaterThan(50)
    expect(fresh.picking).toHaveLength(0)
    // From in front, at the middle of the left rectus femoris.
    const thigh = fresh.root.getObjectByName('rectus-femoris_L') as SkinnedMesh
    const centre = thigh.boundingBox!.getCenter(new Vector3()).applyMatrix4(thigh.matrixWorld)
    const ray = new Raycaster(new Vector3(centre.x, centre.y, 2), new Vector3(0, 0, -1))
    const first = ray.intersectObject(fresh.root, true)[0]?.object.name
    expect(first).toBe('rectus-femoris_L')
    // The pick fetched three-mesh-bvh; every index is then made in idle time, none left for the next click.
    await vi.waitFor(() => expect(fresh.picking).toHaveLength(pickable.length), {
      timeout: 60_000,
      interval: 50,
    })
    expect(ray.intersectObject(fresh.root, true)[0]?.object.name).toBe(first)
    expect(fresh.picking).toHaveLength(pickable.length)
    fresh.dispose()
  })
})
