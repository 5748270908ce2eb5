/**
 * Signed-distance primitives and blends. Plain numbers in, plain numbers out: the mesher calls these
 * millions of times, so nothing here allocates per call.
 */

export type Vec3 = readonly [number, number, number]

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const length = (a: Vec3): number => Math.sqrt(dot(a, a))
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a)
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0]
}
export const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]]
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b))

/** Polynomial smooth minimum: exactly min(a, b) once |a − b| ≥ k, which keeps far primitives inert. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return a < b ? a : b
  const h = k - Math.abs(a - b)
  if (h <= 0) return a < b ? a : b
  const hk = h / k
  return (a < b ? a : b) - hk * hk * k * 0.25
}

export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k)
}

/** Approximate distance to an ellipse of semi-axes (ra, rb) in its own plane (Quilez's bound). */
export function ellipse2(u: number, v: number, ra: number, rb: number): number {
  const ua = u / ra
  const vb = v / rb
  const k0 = Math.sqrt(ua * ua + vb * vb)
  const ua2 = ua / ra
  const vb2 = vb / rb
  const k1 = Math.sqrt(ua2 * ua2 + vb2 * vb2)
  if (k1 < 1e-12) return -Math.min(ra, rb)
  return (k0 * (k0 - 1)) / k1
}

/** A field primitive: a signed distance plus a bounding sphere for culling. */
export interface Primitive {
  /** Signed distance (negative inside). */
  dist(x: number, y: number, z: number): number
  /** Bounding sphere of the solid: every point of it lies within `radius` of `center`. */
  readonly center: Vec3
  readonly radius: number
  /** A fibre's share of its muscle's fibre blend at the point of the last dist() call. */
  readonly blendScale?: number
}

export class Sphere implements Primitive {
  readonly radius: number
  constructor(
    readonly center: Vec3,
    readonly r: number,
  ) {
    this.radius = r
  }
  dist(x: number, y: number, z: number): number {
    const dx = x - this.center[0]
    const dy = y - this.center[1]
    const dz = z - this.center[2]
    return Math.sqrt(dx * dx + dy * dy + dz * dz) - this.r
  }
}

/** Cone with rounded ends: sphere ra at a, sphere rb at b, tangent hull between (exact SDF). */
export class RoundCone implements Primitive {
  readonly center: Vec3
  readonly radius: number
  private readonly ax: number
  private readonly ay: number
  private readonly az: number
  private readonly bax: number
  private readonly bay: number
  private readonly baz: number
  private readonly l2: number
  private readonly rr: number
  private readonly a2: number
  private readonly il2: number
  constructor(
    a: Vec3,
    b: Vec3,
    private readonly ra: number,
    private readonly rb: number,
  ) {
    this.ax = a[0]
    this.ay = a[1]
    this.az = a[2]
    this.bax = b[0] - a[0]
    this.bay = b[1] - a[1]
    this.baz = b[2] - a[2]
    this.l2 = Math.max(this.bax * this.bax + this.bay * this.bay + this.baz * this.baz, 1e-12)
    this.rr = ra - rb
    this.a2 = this.l2 - this.rr * this.rr
    this.il2 = 1 / this.l2
    this.center = lerp3(a, b, 0.5)
    this.radius = Math.sqrt(this.l2) / 2 + Math.max(ra, rb)
  }
  dist(x: number, y: number, z: number): number {
    const pax = x - this.ax
    const pay = y - this.ay
    const paz = z - this.az
    const l2 = this.l2
    const yy = pax * this.bax + pay * this.bay + paz * this.baz
    const zz = yy - l2
    const qx = pax * l2 - this.bax * yy
    const qy = pay * l2 - this.bay * yy
    const qz = paz * l2 - this.baz * yy
    const x2 = qx * qx + qy * qy + qz * qz
    const y2 = yy * yy * l2
    const z2 = zz * zz * l2
    const rr = this.rr
    const k = Math.sign(rr) * rr * rr * x2
    if (Math.sign(zz) * this.a2 * z2 > k) return Math.sqrt(x2 + z2) * this.il2 - this.rb
    if (Math.sign(yy) * this.a2 * y2 < k) return Math.sqrt(x2 + y2) * this.il2 - this.ra
    return (Math.sqrt(x2 * this.a2 * this.il2) + yy * rr) * this.il2 - this.ra
  }
}

/**
 * Ellipsoid with arbitrary orientation. `axes` are the directions of the three semi-axes (orthonormalised
 * here); the distance is Quilez's bound, accurate near the surface, which is all the mesher needs.
 */
export class Ellipsoid implements Primitive {
  readonly radius: number
  private readonly ex: Vec3
  private readonly ey: Vec3
  private readonly ez: Vec3
  constructor(
    readonly center: Vec3,
    private readonly radii: Vec3,
    axisX: Vec3 = [1, 0, 0],
    axisY: Vec3 = [0, 1, 0],
  ) {
    this.ex = normalize(axisX)
    this.ez = normalize(cross(this.ex, axisY))
    this.ey = cross(this.ez, this.ex)
    this.radius = Math.max(radii[0], radii[1], radii[2])
  }
  dist(x: number, y: number, z: number): number {
    const px = x - this.center[0]
    const py = y - this.center[1]
    const pz = z - this.center[2]
    const [rx, ry, rz] = this.radii
    const u = (px * this.ex[0] + py * this.ex[1] + pz * this.ex[2]) / rx
    const v = (px * this.ey[0] + py * this.ey[1] + pz * this.ey[2]) / ry
    const w = (px * this.ez[0] + py * this.ez[1] + pz * this.ez[2]) / rz
    const k0 = Math.sqrt(u * u + v * v + w * w)
    const k1 = Math.sqrt((u * u) / (rx * rx) + (v * v) / (ry * ry) + (w * w) / (rz * rz))
    if (k1 < 1e-12) return -Math.min(rx, ry, rz)
    return (k0 * (k0 - 1)) / k1
  }
}

/** Half-space {p : dot(p − point, normal) ≤ 0}; the bounding sphere is nominal (it never culls). */
export class HalfSpace implements Primitive {
  readonly center: Vec3
  readonly radius = 1e9
  private readonly n: Vec3
  constructor(
    private readonly point: Vec3,
    normal: Vec3,
  ) {
    this.n = normalize(normal)
    this.center = point
  }
  dist(x: number, y: number, z: number): number {
    return (x - this.point[0]) * this.n[0] + (y - this.point[1]) * this.n[1] + (z - this.point[2]) * this.n[2]
  }
}

/** One horizontal cross-section of a lofted trunk: an ellipse, deeper in front or behind. */
export interface LoftSection {
  readonly y: number
  /** Centre of the section in z. */
  readonly z: number
  /** Half-width (x). */
  readonly halfWidth: number
  /** Half-depth towards +z. */
  readonly front: number
  /** Half-depth towards −z. */
  readonly back: number
}

/**
 * A vertical loft through elliptical sections, symmetric about x = 0. Section parameters are interpolated
 * with Catmull-Rom in y so the surface has no ridges at the section heights.
 */
export class Loft implements Primitive {
  readonly center: Vec3
  readonly radius: number
  private readonly ys: Float64Array
  private readonly params: Float64Array[]
  constructor(private readonly sections: readonly LoftSection[]) {
    if (sections.length < 2) throw new Error('a loft needs two sections')
    this.ys = Float64Array.from(sections.map((s) => s.y))
    this.params = sections.map((s) => Float64Array.of(s.z, s.halfWidth, s.front, s.back))
    const y0 = sections[0]!.y
    const y1 = sections[sections.length - 1]!.y
    const reach = Math.max(
      ...sections.map((s) => Math.max(s.halfWidth, Math.abs(s.z) + Math.max(s.front, s.back))),
    )
    this.center = [0, (y0 + y1) / 2, 0]
    this.radius = Math.hypot((y1 - y0) / 2, reach)
  }
  /** Interpolated [z, halfWidth, front, back] at height y (clamped to the ends). */
  sectionAt(y: number, out: Float64Array): void {
    const ys = this.ys
    const n = ys.length
    if (y <= ys[0]!) {
      out.set(this.params[0]!)
      return
    }
    if (y >= ys[n - 1]!) {
      out.set(this.params[n - 1]!)
      return
    }
    let i = 0
    while (i < n - 2 && y > ys[i + 1]!) i++
    const t = (y - ys[i]!) / (ys[i + 1]! - ys[i]!)
    const p0 = this.params[Math.max(i - 1, 0)]!
    const p1 = this.params[i]!
    const p2 = this.params[i + 1]!
    const p3 = this.params[Math.min(i + 2, n - 1)]!
    const t2 = t * t
    const t3 = t2 * t
    for (let c = 0; c < 4; c++) {
      const a = p0[c]!
      const b = p1[c]!
      const cc = p2[c]!
      const d = p3[c]!
      out[c] =
        0.5 * (2 * b + (cc - a) * t + (2 * a - 5 * b + 4 * cc - d) * t2 + (3 * b - a - 3 * cc + d) * t3)
    }
  }
  private readonly tmp = new Float64Array(4)
  dist(x: number, y: number, z: number): number {
    const s = this.tmp
    this.sectionAt(y, s)
    const v = z - s[0]!
    const d2 = ellipse2(x, v, s[1]!, v > 0 ? s[2]! : s[3]!)
    const y0 = this.ys[0]!
    const y1 = this.ys[this.ys.length - 1]!
    const dy = Math.max(y0 - y, y - y1)
    if (dy <= 0) return Math.max(d2, dy)
    const o = Math.max(d2, 0)
    return Math.sqrt(o * o + dy * dy)
  }
}
