import {
  InterleavedBuffer,
  InterleavedBufferAttribute,
  type BufferAttribute,
  type BufferGeometry,
} from 'three'

/**
 * Smooth vertex normals, as three's computeVertexNormals makes them (each triangle's area-weighted normal added
 * to its corners, then normalised), read from the raw arrays. The écorché ships without normals to keep the file
 * small; three's version reads every corner through per-value accessor calls, about 80 ms for the figure in
 * software WebGL, all of it before the first frame; this is a few. It reads, sums and rounds exactly as three
 * does, even where a two-sided fin's faces cancel and leave only rounding.
 *
 * Stored as the file stores the skin's normals (int8, normalized, each triple padded to four bytes): the figure
 * then draws with two vertex layouts, not three, and a software GPU builds its drawing code once fewer before
 * the first frame (second frame after ready 1004 → 967 ms, 3 × 10 alternating loads each); a third of the bytes
 * to upload too.
 */
export function computeSmoothNormals(geometry: BufferGeometry): void {
  const position = geometry.getAttribute('position') as
    BufferAttribute | InterleavedBufferAttribute | undefined
  const index = geometry.getIndex()
  if (!position || !index || position.itemSize !== 3) {
    geometry.computeVertexNormals()
    return
  }
  const interleaved = (position as InterleavedBufferAttribute).isInterleavedBufferAttribute
  const p = interleaved
    ? (position as InterleavedBufferAttribute).data.array
    : (position as BufferAttribute).array
  const stride = interleaved ? (position as InterleavedBufferAttribute).data.stride : 3
  const offset = interleaved ? (position as InterleavedBufferAttribute).offset : 0
  // three's denormalize: an integer divided by its type's maximum, never below −1.
  const max = !position.normalized
    ? 0
    : p instanceof Int8Array
      ? 127
      : p instanceof Uint8Array
        ? 255
        : p instanceof Int16Array
          ? 32767
          : p instanceof Uint16Array
            ? 65535
            : 0
  const at = max === 0 ? (i: number) => p[i]! : (i: number) => Math.max(p[i]! / max, -1)
  const ids = index.array
  const n = new Float32Array(position.count * 3)
  for (let t = 0; t + 2 < ids.length; t += 3) {
    const a = ids[t]!
    const b = ids[t + 1]!
    const c = ids[t + 2]!
    const pa = a * stride + offset
    const pb = b * stride + offset
    const pc = c * stride + offset
    const bx = at(pb)
    const by = at(pb + 1)
    const bz = at(pb + 2)
    // three's order: (c − b) × (a − b).
    const cbx = at(pc) - bx
    const cby = at(pc + 1) - by
    const cbz = at(pc + 2) - bz
    const abx = at(pa) - bx
    const aby = at(pa + 1) - by
    const abz = at(pa + 2) - bz
    const nx = cby * abz - cbz * aby
    const ny = cbz * abx - cbx * abz
    const nz = cbx * aby - cby * abx
    n[a * 3]! += nx
    n[a * 3 + 1]! += ny
    n[a * 3 + 2]! += nz
    n[b * 3]! += nx
    n[b * 3 + 1]! += ny
    n[b * 3 + 2]! += nz
    n[c * 3]! += nx
    n[c * 3 + 1]! += ny
    n[c * 3 + 2]! += nz
  }
  for (let i = 0; i < n.length; i += 3) {
    const x = n[i]!
    const y = n[i + 1]!
    const z = n[i + 2]!
    // Vector3.normalize: times one over the length, not divided by it.
    const inverse = 1 / (Math.sqrt(x * x + y * y + z * z) || 1)
    n[i] = x * inverse
    n[i + 1] = y * inverse
    n[i + 2] = z * inverse
  }
  // Rounded to int8, as the file stores the skin's normals: vertex v's component c at v * 4 + c, and i = v * 3 + c.
  const packed = new Int8Array(position.count * 4)
  for (let i = 0; i < n.length; i++) packed[i + ((i / 3) | 0)] = Math.round(n[i]! * 127)
  geometry.setAttribute(
    'normal',
    new InterleavedBufferAttribute(new InterleavedBuffer(packed, 4), 3, 0, true),
  )
}
