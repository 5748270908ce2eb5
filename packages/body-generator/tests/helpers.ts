/** Shared readers for the generated document (no assertions here). */
import type { Document, Node } from '@gltf-transform/core'
import type { Vec3 } from '../src/sdf.ts'

export interface MeshView {
  readonly node: Node
  readonly name: string
  readonly positions: Float32Array
  readonly normals: Float32Array
  readonly indices: Uint32Array
  readonly joints: Uint8Array | Uint16Array
  readonly weights: Float32Array
}

export function meshViews(doc: Document): MeshView[] {
  const out: MeshView[] = []
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    const prim = mesh.listPrimitives()[0]!
    out.push({
      node,
      name: node.getName(),
      positions: prim.getAttribute('POSITION')!.getArray() as Float32Array,
      normals: prim.getAttribute('NORMAL')!.getArray() as Float32Array,
      indices: Uint32Array.from(prim.getIndices()!.getArray()!),
      joints: prim.getAttribute('JOINTS_0')!.getArray() as Uint8Array,
      weights: prim.getAttribute('WEIGHTS_0')!.getArray() as Float32Array,
    })
  }
  return out
}

export function centroid(views: readonly MeshView[]): Vec3 {
  let x = 0
  let y = 0
  let z = 0
  let n = 0
  for (const v of views) {
    for (let i = 0; i < v.positions.length; i += 3) {
      x += v.positions[i]!
      y += v.positions[i + 1]!
      z += v.positions[i + 2]!
      n++
    }
  }
  return [x / n, y / n, z / n]
}
