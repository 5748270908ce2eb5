import {
  Box3,
  type BufferAttribute,
  type InterleavedBufferAttribute,
  Matrix4,
  Sphere,
  Vector3,
  type SkinnedMesh,
} from 'three'

/** The stride swings a foot or hand up to about this far from where it rests (metres). */
export const POSE_REACH = 0.6

const _v = new Vector3()

type Attribute = BufferAttribute | InterleavedBufferAttribute

/** Reads an attribute's raw array as three's getComponent would, without a call and a branch per value. */
function flat(attribute: Attribute): { stride: number; offset: number; value: (at: number) => number } {
  const interleaved = (attribute as InterleavedBufferAttribute).isInterleavedBufferAttribute
  const array = interleaved
    ? (attribute as InterleavedBufferAttribute).data.array
    : (attribute as BufferAttribute).array
  const stride = interleaved ? (attribute as InterleavedBufferAttribute).data.stride : attribute.itemSize
  const offset = interleaved ? (attribute as InterleavedBufferAttribute).offset : 0
  // three's denormalize: signed types clamp at −1, unsigned divide by their maximum.
  const max =
    array instanceof Int8Array
      ? 127
      : array instanceof Uint8Array
        ? 255
        : array instanceof Int16Array
          ? 32767
          : array instanceof Uint16Array
            ? 65535
            : 0
  const value =
    !attribute.normalized || max === 0
      ? (at: number) => array[at]!
      : (at: number) => Math.max(array[at]! / max, -1)
  return { stride, offset, value }
}
const _m = new Matrix4()
const _common = new Matrix4()

/** The matrix every bone has, if they all have the same one (to float precision); otherwise null. */
function oneMatrixForAll(boneMatrices: Float32Array): Matrix4 | null {
  for (let b = 16; b < boneMatrices.length; b += 16)
    for (let e = 0; e < 16; e++)
      if (Math.abs(boneMatrices[b + e]! - boneMatrices[e]!) > 1e-6 * (1 + Math.abs(boneMatrices[e]!)))
        return null
  return _common.fromArray(boneMatrices, 0)
}

/**
 * Sets a skinned mesh's own bounding box and sphere from its rest pose in one tight pass. three would otherwise
 * skin every vertex through its generic per-vertex path the first time it sorts, frames or picks the mesh (about
 * 150 ms for the figure in software WebGL, all of it before the first frame). The sphere is widened by
 * POSE_REACH so that a pick's early-out still reaches a limb the stride has moved; the box stays exact for
 * framing, which is always done at rest.
 */
export function setRestBounds(mesh: SkinnedMesh): void {
  const geo = mesh.geometry
  const pos = geo.getAttribute('position')
  const index = geo.getAttribute('skinIndex')
  const weight = geo.getAttribute('skinWeight')
  const box = new Box3()
  mesh.skeleton.update()
  const boneMatrices = mesh.skeleton.boneMatrices
  const common = boneMatrices && oneMatrixForAll(boneMatrices)
  if (!pos || !index || !weight || !boneMatrices) {
    geo.computeBoundingBox()
    box.copy(geo.boundingBox!)
  } else if (common) {
    // At rest every bone carries the same matrix (the file's quantisation), so with weights that sum to one
    // skinning is that one affine map, and the box is the geometry's box (from the file's min and max) through
    // it: no vertex is read.
    if (!geo.boundingBox) geo.computeBoundingBox()
    box
      .copy(geo.boundingBox!)
      .applyMatrix4(_m.copy(mesh.bindMatrixInverse).multiply(common).multiply(mesh.bindMatrix))
  } else {
    // One matrix per bone: bindInverse · bone · bind, so each vertex costs four 3×4 products.
    const bones = mesh.skeleton.bones.length
    const mats = new Float32Array(bones * 16)
    for (let b = 0; b < bones; b++) {
      _m.fromArray(boneMatrices, b * 16)
      _m.premultiply(mesh.bindMatrixInverse).multiply(mesh.bindMatrix)
      mats.set(_m.elements, b * 16)
    }
    const p = flat(pos)
    const j = flat(index)
    const w = flat(weight)
    let minX = Infinity
    let minY = Infinity
    let minZ = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    let maxZ = -Infinity
    for (let i = 0; i < pos.count; i++) {
      const pi = i * p.stride + p.offset
      const x = p.value(pi)
      const y = p.value(pi + 1)
      const z = p.value(pi + 2)
      let sx = 0
      let sy = 0
      let sz = 0
      for (let k = 0; k < 4; k++) {
        const wk = w.value(i * w.stride + w.offset + k)
        if (wk === 0) continue
        const o = j.value(i * j.stride + j.offset + k) * 16
        sx += wk * (mats[o]! * x + mats[o + 4]! * y + mats[o + 8]! * z + mats[o + 12]!)
        sy += wk * (mats[o + 1]! * x + mats[o + 5]! * y + mats[o + 9]! * z + mats[o + 13]!)
        sz += wk * (mats[o + 2]! * x + mats[o + 6]! * y + mats[o + 10]! * z + mats[o + 14]!)
      }
      if (sx < minX) minX = sx
      if (sy < minY) minY = sy
      if (sz < minZ) minZ = sz
      if (sx > maxX) maxX = sx
      if (sy > maxY) maxY = sy
      if (sz > maxZ) maxZ = sz
    }
    if (pos.count > 0) box.set(_v.set(minX, minY, minZ), new Vector3(maxX, maxY, maxZ))
  }
  mesh.boundingBox = box
  const sphere = new Sphere()
  box.getBoundingSphere(sphere)
  sphere.radius += POSE_REACH
  mesh.boundingSphere = sphere
}
