/**
 * Turns the muscle table (anatomy.ts) into field primitives: resolves landmark references, samples each
 * path as a smooth curve, lays superficial fibres onto the surface they rest on, and builds the deep
 * muscles' own fields.
 */
import { STATURE } from '../../../src/domain/skeleton.ts'
import type { BundleShape, FanSpec, FibreSpec, Profile, Ref, ReliefShape, ShellShape } from './anatomy.ts'
import { Fibre, type FibreSamples } from './fibre.ts'
import type { Landmarks } from './landmarks.ts'
import { add, cross, distance, dot, lerp3, mirrorX, normalize, scale, smax, sub, type Vec3 } from './sdf.ts'

/** Samples per fibre path. */
const PATH_SAMPLES = 24

export function resolveRef(lm: Landmarks, ref: Ref): Vec3 {
  const k = lm.stature / STATURE
  if (typeof ref === 'string') return lm.points[ref]
  if ('p' in ref) return scale(ref.p, k)
  if ('at' in ref) return add(lm.points[ref.at], scale(ref.offset, k))
  const [a, b, t] = ref.lerp
  const p = lerp3(lm.points[a], lm.points[b], t)
  return ref.offset ? add(p, scale(ref.offset, k)) : p
}

/** Point at s ∈ [0, 1] along a polyline of references (equal share per segment). */
function along(lm: Landmarks, refs: readonly Ref[], s: number): Vec3 {
  const pts = refs.map((r) => resolveRef(lm, r))
  if (pts.length === 1) return pts[0]!
  const x = Math.min(Math.max(s, 0), 1) * (pts.length - 1)
  const i = Math.min(Math.floor(x), pts.length - 2)
  return lerp3(pts[i]!, pts[i + 1]!, x - i)
}

export function evalProfile(p: Profile, t: number): number {
  const first = p[0]!
  if (t <= first[0]) return first[1]
  for (let i = 0; i < p.length - 1; i++) {
    const [t0, v0] = p[i]!
    const [t1, v1] = p[i + 1]!
    if (t <= t1) {
      const u = (t - t0) / (t1 - t0)
      const e = u * u * (3 - 2 * u)
      return v0 + (v1 - v0) * e
    }
  }
  return p[p.length - 1]![1]
}

/** Catmull-Rom through the control points, resampled evenly by arc length. */
export function sampleCurve(ctrl: readonly Vec3[], count: number): Vec3[] {
  const dense: Vec3[] = []
  const n = ctrl.length
  const SUB = 16
  for (let i = 0; i < n - 1; i++) {
    const p0 = ctrl[Math.max(i - 1, 0)]!
    const p1 = ctrl[i]!
    const p2 = ctrl[i + 1]!
    const p3 = ctrl[Math.min(i + 2, n - 1)]!
    for (let s = 0; s < SUB; s++) {
      const t = s / SUB
      const t2 = t * t
      const t3 = t2 * t
      const c = (j: 0 | 1 | 2): number =>
        0.5 *
        (2 * p1[j] +
          (p2[j] - p0[j]) * t +
          (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2 +
          (3 * p1[j] - p0[j] - 3 * p2[j] + p3[j]) * t3)
      dense.push([c(0), c(1), c(2)])
    }
  }
  dense.push(ctrl[n - 1]!)
  const cum = [0]
  for (let i = 1; i < dense.length; i++) cum.push(cum[i - 1]! + distance(dense[i - 1]!, dense[i]!))
  const total = cum[cum.length - 1]!
  const out: Vec3[] = []
  let j = 0
  for (let s = 0; s < count; s++) {
    const target = (total * s) / (count - 1)
    while (j < dense.length - 2 && cum[j + 1]! < target) j++
    const seg = cum[j + 1]! - cum[j]!
    out.push(lerp3(dense[j]!, dense[j + 1]!, seg > 0 ? Math.min((target - cum[j]!) / seg, 1) : 0))
  }
  return out
}

export type ScalarField = (x: number, y: number, z: number) => number

function gradientOf(f: ScalarField, p: Vec3, eps = 5e-4): Vec3 {
  const [x, y, z] = p
  return [
    (f(x + eps, y, z) - f(x - eps, y, z)) / (2 * eps),
    (f(x, y + eps, z) - f(x, y - eps, z)) / (2 * eps),
    (f(x, y, z + eps) - f(x, y, z - eps)) / (2 * eps),
  ]
}

/** Newton steps onto the zero set of f; returns the surface point and its outward normal. */
export function projectOnto(f: ScalarField, p: Vec3): { point: Vec3; normal: Vec3 } {
  let q = p
  for (let it = 0; it < 24; it++) {
    const d = f(q[0], q[1], q[2])
    const g = gradientOf(f, q)
    const gl = Math.sqrt(dot(g, g))
    if (gl < 1e-6) break
    // A step of |d| along the gradient, never d/|g|: where layers blend the gradient is weak and a Newton
    // step flies off sideways, so a fibre's samples zigzag across the back and spawn flaps far from it.
    q = sub(q, scale(g, d / gl))
    if (Math.abs(d) < 1e-6) break
  }
  // The normal is taken over a wide baseline so creases in the body do not twist the fibre.
  return { point: q, normal: normalize(gradientOf(f, q, NORMAL_BASELINE)) }
}

/** Half-width of the finite difference used for fibre normals, metres. */
const NORMAL_BASELINE = 0.012

function smoothNormals(ns: Vec3[]): Vec3[] {
  let cur = ns
  for (let pass = 0; pass < 3; pass++) {
    cur = cur.map((n, i) =>
      normalize(
        add(
          add(scale(n, 0.5), scale(cur[Math.max(i - 1, 0)]!, 0.25)),
          scale(cur[Math.min(i + 1, cur.length - 1)]!, 0.25),
        ),
      ),
    )
  }
  return cur
}

const DEFAULT_DEPTH = 0.009
/** How far a projected sample may stray beyond its path step before it is laid again, metres. */
const JUMP_SLACK = 0.004

/** Lay one fibre on the surface `f`: centres `depth` under it, bulging `rise` above it. */
function reliefFibre(
  name: string,
  lm: Landmarks,
  ctrl: readonly Vec3[],
  width: Profile,
  rise: Profile,
  riseScale: number,
  depthRef: number,
  f: ScalarField,
): FibreSamples {
  const k = lm.stature / STATURE
  const depth = depthRef * k
  const path = sampleCurve(ctrl, PATH_SAMPLES)
  const proj = path.map((p) => projectOnto(f, p))
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < proj.length - 1; i++) {
      // A lone sample caught in a fold between layers lands far from both neighbours, which themselves lie
      // close: it is laid again between them, so the fibre stays a smooth strip, not a zigzag that spawns flaps.
      const a = proj[i - 1]!.point
      const c = proj[i + 1]!.point
      const mid = scale(add(a, c), 0.5)
      const span = Math.hypot(...sub(c, a))
      const reach = Math.hypot(...sub(path[i + 1]!, path[i - 1]!))
      if (span > 1.5 * reach + JUMP_SLACK) continue
      if (Math.hypot(...sub(proj[i]!.point, mid)) <= 0.5 * span + JUMP_SLACK) continue
      proj[i] = projectOnto(f, mid)
    }
  }
  let flips = 0
  for (let i = 1; i < proj.length; i++) {
    if (dot(proj[i]!.normal, proj[i - 1]!.normal) >= -0.2) continue
    // A flip means the path cut through the body and landed on the far side: an authoring error, unless it
    // is a single sample caught in a crease between two layers, which follows its neighbour instead.
    if (++flips > 2) {
      const at = path[i]!.map((v) => v.toFixed(3)).join(', ')
      throw new Error(`${name}: fibre path leaves the surface it lies on near (${at})`)
    }
    proj[i] = { point: add(proj[i - 1]!.point, sub(path[i]!, path[i - 1]!)), normal: proj[i - 1]!.normal }
  }
  const normals = smoothNormals(proj.map((q) => q.normal))
  const centres: Vec3[] = []
  const semiWidth: number[] = []
  const semiThickness: number[] = []
  for (let i = 0; i < path.length; i++) {
    const t = i / (path.length - 1)
    centres.push(sub(proj[i]!.point, scale(normals[i]!, depth)))
    semiWidth.push(evalProfile(width, t) * k)
    semiThickness.push(Math.max(evalProfile(rise, t) * riseScale * k + depth, 0.0015 * k))
  }
  return { centres, normals, semiWidth, semiThickness }
}

function fanFibres(lm: Landmarks, fan: FanSpec): { ctrl: Vec3[]; riseScale: number }[] {
  const out: { ctrl: Vec3[]; riseScale: number }[] = []
  for (let j = 0; j < fan.count; j++) {
    const s = fan.count === 1 ? 0.5 : j / (fan.count - 1)
    const ctrl = [
      along(lm, fan.origin, s),
      ...(fan.via ?? []).map((v) => along(lm, v, s)),
      along(lm, fan.insertion, s),
    ]
    out.push({ ctrl, riseScale: fan.riseAcross ? evalProfile(fan.riseAcross, s) : 1 })
  }
  return out
}

/** Superficial muscle: its left-side fibres, laid on the surface `f`. */
export function compileRelief(
  name: string,
  lm: Landmarks,
  shape: ReliefShape,
  f: ScalarField,
): FibreSamples[] {
  const out: FibreSamples[] = []
  const ramp = shape.blendEnds
  const withRamp = (f: FibreSamples): FibreSamples => {
    if (!ramp) return f
    const n = f.centres.length
    const blendScale = f.centres.map((_, i) => {
      const t = i / (n - 1)
      const a = ramp[0] > 0 ? Math.min(t / ramp[0], 1) : 1
      const b = ramp[1] > 0 ? Math.min((1 - t) / ramp[1], 1) : 1
      // Smoothstep, so the swell comes in without a kink.
      const s = Math.min(a, b)
      return s * s * (3 - 2 * s)
    })
    return { ...f, blendScale }
  }
  const keepX =
    shape.medialLimit === undefined
      ? undefined
      : { x0: (shape.medialLimit * lm.stature) / STATURE, sign: 1 as const }
  for (const entry of shape.fibres) {
    if ('fan' in entry) {
      const fan = entry.fan
      for (const { ctrl, riseScale } of fanFibres(lm, fan)) {
        out.push(
          withRamp({
            ...reliefFibre(name, lm, ctrl, fan.width, fan.rise, riseScale, fan.depth ?? DEFAULT_DEPTH, f),
            ...(keepX ? { keepX } : {}),
          }),
        )
      }
    } else {
      const spec: FibreSpec = entry
      const ctrl = spec.path.map((r) => resolveRef(lm, r))
      out.push(
        withRamp({
          ...reliefFibre(name, lm, ctrl, spec.width, spec.rise, 1, spec.depth ?? DEFAULT_DEPTH, f),
          ...(keepX ? { keepX } : {}),
        }),
      )
    }
  }
  return out
}

/** Deep bundle: fibres at their true depth, round (or flattened front to back) in section. */
export function compileBundle(lm: Landmarks, shape: BundleShape): FibreSamples[] {
  const k = lm.stature / STATURE
  return shape.fibres.map((fib) => {
    const path = sampleCurve(
      fib.path.map((r) => resolveRef(lm, r)),
      PATH_SAMPLES,
    )
    const normals = path.map((p, i) => {
      const tangent = normalize(sub(path[Math.min(i + 1, path.length - 1)]!, path[Math.max(i - 1, 0)]!))
      const ref: Vec3 = Math.abs(tangent[2]) > 0.9 ? [1, 0, 0] : [0, 0, 1]
      return normalize(cross(cross(tangent, ref), tangent))
    })
    const t = (i: number): number => i / (path.length - 1)
    return {
      centres: path,
      normals,
      semiWidth: path.map((_, i) => evalProfile(fib.radius, t(i)) * k),
      semiThickness: path.map((_, i) => evalProfile(fib.radius, t(i)) * (fib.flatten ?? 1) * k),
    }
  })
}

export function mirrorSamples(s: FibreSamples): FibreSamples {
  return {
    centres: s.centres.map(mirrorX),
    normals: s.normals.map(mirrorX),
    semiWidth: s.semiWidth,
    semiThickness: s.semiThickness,
    ...(s.blendScale ? { blendScale: s.blendScale } : {}),
    ...(s.keepX ? { keepX: { x0: -s.keepX.x0, sign: -s.keepX.sign as 1 | -1 } } : {}),
  }
}

export function fibresOf(samples: readonly FibreSamples[]): Fibre[] {
  return samples.map((s) => new Fibre(s))
}

/** Deep sheet under the skin: a shell at `depth`, cut to the bounds. */
export function shellField(lm: Landmarks, shape: ShellShape, skin: ScalarField): ScalarField {
  const k = lm.stature / STATURE
  const bounds = shape.bounds.map((b) => ({ p: resolveRef(lm, b.through), n: normalize(b.normal) }))
  const depth = shape.depth * k
  const halfT = (shape.thickness * k) / 2
  const blend = shape.edgeBlend * k
  return (x, y, z) => {
    let d = Math.abs(skin(x, y, z) + depth) - halfT
    for (const { p, n } of bounds)
      d = smax(d, (x - p[0]) * n[0] + (y - p[1]) * n[1] + (z - p[2]) * n[2], blend)
    return d
  }
}
