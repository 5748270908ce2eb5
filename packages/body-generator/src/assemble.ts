/** Skin weights, mirroring and merging of the half meshes into the skinned meshes of the document. */
import type { Landmarks } from './landmarks.ts'
import { leftHalfWeights } from './skinning.ts'
import type { HalfMesh } from './surface.ts'

export interface Skinned {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  joints: Uint16Array
  weights: Float32Array
}

export function skinned(lm: Landmarks, half: HalfMesh): Skinned {
  return withWeights(half, leftHalfWeights(lm, half.positions))
}

export function withWeights(half: HalfMesh, w: { joints: Uint16Array; weights: Float32Array }): Skinned {
  return {
    positions: Float32Array.from(half.positions),
    normals: half.normals,
    indices: half.indices,
    joints: w.joints,
    weights: w.weights,
  }
}

/** Every vertex position of several half meshes, one after another. */
export function concatHalves(halves: readonly HalfMesh[]): Float64Array {
  const out = new Float64Array(halves.reduce((n, h) => n + h.positions.length, 0))
  let at = 0
  for (const h of halves) {
    out.set(h.positions, at)
    at += h.positions.length
  }
  return out
}

export function mirrorSkinned(s: Skinned, mirrorJoint: Uint16Array): Skinned {
  const positions = Float32Array.from(s.positions)
  const normals = Float32Array.from(s.normals)
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]! + 0 // + 0 turns −0 into 0 so seam vertices stay bit-identical
    normals[i] = -normals[i]! + 0
  }
  const indices = new Uint32Array(s.indices.length)
  for (let t = 0; t < indices.length; t += 3) {
    indices[t] = s.indices[t]!
    indices[t + 1] = s.indices[t + 2]!
    indices[t + 2] = s.indices[t + 1]!
  }
  return {
    positions,
    normals,
    indices,
    joints: s.joints.map((j) => mirrorJoint[j]!),
    weights: Float32Array.from(s.weights),
  }
}

export function mergeSkinned(a: Skinned, b: Skinned): Skinned {
  const n = a.positions.length / 3
  const cat = <T extends Float32Array | Uint16Array | Uint32Array>(
    x: T,
    y: T,
    make: (len: number) => T,
  ): T => {
    const out = make(x.length + y.length)
    out.set(x)
    out.set(y, x.length)
    return out
  }
  return {
    positions: cat(a.positions, b.positions, (l) => new Float32Array(l)),
    normals: cat(a.normals, b.normals, (l) => new Float32Array(l)),
    indices: cat(
      a.indices,
      b.indices.map((i) => i + n),
      (l) => new Uint32Array(l),
    ),
    joints: cat(a.joints, b.joints, (l) => new Uint16Array(l)),
    weights: cat(a.weights, b.weights, (l) => new Float32Array(l)),
  }
}
