/**
 * Closed body surfaces meshed once on the x ≥ 0 half and mirrored by the caller: the skin (body and every
 * muscle's relief, shown as a layer over the écorché) and the body under the muscles (bone and fascia).
 * Surface nets over a narrow band, one simplification pass with an absolute tolerance, then every vertex
 * snapped back onto the field with the field's own normal.
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import { STATURE } from '../../../src/domain/skeleton.ts'
import type { Cull, SkinField } from './field.ts'
import type { Landmarks } from './landmarks.ts'
import { surfaceNets, type BandField, type BlockInfo, type GridSpec } from './mesher.ts'
import type { Vec3 } from './sdf.ts'

export interface HalfMesh {
  positions: Float64Array
  normals: Float32Array
  indices: Uint32Array
}

const LIPSCHITZ = 1.3
/** Front of the face (reference metres), left unsimplified. */
const FACE_LOCK = { yMin: 1.53, yMax: 1.69, zMin: 0.045 } as const

/** The closed surface of `field`, left half (its midline border lies exactly on x = 0). */
export function meshSurface(
  lm: Landmarks,
  field: SkinField,
  h: number,
  tolerance: number,
  opts: { lockFace: boolean },
): HalfMesh {
  const k = lm.stature / STATURE
  const xMax = lm.points.fingertip[0] + 0.05 * k
  const grid: GridSpec = {
    origin: [-h / 2, -3 * h, -0.2 * k],
    h,
    dims: [Math.ceil(xMax / h) + 2, Math.ceil((lm.stature + 0.03) / h) + 4, Math.ceil((0.46 * k) / h) + 1],
    mirrorX: true,
  }
  const net = surfaceNets(grid, skinBand(field, grid))
  const pos32 = Float32Array.from(net.positions)
  // The lips, lids and nose are only a few grid cells across: collapsing them leaves facets that the field
  // normals cannot hide, so the front of the face keeps the full grid resolution.
  const nv = pos32.length / 3
  const lock = new Uint8Array(nv)
  if (opts.lockFace) {
    for (let i = 0; i < nv; i++) {
      const y = pos32[i * 3 + 1]!
      const z = pos32[i * 3 + 2]!
      if (y > FACE_LOCK.yMin * k && y < FACE_LOCK.yMax * k && z > FACE_LOCK.zMin * k) lock[i] = 1
    }
  }
  const [idx] = MeshoptSimplifier.simplifyWithAttributes(
    net.indices,
    pos32,
    3,
    new Float32Array(0),
    0,
    [],
    lock,
    0,
    tolerance,
    ['LockBorder', 'ErrorAbsolute'],
  )
  const pos = new Float64Array(nv * 3)
  const nrm = new Float32Array(nv * 3)
  const done = new Uint8Array(nv)
  const g = new Float64Array(3)
  for (const v of idx) {
    if (done[v]) continue
    done[v] = 1
    const s = snap(
      field,
      [net.positions[v * 3]!, net.positions[v * 3 + 1]!, net.positions[v * 3 + 2]!],
      net.blocks[net.vertexBlock[v]!]?.ctx,
      net.positions[v * 3] === 0,
      g,
    )
    pos.set(s.p, v * 3)
    nrm.set(s.n, v * 3)
  }
  return compact(pos, nrm, idx)
}

/**
 * Culls for blocks of a grid, each derived from the cull of its superblock (4³ blocks), so the full
 * primitive list is scanned once per superblock rather than once per block.
 */
export function blockCuller(
  field: SkinField,
  grid: GridSpec,
): (cx: number, cy: number, cz: number, half: number) => { value: number; cull: Cull } {
  const B = grid.block ?? 4
  const superSize = B * 4 * grid.h
  const superHalf = (Math.sqrt(3) * superSize) / 2
  const supers = new Map<number, { value: number; cull: Cull }>()
  return (cx, cy, cz, half) => {
    const si = Math.floor((cx - grid.origin[0]) / superSize)
    const sj = Math.floor((cy - grid.origin[1]) / superSize)
    const sk = Math.floor((cz - grid.origin[2]) / superSize)
    const key = si + sj * 1024 + sk * 1024 * 1024
    let sup = supers.get(key)
    if (!sup) {
      sup = field.cullAt(
        grid.origin[0] + (si + 0.5) * superSize,
        grid.origin[1] + (sj + 0.5) * superSize,
        grid.origin[2] + (sk + 0.5) * superSize,
        superHalf,
      )
      supers.set(key, sup)
    }
    // A superblock far from the surface is one sign throughout: its own answer serves every block in it.
    if (Math.abs(sup.value) > superHalf * LIPSCHITZ + grid.h) return sup
    return field.cullAt(cx, cy, cz, half, sup.cull)
  }
}

/** Band adapter for the skin. */
function skinBand(field: SkinField, grid: GridSpec): BandField<Cull> {
  const culler = blockCuller(field, grid)
  return {
    classify(cx, cy, cz, half): BlockInfo<Cull> {
      const { value, cull } = culler(cx, cy, cz, half)
      return { inBand: Math.abs(value) <= half * LIPSCHITZ + grid.h, sign: value, ctx: cull }
    },
    sample: (x, y, z, cull) => field.eval(x, y, z, cull),
  }
}

export function snap(
  field: SkinField | { eval: (x: number, y: number, z: number, c?: Cull) => number },
  p0: Vec3,
  cull: Cull | undefined,
  onSeam: boolean,
  g: Float64Array,
): { p: Vec3; n: Vec3 } {
  let [x, y, z] = p0
  const f = (a: number, b: number, c: number): number => field.eval(a, b, c, cull)
  const grad = (a: number, b: number, c: number, eps: number): void => {
    g[0] = onSeam ? 0 : (f(a + eps, b, c) - f(a - eps, b, c)) / (2 * eps)
    g[1] = (f(a, b + eps, c) - f(a, b - eps, c)) / (2 * eps)
    g[2] = (f(a, b, c + eps) - f(a, b, c - eps)) / (2 * eps)
  }
  for (let it = 0; it < 2; it++) {
    const d = f(x, y, z)
    grad(x, y, z, 2e-4)
    const g2 = g[0]! * g[0]! + g[1]! * g[1]! + g[2]! * g[2]!
    if (g2 < 1e-12) break
    const s = Math.max(Math.min(d / g2, 0.003), -0.003)
    x -= g[0]! * s
    y -= g[1]! * s
    z -= g[2]! * s
  }
  if (onSeam) x = 0
  grad(x, y, z, 8e-4)
  const l = Math.hypot(g[0]!, g[1]!, g[2]!) || 1
  return { p: [x, y, z], n: [g[0]! / l, g[1]! / l, g[2]! / l] }
}

/** Keep only the vertices an index list uses, in first-use order. */
export function compact(pos: Float64Array, nrm: Float32Array, idx: Uint32Array): HalfMesh {
  const remap = new Map<number, number>()
  const p: number[] = []
  const n: number[] = []
  const out = new Uint32Array(idx.length)
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i]!
    let r = remap.get(v)
    if (r === undefined) {
      r = remap.size
      remap.set(v, r)
      p.push(pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!)
      n.push(nrm[v * 3]!, nrm[v * 3 + 1]!, nrm[v * 3 + 2]!)
    }
    out[i] = r
  }
  return { positions: Float64Array.from(p), normals: Float32Array.from(n), indices: out }
}
