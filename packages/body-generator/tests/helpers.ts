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

/** Squared distance from p to triangle abc (Ericson, Real-Time Collision Detection §5.1.5). */
function pointTriangleDist2(p: Vec3, a: Vec3, b: Vec3, c: Vec3): number {
  const sub = (u: Vec3, v: Vec3): Vec3 => [u[0] - v[0], u[1] - v[1], u[2] - v[2]]
  const dot = (u: Vec3, v: Vec3): number => u[0] * v[0] + u[1] * v[1] + u[2] * v[2]
  const d2 = (q: Vec3): number => dot(sub(p, q), sub(p, q))
  const ab = sub(b, a)
  const ac = sub(c, a)
  const ap = sub(p, a)
  const d1 = dot(ab, ap)
  const e1 = dot(ac, ap)
  if (d1 <= 0 && e1 <= 0) return d2(a)
  const bp = sub(p, b)
  const d3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return d2(b)
  const vc = d1 * d4 - d3 * e1
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3)
    return d2([a[0] + v * ab[0], a[1] + v * ab[1], a[2] + v * ab[2]])
  }
  const cp = sub(p, c)
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return d2(c)
  const vb = d5 * e1 - d1 * d6
  if (vb <= 0 && e1 >= 0 && d6 <= 0) {
    const w = e1 / (e1 - d6)
    return d2([a[0] + w * ac[0], a[1] + w * ac[1], a[2] + w * ac[2]])
  }
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6))
    return d2([b[0] + w * (c[0] - b[0]), b[1] + w * (c[1] - b[1]), b[2] + w * (c[2] - b[2])])
  }
  const denom = 1 / (va + vb + vc)
  const v = vb * denom
  const w = vc * denom
  return d2([a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w])
}

const vertex = (v: MeshView, i: number): Vec3 => [
  v.positions[3 * i]!,
  v.positions[3 * i + 1]!,
  v.positions[3 * i + 2]!,
]

/** Distance from a point to a mesh's surface (its nearest triangle), metres. */
export function pointToMesh(p: Vec3, m: MeshView): number {
  let best = Infinity
  for (let t = 0; t < m.indices.length; t += 3)
    best = Math.min(
      best,
      pointTriangleDist2(
        p,
        vertex(m, m.indices[t]!),
        vertex(m, m.indices[t + 1]!),
        vertex(m, m.indices[t + 2]!),
      ),
    )
  return Math.sqrt(best)
}

/** The gap between two meshes: the least distance from a vertex of one to the surface of the other, metres. */
export function meshGap(a: MeshView, b: MeshView): number {
  let best = Infinity
  const n = a.positions.length / 3
  for (let i = 0; i < n; i++) best = Math.min(best, pointToMesh(vertex(a, i), b))
  const m = b.positions.length / 3
  for (let i = 0; i < m; i++) best = Math.min(best, pointToMesh(vertex(b, i), a))
  return best
}

/** The vertex with the least y (a tendon's lower end), metres. */
export function lowestVertex(v: MeshView): Vec3 {
  let low = 1
  for (let i = 1; i < v.positions.length; i += 3) if (v.positions[i]! < v.positions[low]!) low = i
  return [v.positions[low - 1]!, v.positions[low]!, v.positions[low + 1]!]
}

/** The vertex with the greatest y (a structure's upper end), metres. */
export function highestVertex(v: MeshView): Vec3 {
  let high = 1
  for (let i = 1; i < v.positions.length; i += 3) if (v.positions[i]! > v.positions[high]!) high = i
  return [v.positions[high - 1]!, v.positions[high]!, v.positions[high + 1]!]
}
