/**
 * The écorché's layers: every structure (muscle, tendon, fascia, exposed bone) is meshed on its own grid
 * from its own field, so it has a volume of its own instead of being a patch of the skin. Structures are
 * laid deep to superficial (each fibre rests on the surface of what lies under it), so a later one rides on
 * top of an earlier one rather than sharing its surface: no z-fighting. The underside of each structure,
 * buried in the body or in the layers below, is never seen and is dropped before simplification.
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import { cutAtPlane, type Fibre, type FibreSamples } from './fibre.ts'
import { paddedGrid, surfaceNets, type BandField } from './mesher.ts'
import { smin, type Vec3 } from './sdf.ts'

const LIPSCHITZ = 1.3
const MARGIN = 0.004

export interface LayerMesh {
  readonly positions: Float64Array
  readonly normals: Float32Array
  readonly indices: Uint32Array
  /** Unit fibre direction per vertex, in the surface's tangent plane (origin → insertion). */
  readonly fibre: Float32Array
}

export interface LayerInput {
  readonly samples: readonly FibreSamples[]
  readonly fibres: readonly Fibre[]
  /** Smooth-union radius between the structure's own fibres, metres. */
  readonly blend: number
  /** What lies beneath (the body and earlier layers): negative inside. */
  readonly under: (x: number, y: number, z: number) => number
  /** A vertex deeper than this inside `under` is hidden, metres. */
  readonly hide: number
  readonly h: number
  readonly tolerance: number
}

/** Bounding box of swept ellipses (centres ± the larger semi-axis). */
function boundsOf(samples: readonly FibreSamples[]): { lo: Vec3; hi: Vec3 } {
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (const s of samples) {
    s.centres.forEach((c, i) => {
      const r = Math.max(s.semiWidth[i]!, s.semiThickness[i]!)
      for (let a = 0; a < 3; a++) {
        lo[a] = Math.min(lo[a]!, c[a]! - r)
        hi[a] = Math.max(hi[a]!, c[a]! + r)
      }
    })
  }
  return { lo: lo as unknown as Vec3, hi: hi as unknown as Vec3 }
}

/** Mesh one structure (left side) from its fibres. */
export function meshLayer(input: LayerInput): LayerMesh {
  const { fibres, blend, h } = input
  // A structure cut at the midline side is cut again after the smooth union, which swells past each fibre's cut.
  const keepX = input.samples[0]?.keepX
  const own = (x: number, y: number, z: number, list: Int32Array | null): number => {
    let d = 1e9
    if (list)
      for (let n = 0; n < list.length; n++) {
        const f = fibres[list[n]!]!
        d = smin(d, f.dist(x, y, z), blend * f.blendScale)
      }
    else for (const f of fibres) d = smin(d, f.dist(x, y, z), blend * f.blendScale)
    d = cutAtPlane(d, x, keepX)
    // Nothing reaches under the soles.
    return d > -y ? d : -y
  }
  const { lo, hi } = boundsOf(input.samples)
  const grid = paddedGrid(lo, hi, h)
  const dists = new Float64Array(fibres.length)
  const band: BandField<Int32Array> = {
    classify(cx, cy, cz, half) {
      let v = 1e9
      for (let i = 0; i < fibres.length; i++) {
        dists[i] = fibres[i]!.dist(cx, cy, cz)
        v = smin(v, dists[i]!, blend * fibres[i]!.blendScale)
      }
      v = cutAtPlane(v, cx, keepX)
      // Only fibres that can reach the block take part in its samples.
      const reach = Math.abs(v) + 2 * half * LIPSCHITZ + blend + MARGIN
      const keep: number[] = []
      for (let i = 0; i < fibres.length; i++) if (dists[i]! < reach) keep.push(i)
      return { inBand: Math.abs(v) <= half * LIPSCHITZ + h, sign: v, ctx: Int32Array.from(keep) }
    },
    sample: (x, y, z, list) => own(x, y, z, list),
  }
  const net = surfaceNets(grid, band)
  const nv = net.positions.length / 3
  const P = net.positions

  // Drop what is buried: triangles whose three corners all lie inside what is underneath.
  const hidden = new Uint8Array(nv)
  for (let v = 0; v < nv; v++)
    hidden[v] = input.under(P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!) < -input.hide ? 1 : 0
  const kept: number[] = []
  for (let t = 0; t < net.indices.length; t += 3) {
    const a = net.indices[t]!
    const b = net.indices[t + 1]!
    const c = net.indices[t + 2]!
    if (hidden[a] && hidden[b] && hidden[c]) continue
    kept.push(a, b, c)
  }
  const pos32 = Float32Array.from(P)
  const [idx] = MeshoptSimplifier.simplify(Uint32Array.from(kept), pos32, 3, 0, input.tolerance, [
    'ErrorAbsolute',
  ])

  // Snap the used vertices onto the structure's own surface; normals and fibre directions from its field.
  const remap = new Int32Array(nv).fill(-1)
  const pos: number[] = []
  const nrm: number[] = []
  const fib: number[] = []
  const out = new Uint32Array(idx.length)
  const dir = new Float64Array(3)
  const best = new Float64Array(3)
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i]!
    if (remap[v]! < 0) {
      remap[v] = pos.length / 3
      const list = net.blocks[net.vertexBlock[v]!]?.ctx ?? null
      const f = (x: number, y: number, z: number): number => own(x, y, z, list)
      let x = P[v * 3]!
      let y = P[v * 3 + 1]!
      let z = P[v * 3 + 2]!
      const e = 2e-4
      for (let it = 0; it < 2; it++) {
        const d = f(x, y, z)
        const gx = (f(x + e, y, z) - f(x - e, y, z)) / (2 * e)
        const gy = (f(x, y + e, z) - f(x, y - e, z)) / (2 * e)
        const gz = (f(x, y, z + e) - f(x, y, z - e)) / (2 * e)
        const g2 = gx * gx + gy * gy + gz * gz
        if (g2 < 1e-12) break
        const s = Math.max(Math.min(d / g2, h), -h)
        x -= gx * s
        y -= gy * s
        z -= gz * s
      }
      const E = Math.max(h / 4, 5e-4)
      let nx = (f(x + E, y, z) - f(x - E, y, z)) / (2 * E)
      let ny = (f(x, y + E, z) - f(x, y - E, z)) / (2 * E)
      let nz = (f(x, y, z + E) - f(x, y, z - E)) / (2 * E)
      const nl = Math.hypot(nx, ny, nz) || 1
      nx /= nl
      ny /= nl
      nz /= nl
      pos.push(x, y, z)
      nrm.push(nx, ny, nz)
      // The nearest fibre's direction, laid into the tangent plane.
      let bestD = Infinity
      for (const fibre of fibres) {
        const d2 = fibre.direction(x, y, z, dir)
        if (d2 < bestD) {
          bestD = d2
          best.set(dir)
        }
      }
      const dn = best[0]! * nx + best[1]! * ny + best[2]! * nz
      let tx = best[0]! - dn * nx
      let ty = best[1]! - dn * ny
      let tz = best[2]! - dn * nz
      let tl = Math.hypot(tx, ty, tz)
      if (tl < 1e-6) {
        // The fibre runs along the normal (a rounded end): any tangent will do.
        const ref: Vec3 = Math.abs(ny) < 0.9 ? [0, 1, 0] : [1, 0, 0]
        const r = ref[0] * nx + ref[1] * ny + ref[2] * nz
        tx = ref[0] - r * nx
        ty = ref[1] - r * ny
        tz = ref[2] - r * nz
        tl = Math.hypot(tx, ty, tz)
      }
      fib.push(tx / tl, ty / tl, tz / tl)
    }
    out[i] = remap[v]!
  }
  return {
    positions: Float64Array.from(pos),
    normals: Float32Array.from(nrm),
    indices: out,
    fibre: Float32Array.from(fib),
  }
}
