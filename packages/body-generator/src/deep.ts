/**
 * Deep muscles (iliopsoas, transversus abdominis, vastus intermedius, gluteus minimus): each meshed on its
 * own grid from its own field, clamped at least DEEP_CLEARANCE inside the skin, so the X-ray shows them in
 * place under the superficial ones.
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import { STATURE } from '../../../src/domain/skeleton.ts'
import { DEEP_CLEARANCE, type BundleShape, type ShellShape } from './anatomy.ts'
import { compileBundle, fibresOf, shellField } from './anatomy-compile.ts'
import type { Cull, SkinField } from './field.ts'
import type { Landmarks } from './landmarks.ts'
import { paddedGrid, surfaceNets, type BandField } from './mesher.ts'
import { smin, type Vec3 } from './sdf.ts'
import { blockCuller, compact, snap, type HalfMesh } from './surface.ts'

const LIPSCHITZ = 1.3

/** A deep muscle, meshed on its own grid (left side only; it never reaches the midline). */
export function meshDeep(
  lm: Landmarks,
  skin: SkinField,
  shape: BundleShape | ShellShape,
  h: number,
  tolerance: number,
): HalfMesh {
  const k = lm.stature / STATURE
  const clearance = DEEP_CLEARANCE * k
  let own: (x: number, y: number, z: number, cull: Cull | undefined) => number
  let lo: Vec3
  let hi: Vec3
  if (shape.kind === 'bundle') {
    const fibres = fibresOf(compileBundle(lm, shape))
    const blend = shape.fibreBlend * k
    own = (x, y, z) => {
      let d = 1e9
      for (const f of fibres) d = smin(d, f.dist(x, y, z), blend)
      return d
    }
    lo = [Infinity, Infinity, Infinity]
    hi = [-Infinity, -Infinity, -Infinity]
    for (const f of fibres) {
      lo = [0, 1, 2].map((i) => Math.min(lo[i]!, f.center[i]! - f.radius)) as unknown as Vec3
      hi = [0, 1, 2].map((i) => Math.max(hi[i]!, f.center[i]! + f.radius)) as unknown as Vec3
    }
  } else {
    let cullNow: Cull | undefined
    // The sheet follows the body under the muscles: the base's level sets are smooth where the relief's are not.
    const sheet = shellField(lm, shape, (x, y, z) => skin.base(x, y, z, cullNow?.ops))
    own = (x, y, z, cull) => {
      cullNow = cull
      return sheet(x, y, z)
    }
    lo = [shape.region.min[0] * k, shape.region.min[1] * k, shape.region.min[2] * k]
    hi = [shape.region.max[0] * k, shape.region.max[1] * k, shape.region.max[2] * k]
  }
  const D = (x: number, y: number, z: number, cull: Cull | undefined): number =>
    Math.max(own(x, y, z, cull), skin.eval(x, y, z, cull) + clearance)
  const grid = paddedGrid(lo, hi, h)
  const culler = blockCuller(skin, grid)
  const band: BandField<Cull> = {
    classify(cx, cy, cz, half) {
      const { cull } = culler(cx, cy, cz, half)
      const v = D(cx, cy, cz, cull)
      return { inBand: Math.abs(v) <= half * LIPSCHITZ + h, sign: v, ctx: cull }
    },
    sample: (x, y, z, cull) => D(x, y, z, cull),
  }
  const net = surfaceNets(grid, band)
  const pos32 = Float32Array.from(net.positions)
  const [idx] = MeshoptSimplifier.simplify(net.indices, pos32, 3, 0, tolerance, ['ErrorAbsolute'])
  const g = new Float64Array(3)
  const deepField = { eval: (x: number, y: number, z: number, c?: Cull) => D(x, y, z, c) }
  const nv = net.positions.length / 3
  const pos = new Float64Array(nv * 3)
  const nrm = new Float32Array(nv * 3)
  const done = new Uint8Array(nv)
  for (const v of idx) {
    if (done[v]) continue
    done[v] = 1
    const s = snap(
      deepField,
      [net.positions[v * 3]!, net.positions[v * 3 + 1]!, net.positions[v * 3 + 2]!],
      net.blocks[net.vertexBlock[v]!]?.ctx,
      false,
      g,
    )
    pos.set(s.p, v * 3)
    nrm.set(s.n, v * 3)
  }
  return compact(pos, nrm, idx)
}
