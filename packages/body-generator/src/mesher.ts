/**
 * Narrow-band surface nets. The grid is cut into blocks; a block whose centre value is farther from the
 * surface than its half-diagonal (times a Lipschitz allowance) cannot hold the zero set and is skipped,
 * so only a thin shell of samples is ever evaluated.
 *
 * With `mirrorX` the grid holds the x ≥ 0 half of a field symmetric about x = 0: sample column 0 sits at
 * x = −h/2 and copies column 1, the midline cell's vertices are put exactly on x = 0, and only the faces of
 * the x ≥ 0 half are emitted, so the caller can mirror the half mesh and get a symmetric whole.
 */

export interface GridSpec {
  /** Position of sample (0, 0, 0). With mirrorX its x must be −h/2. */
  readonly origin: readonly [number, number, number]
  readonly h: number
  /** Number of samples along x, y, z. */
  readonly dims: readonly [number, number, number]
  readonly mirrorX: boolean
  /** Cells per block edge. */
  readonly block?: number
}

/** A whole (unmirrored) grid over the box lo–hi, with three cells of margin on every side. */
export function paddedGrid(
  lo: readonly [number, number, number] | readonly number[],
  hi: readonly [number, number, number] | readonly number[],
  h: number,
): GridSpec {
  const pad = 3 * h
  const count = (a: number) => Math.ceil((hi[a]! - lo[a]! + 2 * pad) / h) + 1
  return {
    origin: [lo[0]! - pad, lo[1]! - pad, lo[2]! - pad],
    h,
    dims: [count(0), count(1), count(2)],
    mirrorX: false,
  }
}

export interface BlockInfo<C> {
  /** May the block contain the surface? */
  readonly inBand: boolean
  /** Sign of the field in the block when it is not in the band. */
  readonly sign: number
  /** Whatever the sampler needs to evaluate the block cheaply (e.g. a culled primitive list). */
  readonly ctx: C
}

export interface BandField<C> {
  classify(cx: number, cy: number, cz: number, halfDiagonal: number): BlockInfo<C>
  sample(x: number, y: number, z: number, ctx: C): number
}

export interface NetMesh {
  /** xyz per vertex. */
  readonly positions: Float64Array
  /** Outward-facing triangles (counter-clockwise seen from outside, i.e. from the positive side). */
  readonly indices: Uint32Array
  /** Block context of each vertex (for cheap follow-up evaluations near it). */
  readonly vertexBlock: Int32Array
  readonly blocks: readonly (BlockInfo<unknown> | undefined)[]
  readonly blockDims: readonly [number, number, number]
}

const FAR = 1e3

export function surfaceNets<C>(
  grid: GridSpec,
  field: BandField<C>,
): NetMesh & { blocks: (BlockInfo<C> | undefined)[] } {
  const [nx, ny, nz] = grid.dims
  const h = grid.h
  const [ox, oy, oz] = grid.origin
  const B = grid.block ?? 4
  const sxy = nx * ny
  const values = new Float32Array(nx * ny * nz).fill(Number.NaN)
  const cx = nx - 1
  const cy = ny - 1
  const cz = nz - 1
  const bnx = Math.ceil(cx / B)
  const bny = Math.ceil(cy / B)
  const bnz = Math.ceil(cz / B)
  const blocks: (BlockInfo<C> | undefined)[] = new Array(bnx * bny * bnz)
  const half = (Math.sqrt(3) * B * h) / 2
  const sampleIndex = (i: number, j: number, k: number): number => i + j * nx + k * sxy
  const i0 = grid.mirrorX ? 1 : 0

  // Pass 1: classify blocks and evaluate every sample of band blocks.
  for (let bk = 0; bk < bnz; bk++) {
    for (let bj = 0; bj < bny; bj++) {
      for (let bi = 0; bi < bnx; bi++) {
        const bcx = ox + (bi * B + B / 2) * h
        const bcy = oy + (bj * B + B / 2) * h
        const bcz = oz + (bk * B + B / 2) * h
        const info = field.classify(bcx, bcy, bcz, half)
        blocks[bi + bj * bnx + bk * bnx * bny] = info
        if (!info.inBand) continue
        const iEnd = Math.min(bi * B + B, cx)
        const jEnd = Math.min(bj * B + B, cy)
        const kEnd = Math.min(bk * B + B, cz)
        for (let k = bk * B; k <= kEnd; k++) {
          const z = oz + k * h
          for (let j = bj * B; j <= jEnd; j++) {
            const y = oy + j * h
            for (let i = Math.max(bi * B, i0); i <= iEnd; i++) {
              const s = sampleIndex(i, j, k)
              if (!Number.isNaN(values[s]!)) continue
              values[s] = field.sample(ox + i * h, y, z, info.ctx)
            }
          }
        }
      }
    }
  }
  // Pass 2: fill untouched samples with their block's sign; mirror column 0.
  for (let bk = 0; bk < bnz; bk++) {
    for (let bj = 0; bj < bny; bj++) {
      for (let bi = 0; bi < bnx; bi++) {
        const info = blocks[bi + bj * bnx + bk * bnx * bny]!
        if (info.inBand) continue
        const v = info.sign < 0 ? -FAR : FAR
        const iEnd = Math.min(bi * B + B, cx)
        const jEnd = Math.min(bj * B + B, cy)
        const kEnd = Math.min(bk * B + B, cz)
        for (let k = bk * B; k <= kEnd; k++) {
          for (let j = bj * B; j <= jEnd; j++) {
            for (let i = bi * B; i <= iEnd; i++) {
              const s = sampleIndex(i, j, k)
              if (Number.isNaN(values[s]!)) values[s] = v
            }
          }
        }
      }
    }
  }
  if (grid.mirrorX) {
    for (let k = 0; k < nz; k++)
      for (let j = 0; j < ny; j++) values[sampleIndex(0, j, k)] = values[sampleIndex(1, j, k)]!
  }

  // Pass 3: one vertex per cell with a sign change, at the mean of its edge crossings.
  const cellVertex = new Int32Array(cx * cy * cz).fill(-1)
  const cellIndex = (i: number, j: number, k: number): number => i + j * cx + k * cx * cy
  const pos: number[] = []
  const vBlock: number[] = []
  const corner = new Float64Array(8)
  const EDGES: readonly (readonly [number, number])[] = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ]
  for (let bk = 0; bk < bnz; bk++) {
    for (let bj = 0; bj < bny; bj++) {
      for (let bi = 0; bi < bnx; bi++) {
        const bIndex = bi + bj * bnx + bk * bnx * bny
        if (!blocks[bIndex]!.inBand) continue
        for (let k = bk * B; k < Math.min(bk * B + B, cz); k++) {
          for (let j = bj * B; j < Math.min(bj * B + B, cy); j++) {
            for (let i = bi * B; i < Math.min(bi * B + B, cx); i++) {
              let mask = 0
              for (let c = 0; c < 8; c++) {
                const v = values[sampleIndex(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))]!
                corner[c] = v
                if (v < 0) mask |= 1 << c
              }
              if (mask === 0 || mask === 255) continue
              let sx = 0
              let sy = 0
              let sz = 0
              let n = 0
              for (const [a, b] of EDGES) {
                const va = corner[a]!
                const vb = corner[b]!
                if (va < 0 === vb < 0) continue
                const t = va / (va - vb)
                sx += (a & 1) + ((b & 1) - (a & 1)) * t
                sy += ((a >> 1) & 1) + (((b >> 1) & 1) - ((a >> 1) & 1)) * t
                sz += ((a >> 2) & 1) + (((b >> 2) & 1) - ((a >> 2) & 1)) * t
                n++
              }
              cellVertex[cellIndex(i, j, k)] = pos.length / 3
              const x = grid.mirrorX && i === 0 ? 0 : ox + (i + sx / n) * h
              pos.push(x, oy + (j + sy / n) * h, oz + (k + sz / n) * h)
              vBlock.push(bIndex)
            }
          }
        }
      }
    }
  }

  // Pass 4: a quad around every sign-changing sample edge, wound so its normal points outward.
  const tris: number[] = []
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return
    const [q0, q1, q2, q3] = flip ? [a, d, c, b] : [a, b, c, d]
    // Split along the shorter diagonal.
    const d02 = dist2(pos, q0, q2)
    const d13 = dist2(pos, q1, q3)
    if (d02 <= d13) tris.push(q0, q1, q2, q0, q2, q3)
    else tris.push(q0, q1, q3, q1, q2, q3)
  }
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = i0; i < nx - 1; i++) {
        const v0 = values[sampleIndex(i, j, k)]!
        const in0 = v0 < 0
        // x-edge (i → i+1): cells around it in the (y, z) plane.
        if (in0 !== values[sampleIndex(i + 1, j, k)]! < 0) {
          quad(
            cellVertex[cellIndex(i, j - 1, k - 1)]!,
            cellVertex[cellIndex(i, j, k - 1)]!,
            cellVertex[cellIndex(i, j, k)]!,
            cellVertex[cellIndex(i, j - 1, k)]!,
            !in0,
          )
        }
        if (i === 0) continue
        // y-edge: cells in the (z, x) plane.
        if (in0 !== values[sampleIndex(i, j + 1, k)]! < 0) {
          quad(
            cellVertex[cellIndex(i - 1, j, k - 1)]!,
            cellVertex[cellIndex(i - 1, j, k)]!,
            cellVertex[cellIndex(i, j, k)]!,
            cellVertex[cellIndex(i, j, k - 1)]!,
            !in0,
          )
        }
        // z-edge: cells in the (x, y) plane.
        if (in0 !== values[sampleIndex(i, j, k + 1)]! < 0) {
          quad(
            cellVertex[cellIndex(i - 1, j - 1, k)]!,
            cellVertex[cellIndex(i, j - 1, k)]!,
            cellVertex[cellIndex(i, j, k)]!,
            cellVertex[cellIndex(i - 1, j, k)]!,
            !in0,
          )
        }
      }
    }
  }
  return {
    positions: Float64Array.from(pos),
    indices: Uint32Array.from(tris),
    vertexBlock: Int32Array.from(vBlock),
    blocks,
    blockDims: [bnx, bny, bnz],
  }
}

function dist2(p: readonly number[], a: number, b: number): number {
  const dx = p[a * 3]! - p[b * 3]!
  const dy = p[a * 3 + 1]! - p[b * 3 + 1]!
  const dz = p[a * 3 + 2]! - p[b * 3 + 2]!
  return dx * dx + dy * dy + dz * dz
}

/** Block index of a point, or −1 outside the grid. */
export function blockOf(
  grid: GridSpec,
  blockDims: readonly [number, number, number],
  p: readonly number[],
): number {
  const B = grid.block ?? 4
  const bi = Math.floor((p[0]! - grid.origin[0]) / grid.h / B)
  const bj = Math.floor((p[1]! - grid.origin[1]) / grid.h / B)
  const bk = Math.floor((p[2]! - grid.origin[2]) / grid.h / B)
  const [bx, by, bz] = blockDims
  if (bi < 0 || bj < 0 || bk < 0 || bi >= bx || bj >= by || bk >= bz) return -1
  return bi + bj * bx + bk * bx * by
}
