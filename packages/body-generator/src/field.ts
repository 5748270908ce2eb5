/**
 * The skin field S = smooth-union(base body, muscles). The base is the ordered fold of body-shape ops;
 * each muscle is the smooth union of its fibres; muscles meet each other with a small blend (a crease
 * between neighbours) and the body with a larger one (relief that grows out of the skin).
 *
 * Culling: around a block centre c with half-diagonal r, an op whose distance at c exceeds
 * |S(c)| + 2rL + its blend + a margin cannot change S anywhere in the block (polynomial smooth-min is
 * exactly min beyond its radius), so it is left out of that block's list. The margin covers the fold
 * order and the few primitives whose distance is only a bound.
 */
import type { PartId, Side } from '../../../src/domain/groups.ts'
import type { PrimSpec, ShapeOp } from './body-shape.ts'
import { Ellipsoid, HalfSpace, Loft, RoundCone, Sphere, mirrorX, smax, smin, type Primitive } from './sdf.ts'

/** Blend between two different muscles: small, so neighbours stay visibly separate. */
export const MUSCLE_BLEND = 0.004
/** Blend between the muscles and the body underneath. */
export const SKIN_BLEND = 0.012
const LIPSCHITZ = 1.3
const MARGIN = 0.006

const OP_ADD = 0
const OP_CARVE = 1
const OP_CLIP = 2

export interface CompiledMuscle {
  readonly id: PartId
  readonly side: Side
  readonly fibres: readonly Primitive[]
  readonly fibreBlend: number
}

export interface Cull {
  readonly ops: Int32Array
  /** Global fibre indices, ascending (so grouped by muscle). */
  readonly fibres: Int32Array
}

export function makePrimitive(spec: PrimSpec, mirror: boolean): Primitive {
  const f = mirror ? mirrorX : <T>(v: T): T => v
  switch (spec.kind) {
    case 'sphere':
      return new Sphere(f(spec.c), spec.r)
    case 'roundCone':
      return new RoundCone(f(spec.a), f(spec.b), spec.ra, spec.rb)
    case 'ellipsoid':
      return new Ellipsoid(f(spec.c), spec.r, f(spec.axisX ?? [1, 0, 0]), f(spec.axisY ?? [0, 1, 0]))
    case 'loft':
      return new Loft(spec.sections)
    case 'halfSpace':
      return new HalfSpace(f(spec.point), f(spec.normal))
  }
}

export class SkinField {
  private readonly prims: Primitive[] = []
  private readonly kinds: number[] = []
  private readonly blends: number[] = []
  readonly muscles: CompiledMuscle[] = []
  private fibrePrims: Primitive[] = []
  private fibreMuscle: number[] = []
  private allOps: Int32Array
  private allFibres: Int32Array = new Int32Array(0)
  private readonly opDist: Float64Array

  /**
   * @param inset pushes the base surface inward by this many metres at a point (the body under the
   * écorché's muscles sits a little deeper than the skin, so every muscle stands out of it with a clean edge).
   */
  constructor(
    shape: readonly ShapeOp[],
    private readonly inset: ((x: number, y: number, z: number) => number) | null = null,
  ) {
    for (const op of shape) {
      const kind = op.op === 'add' ? OP_ADD : op.op === 'carve' ? OP_CARVE : OP_CLIP
      this.prims.push(makePrimitive(op.prim, false))
      this.kinds.push(kind)
      this.blends.push(op.blend)
      if (op.paired) {
        this.prims.push(makePrimitive(op.prim, true))
        this.kinds.push(kind)
        this.blends.push(op.blend)
      }
    }
    this.allOps = Int32Array.from(this.prims.keys())
    this.opDist = new Float64Array(this.prims.length)
  }

  get opCount(): number {
    return this.prims.length
  }

  addMuscle(m: CompiledMuscle): number {
    this.muscles.push(m)
    const mi = this.muscles.length - 1
    for (const f of m.fibres) {
      this.fibrePrims.push(f)
      this.fibreMuscle.push(mi)
    }
    this.allFibres = Int32Array.from(this.fibrePrims.keys())
    return mi
  }

  /** The body without muscles. */
  base(x: number, y: number, z: number, ops: Int32Array = this.allOps): number {
    let acc = 1e9
    const prims = this.prims
    for (let n = 0; n < ops.length; n++) {
      const i = ops[n]!
      const d = prims[i]!.dist(x, y, z)
      const kind = this.kinds[i]!
      if (kind === OP_ADD) acc = smin(acc, d, this.blends[i]!)
      else if (kind === OP_CARVE) acc = smax(acc, -d, this.blends[i]!)
      else acc = smax(acc, d, this.blends[i]!)
    }
    return this.inset ? acc + this.inset(x, y, z) : acc
  }

  /** Union of the muscles (fibres folded per muscle, muscles with MUSCLE_BLEND). */
  musclesUnion(x: number, y: number, z: number, fibres: Int32Array = this.allFibres): number {
    let all = 1e9
    let cur = 1e9
    let curM = -1
    for (let n = 0; n < fibres.length; n++) {
      const f = fibres[n]!
      const mi = this.fibreMuscle[f]!
      if (mi !== curM) {
        if (curM >= 0) all = smin(all, cur, MUSCLE_BLEND)
        cur = 1e9
        curM = mi
      }
      const p = this.fibrePrims[f]!
      cur = smin(cur, p.dist(x, y, z), this.muscles[mi]!.fibreBlend * (p.blendScale ?? 1))
    }
    if (curM >= 0) all = smin(all, cur, MUSCLE_BLEND)
    return all
  }

  eval(x: number, y: number, z: number, cull?: Cull): number {
    const b = this.base(x, y, z, cull?.ops)
    const m = this.musclesUnion(x, y, z, cull?.fibres)
    return smin(b, m, SKIN_BLEND)
  }

  /** Distance to each muscle in `which` (indices into `muscles`), written to `out` in the same order. */
  muscleDistances(
    x: number,
    y: number,
    z: number,
    which: readonly number[],
    cull: Cull | undefined,
    out: Float64Array,
  ): void {
    out.fill(1e9)
    const fibres = cull?.fibres ?? this.allFibres
    for (let n = 0; n < fibres.length; n++) {
      const f = fibres[n]!
      const mi = this.fibreMuscle[f]!
      const slot = which.indexOf(mi)
      if (slot < 0) continue
      const p = this.fibrePrims[f]!
      out[slot] = smin(out[slot]!, p.dist(x, y, z), this.muscles[mi]!.fibreBlend * (p.blendScale ?? 1))
    }
  }

  /**
   * Value at a block centre and the ops and fibres that can matter within `radius` of it, chosen from
   * `parent` (a cull valid for an enclosing region) or from everything.
   */
  cullAt(x: number, y: number, z: number, radius: number, parent?: Cull): { value: number; cull: Cull } {
    const prims = this.prims
    const opList = parent?.ops ?? this.allOps
    const fibreList = parent?.fibres ?? this.allFibres
    let acc = 1e9
    for (let n = 0; n < opList.length; n++) {
      const i = opList[n]!
      const d = prims[i]!.dist(x, y, z)
      this.opDist[i] = d
      const kind = this.kinds[i]!
      if (kind === OP_ADD) acc = smin(acc, d, this.blends[i]!)
      else if (kind === OP_CARVE) acc = smax(acc, -d, this.blends[i]!)
      else acc = smax(acc, d, this.blends[i]!)
    }
    // Per-fibre distances, folded exactly as musclesUnion does.
    const fd = new Float64Array(fibreList.length)
    let all = 1e9
    let cur = 1e9
    let curM = -1
    for (let n = 0; n < fibreList.length; n++) {
      const f = fibreList[n]!
      const mi = this.fibreMuscle[f]!
      const p = this.fibrePrims[f]!
      const d = p.dist(x, y, z)
      fd[n] = d
      if (mi !== curM) {
        if (curM >= 0) all = smin(all, cur, MUSCLE_BLEND)
        cur = 1e9
        curM = mi
      }
      cur = smin(cur, d, this.muscles[mi]!.fibreBlend * (p.blendScale ?? 1))
    }
    if (curM >= 0) all = smin(all, cur, MUSCLE_BLEND)
    if (this.inset) acc += this.inset(x, y, z)
    const value = smin(acc, all, SKIN_BLEND)
    const reach = Math.abs(value) + 2 * radius * LIPSCHITZ + MARGIN
    const ops: number[] = []
    for (let n = 0; n < opList.length; n++) {
      const i = opList[n]!
      // For a clip the removed region is the outside of its half-space.
      const d = this.kinds[i] === OP_CLIP ? -this.opDist[i]! : this.opDist[i]!
      if (d < reach + this.blends[i]!) ops.push(i)
    }
    const fibres: number[] = []
    for (let n = 0; n < fibreList.length; n++) {
      const f = fibreList[n]!
      const mb = this.muscles[this.fibreMuscle[f]!]!.fibreBlend
      if (fd[n]! < reach + SKIN_BLEND + MUSCLE_BLEND + mb) fibres.push(f)
    }
    return { value, cull: { ops: Int32Array.from(ops), fibres: Int32Array.from(fibres) } }
  }

  /** Central-difference gradient (not normalised). */
  gradient(x: number, y: number, z: number, cull: Cull | undefined, eps: number, out: Float64Array): void {
    out[0] = (this.eval(x + eps, y, z, cull) - this.eval(x - eps, y, z, cull)) / (2 * eps)
    out[1] = (this.eval(x, y + eps, z, cull) - this.eval(x, y - eps, z, cull)) / (2 * eps)
    out[2] = (this.eval(x, y, z + eps, cull) - this.eval(x, y, z - eps, cull)) / (2 * eps)
  }
}
