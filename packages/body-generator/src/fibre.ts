/**
 * A muscle fibre bundle as a field primitive: an elliptical cross-section swept along a sampled curve,
 * its width along `side` and its thickness along `normal` (pointing away from the bone), both varying
 * along the path. Profiles and landmark references are resolved by `anatomy-compile.ts`; this file only
 * knows geometry.
 */
import { ellipse2, smin, type Primitive, type Vec3 } from './sdf.ts'

/** Radius of the rounded edge where a fibre is cut at a sagittal plane, metres. */
const CUT_ROUND = 0.003

/** Cut a distance at the sagittal plane of `keepX`, with a rounded edge (a sharp one folds its normals over). */
export function cutAtPlane(d: number, x: number, keepX: FibreSamples['keepX']): number {
  return keepX ? -smin(-d, -keepX.sign * (keepX.x0 - x), CUT_ROUND) : d
}

export interface FibreSamples {
  /** Ellipse centres along the path. */
  readonly centres: readonly Vec3[]
  /** Thickness axis per sample (unit, perpendicular to the path). */
  readonly normals: readonly Vec3[]
  /** Semi-axis along the width direction. */
  readonly semiWidth: readonly number[]
  /** Semi-axis along the normal. */
  readonly semiThickness: readonly number[]
  /** Cut at a sagittal plane: only x ≥ x0 is kept (sign 1, left side), or x ≤ x0 (sign −1, mirrored). */
  readonly keepX?: { readonly x0: number; readonly sign: 1 | -1 }
  /**
   * Per sample, how much of the structure's fibre blend applies here (0–1). Fibres that start or end together
   * lie on one another there, and a smooth union of coincident shapes swells: each adds a quarter of the blend,
   * so a fan's common origin grew into a knob with a flat top. Ramped to 0 at such an end, they meet flush.
   */
  readonly blendScale?: readonly number[]
}

export class Fibre implements Primitive {
  readonly center: Vec3
  readonly radius: number
  private readonly n: number
  private readonly c: Float64Array
  private readonly seg: Float64Array
  private readonly segLen2: Float64Array
  private readonly nrm: Float64Array
  private readonly sid: Float64Array
  private readonly a: Float64Array
  private readonly b: Float64Array
  private readonly keepX: FibreSamples['keepX']
  private readonly bs: Float64Array | null
  /** The blend scale at the point of the last dist() call (1 unless the samples ramp it). */
  blendScale = 1
  constructor(s: FibreSamples) {
    this.keepX = s.keepX
    this.bs = s.blendScale ? Float64Array.from(s.blendScale) : null
    const n = s.centres.length
    if (n < 2) throw new Error('a fibre needs two samples')
    this.n = n
    this.c = new Float64Array(n * 3)
    this.nrm = new Float64Array(n * 3)
    this.sid = new Float64Array(n * 3)
    this.a = Float64Array.from(s.semiWidth)
    this.b = Float64Array.from(s.semiThickness)
    this.seg = new Float64Array((n - 1) * 3)
    this.segLen2 = new Float64Array(n - 1)
    for (let i = 0; i < n; i++) {
      const p = s.centres[i]!
      this.c.set(p, i * 3)
    }
    for (let i = 0; i < n; i++) {
      // Tangent from neighbours; side = tangent × normal, then the normal re-orthogonalised.
      const ip = Math.max(i - 1, 0)
      const inx = Math.min(i + 1, n - 1)
      let tx = this.c[inx * 3]! - this.c[ip * 3]!
      let ty = this.c[inx * 3 + 1]! - this.c[ip * 3 + 1]!
      let tz = this.c[inx * 3 + 2]! - this.c[ip * 3 + 2]!
      const tl = Math.hypot(tx, ty, tz) || 1
      tx /= tl
      ty /= tl
      tz /= tl
      const nv = s.normals[i]!
      let sx = ty * nv[2] - tz * nv[1]
      let sy = tz * nv[0] - tx * nv[2]
      let sz = tx * nv[1] - ty * nv[0]
      const sl = Math.hypot(sx, sy, sz) || 1
      sx /= sl
      sy /= sl
      sz /= sl
      this.sid.set([sx, sy, sz], i * 3)
      this.nrm.set([sy * tz - sz * ty, sz * tx - sx * tz, sx * ty - sy * tx], i * 3)
    }
    let minX = Infinity
    let minY = Infinity
    let minZ = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    let maxZ = -Infinity
    let rMax = 0
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, this.c[i * 3]!)
      minY = Math.min(minY, this.c[i * 3 + 1]!)
      minZ = Math.min(minZ, this.c[i * 3 + 2]!)
      maxX = Math.max(maxX, this.c[i * 3]!)
      maxY = Math.max(maxY, this.c[i * 3 + 1]!)
      maxZ = Math.max(maxZ, this.c[i * 3 + 2]!)
      rMax = Math.max(rMax, this.a[i]!, this.b[i]!)
      if (i < n - 1) {
        const dx = this.c[i * 3 + 3]! - this.c[i * 3]!
        const dy = this.c[i * 3 + 4]! - this.c[i * 3 + 1]!
        const dz = this.c[i * 3 + 5]! - this.c[i * 3 + 2]!
        this.seg.set([dx, dy, dz], i * 3)
        this.segLen2[i] = Math.max(dx * dx + dy * dy + dz * dz, 1e-14)
      }
    }
    this.center = [(minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2]
    this.radius = Math.hypot(maxX - minX, maxY - minY, maxZ - minZ) / 2 + rMax
  }

  /** The last nearest() result: segment index, clamped and raw position along it. */
  private readonly near = { i: 0, t: 0, raw: 0 }

  /**
   * The segment of the centre line closest to (x, y, z): its index and where along it go to `near`; returns the
   * squared distance. Shared by direction() and dist(), the generator's hottest loop.
   */
  private nearest(x: number, y: number, z: number): number {
    const c = this.c
    const seg = this.seg
    const near = this.near
    near.i = near.t = near.raw = 0
    let best = Infinity
    for (let i = 0; i < this.n - 1; i++) {
      const px = x - c[i * 3]!
      const py = y - c[i * 3 + 1]!
      const pz = z - c[i * 3 + 2]!
      const sx = seg[i * 3]!
      const sy = seg[i * 3 + 1]!
      const sz = seg[i * 3 + 2]!
      const raw = (px * sx + py * sy + pz * sz) / this.segLen2[i]!
      const t = raw < 0 ? 0 : raw > 1 ? 1 : raw
      const qx = px - sx * t
      const qy = py - sy * t
      const qz = pz - sz * t
      const d2 = qx * qx + qy * qy + qz * qz
      if (d2 < best) {
        best = d2
        near.i = i
        near.t = t
        near.raw = raw
      }
    }
    return best
  }

  /**
   * Unit direction of the path (origin → insertion) at its point closest to (x, y, z), written to `out`;
   * returns the squared distance to the path's centre line, so callers can pick the nearest fibre.
   */
  direction(x: number, y: number, z: number, out: Float64Array): number {
    const seg = this.seg
    const best = this.nearest(x, y, z)
    const bi = this.near.i
    const l = Math.sqrt(this.segLen2[bi]!)
    out[0] = seg[bi * 3]! / l
    out[1] = seg[bi * 3 + 1]! / l
    out[2] = seg[bi * 3 + 2]! / l
    return best
  }

  dist(x: number, y: number, z: number): number {
    const d = cutAtPlane(this.swept(x, y, z), x, this.keepX)
    const bs = this.bs
    if (bs) {
      const { i, t } = this.near
      this.blendScale = bs[i]! + (bs[i + 1]! - bs[i]!) * t
    }
    return d
  }

  private swept(x: number, y: number, z: number): number {
    const c = this.c
    const seg = this.seg
    this.nearest(x, y, z)
    const { i: bi, t: bt, raw: braw } = this.near
    const i3 = bi * 3
    const j3 = i3 + 3
    const t = bt
    const ox = x - (c[i3]! + seg[i3]! * t)
    const oy = y - (c[i3 + 1]! + seg[i3 + 1]! * t)
    const oz = z - (c[i3 + 2]! + seg[i3 + 2]! * t)
    const sd = this.sid
    const nr = this.nrm
    const sx = sd[i3]! + (sd[j3]! - sd[i3]!) * t
    const sy = sd[i3 + 1]! + (sd[j3 + 1]! - sd[i3 + 1]!) * t
    const sz = sd[i3 + 2]! + (sd[j3 + 2]! - sd[i3 + 2]!) * t
    const nx = nr[i3]! + (nr[j3]! - nr[i3]!) * t
    const ny = nr[i3 + 1]! + (nr[j3 + 1]! - nr[i3 + 1]!) * t
    const nz = nr[i3 + 2]! + (nr[j3 + 2]! - nr[i3 + 2]!) * t
    const sl = Math.hypot(sx, sy, sz)
    const nl = Math.hypot(nx, ny, nz)
    const a0 = this.a[bi]! + (this.a[bi + 1]! - this.a[bi]!) * t
    // Samples that collapsed onto one point have no frame: treat that stretch as a ball.
    if (sl < 1e-9 || nl < 1e-9) return Math.hypot(ox, oy, oz) - a0
    const u = (ox * sx + oy * sy + oz * sz) / sl
    const v = (ox * nx + oy * ny + oz * nz) / nl
    const a = this.a[bi]! + (this.a[bi + 1]! - this.a[bi]!) * t
    const b = this.b[bi]! + (this.b[bi + 1]! - this.b[bi]!) * t
    let d = ellipse2(u, v, Math.max(a, 1e-4), Math.max(b, 1e-4))
    // Between two samples whose frames turn sharply (a path that zigzags), the blended frame no longer spans
    // the plane across the path, and an offset along the lost direction went uncounted: the section reached
    // out as a spike. Past a tilt of 17° (a smooth path's frames tilt less), what the frame misses counts.
    const cap = (bi === 0 && braw < 0) || (bi === this.n - 2 && braw > 1)
    if (!cap) {
      const o2 = ox * ox + oy * oy + oz * oz
      const miss = o2 - u * u - v * v
      if (miss > 0.09 * o2) {
        const r = Math.sqrt(miss) - 0.3 * Math.sqrt(o2)
        d = Math.hypot(Math.max(d, 0), r) + Math.min(d, 0)
      }
    }
    // Beyond either end: round the cap off along the path.
    let w = 0
    if (bi === 0 && braw < 0) w = -braw * Math.sqrt(this.segLen2[0]!)
    else if (bi === this.n - 2 && braw > 1) w = (braw - 1) * Math.sqrt(this.segLen2[bi]!)
    else if (braw < 0 || braw > 1) {
      // Past an inner joint of the path. On the outside of a smooth bend the overshoot is under the
      // radius; far beyond it (where a path doubles back on itself) the point is outside, not "inside the
      // section" it happens to project into.
      const over = (braw < 0 ? -braw : braw - 1) * Math.sqrt(this.segLen2[bi]!) - Math.max(a, b)
      if (over > 0) return Math.hypot(Math.max(d, 0), over)
    }
    if (w <= 0) return d
    const o = Math.max(d, 0)
    return Math.sqrt(o * o + w * w)
  }
}
