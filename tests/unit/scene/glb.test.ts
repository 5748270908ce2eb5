// The app reads the generated body with its own small GLB reader; it must see exactly what three's GLTFLoader
// sees in the committed file: the same tree, names, extras, geometry, skin and materials.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  Bone,
  type BufferAttribute,
  type Group,
  type Mesh,
  type MeshStandardMaterial,
  type Object3D,
  SkinnedMesh,
} from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { parseBodyGlb, weightsSumToOne } from '../../../src/scene/glb.ts'

const file = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))
const data = () => file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer

function viaGltfLoader(): Promise<Group> {
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  return new Promise((resolve, reject) => loader.parse(data(), '', (gltf) => resolve(gltf.scene), reject))
}

function flat(root: Object3D): Object3D[] {
  const all: Object3D[] = []
  root.traverse((o) => all.push(o))
  return all
}

const valuesOf = (a: BufferAttribute) =>
  Array.from({ length: a.count * a.itemSize }, (_, i) =>
    a.getComponent(Math.floor(i / a.itemSize), i % a.itemSize),
  )

describe('parseBodyGlb reads the committed body as GLTFLoader does', async () => {
  const [ours, theirs] = await Promise.all([parseBodyGlb(data(), MeshoptDecoder), viaGltfLoader()])
  const a = flat(ours).slice(1)
  const b = flat(theirs).slice(1)

  it('the same nodes in the same order, with their types, transforms and extras', () => {
    expect(a.map((o) => o.name)).toEqual(b.map((o) => o.name))
    a.forEach((o, i) => {
      const t = b[i]!
      expect(o.type, o.name).toBe(t.type)
      expect(o.position.toArray()).toEqual(t.position.toArray())
      expect(o.quaternion.toArray()).toEqual(t.quaternion.toArray())
      expect(o.scale.toArray()).toEqual(t.scale.toArray())
      expect(o.userData).toEqual(t.userData)
    })
    expect(a.filter((o) => o instanceof Bone).length).toBeGreaterThan(10)
  })

  it('the same geometry, materials and skin for every mesh', () => {
    const meshes = a.filter((o): o is Mesh => (o as Mesh).isMesh)
    expect(meshes.length).toBeGreaterThan(20)
    for (const mesh of meshes) {
      const other = b.find((o) => o.name === mesh.name) as Mesh
      const g = mesh.geometry
      const h = other.geometry
      expect(Object.keys(g.attributes).sort(), mesh.name).toEqual(Object.keys(h.attributes).sort())
      for (const name of Object.keys(g.attributes)) {
        const x = g.getAttribute(name) as BufferAttribute
        const y = h.getAttribute(name) as BufferAttribute
        expect([x.itemSize, x.normalized, x.count], `${mesh.name}.${name}`).toEqual([
          y.itemSize,
          y.normalized,
          y.count,
        ])
        expect(valuesOf(x), `${mesh.name}.${name}`).toEqual(valuesOf(y))
      }
      expect(Array.from(g.index!.array)).toEqual(Array.from(h.index!.array))
      const m = mesh.material as MeshStandardMaterial
      const n = other.material as MeshStandardMaterial
      expect([m.name, m.color.getHex(), m.roughness, m.metalness, m.side]).toEqual([
        n.name,
        n.color.getHex(),
        n.roughness,
        n.metalness,
        n.side,
      ])
      if (mesh instanceof SkinnedMesh) {
        const theirsSkinned = other as SkinnedMesh
        expect(mesh.skeleton.bones.map((bone) => bone.name)).toEqual(
          theirsSkinned.skeleton.bones.map((bone) => bone.name),
        )
        expect(mesh.skeleton.boneInverses.map((m4) => m4.toArray())).toEqual(
          theirsSkinned.skeleton.boneInverses.map((m4) => m4.toArray()),
        )
        expect(mesh.bindMatrix.toArray()).toEqual(theirsSkinned.bindMatrix.toArray())
      }
    }
  })

  it('refuses what it was not written for, in words', async () => {
    await expect(parseBodyGlb(new ArrayBuffer(40), MeshoptDecoder)).rejects.toThrow(/not a binary glTF file/)
  })
})

describe('skin weights in the committed body', async () => {
  const ours = await parseBodyGlb(data(), MeshoptDecoder)
  it('already add up to one, so the reader skips three’s renormalising pass', () => {
    let meshes = 0
    ours.traverse((o) => {
      if (!(o as SkinnedMesh).isSkinnedMesh) return
      meshes++
      expect(weightsSumToOne((o as SkinnedMesh).geometry.getAttribute('skinWeight')), o.name).toBe(true)
    })
    expect(meshes).toBeGreaterThan(20)
  })

  it('a vertex whose weights do not add up is caught', async () => {
    const { BufferAttribute: Attr } = await import('three')
    expect(weightsSumToOne(new Attr(new Uint8Array([255, 0, 0, 0, 200, 0, 0, 0]), 4, true))).toBe(false)
    expect(weightsSumToOne(new Attr(new Uint8Array([128, 127, 0, 0]), 4, true))).toBe(true)
    expect(weightsSumToOne(new Attr(new Float32Array([0.5, 0.25, 0, 0]), 4))).toBe(false)
  })
})
