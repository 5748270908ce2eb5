/**
 * The generator: landmarks → body and muscle fields → one skin surface meshed once (left half, mirrored),
 * labelled into muscle patches split along clean boundaries → simplified with locked borders → snapped
 * back to the surface with field normals → deep muscles meshed on their own, clamped inside the skin →
 * skinned to the rig → a glTF document.
 */
import { Document, Logger, NodeIO, type Node as GltfNode } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { cloneDocument, meshopt } from '@gltf-transform/functions'
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import {
  MUSCLES,
  MUSCLE_IDS,
  meshName,
  type MuscleId,
  type MuscleNodeExtras,
  type Side,
} from '../domain/groups.ts'
import {
  ALL_BONES,
  BODY_MESH_NAME,
  BONE_PARENT,
  FIGURE_ROOT_NAME,
  STATURE,
  type BoneName,
} from '../domain/skeleton.ts'
import { DEEP_CLEARANCE, MUSCLE_SHAPES, type BundleShape, type ShellShape } from './anatomy.ts'
import {
  compileBundle,
  compileRelief,
  fibresOf,
  mirrorSamples,
  shellField,
  type ScalarField,
} from './anatomy-compile.ts'
import { bodyShape } from './body-shape.ts'
import { SkinField, type Cull } from './field.ts'
import {
  computeLandmarks,
  type Landmarks,
  MIDLINE_LANDMARKS,
  PAIRED_LANDMARKS,
  type LandmarkId,
} from './landmarks.ts'
import { surfaceNets, type BandField, type BlockInfo, type GridSpec } from './mesher.ts'
import { removeIslands, splitByLabel } from './patches.ts'
import { smin, type Vec3 } from './sdf.ts'
import { leftHalfWeights, mirroredJointIndex, weightsFromSkin } from './skinning.ts'

export interface BuildOptions {
  /** Grid spacing of the skin surface, metres (default 0.003). Coarser values give fast test builds. */
  readonly resolution?: number
  /** Absolute simplification tolerance, metres (default 0.0003). */
  readonly tolerance?: number
  readonly stature?: number
  /** Progress messages (timings per stage). */
  readonly log?: (message: string) => void
}

export const MATERIAL_NAMES = { skin: 'skin', muscle: 'muscle', deep: 'muscle-deep' } as const

/** How far inside a muscle's own surface a skin point may lie and still belong to it, metres. */
const LABEL_EPSILON = 0.002
const LIPSCHITZ = 1.3
/** Deep muscles are seen only through the X-ray view: a coarser grid and tolerance keep them cheap. */
const DEEP_GRID_SCALE = 1
const DEEP_TOLERANCE_SCALE = 2
/** Muscle patches (and holes in them) smaller than this are merged into their surroundings, m². */
const MIN_PATCH_AREA = 6e-4
/** Front of the face (reference metres), left unsimplified. */
const FACE_LOCK = { yMin: 1.53, yMax: 1.69, zMin: 0.045 } as const

interface HalfMesh {
  positions: Float64Array
  normals: Float32Array
  indices: Uint32Array
}

interface MeshData {
  readonly name: string
  readonly material: keyof typeof MATERIAL_NAMES
  readonly positions: Float32Array
  readonly normals: Float32Array
  readonly indices: Uint32Array
  readonly joints: Uint16Array
  readonly weights: Float32Array
  readonly extras?: MuscleNodeExtras
}

export async function buildBodyDocument(opts: BuildOptions = {}): Promise<Document> {
  const log = opts.log ?? (() => {})
  const t0 = performance.now()
  const stage = (name: string): void => log(`${name}: ${((performance.now() - t0) / 1000).toFixed(2)} s`)
  await MeshoptSimplifier.ready
  const stature = opts.stature ?? STATURE
  const k = stature / STATURE
  const h = opts.resolution ?? 0.003
  const tolerance = opts.tolerance ?? 0.0003
  const lm = computeLandmarks(stature)

  const { field, superficial, deep } = buildSkinField(lm)
  stage('fields')

  // The skin, meshed once on the x ≥ 0 half.
  const xMax = lm.points.fingertip[0] + 0.05 * k
  const grid: GridSpec = {
    origin: [-h / 2, -3 * h, -0.2 * k],
    h,
    dims: [Math.ceil(xMax / h) + 2, Math.ceil((stature + 0.03) / h) + 4, Math.ceil((0.46 * k) / h) + 1],
    mirrorX: true,
  }
  const net = surfaceNets(grid, skinBand(field, grid))
  stage(`surface nets (${net.indices.length / 3} half-mesh triangles)`)
  const cullOf = (block: number): Cull | undefined => net.blocks[block]?.ctx

  // Label each vertex with the closest superficial muscle it lies inside of (or the body).
  const nv = net.positions.length / 3
  const M = superficial.length
  const dist = new Float64Array(nv * M)
  const labelOf = new Int32Array(nv)
  const tmp = new Float64Array(M)
  for (let v = 0; v < nv; v++) {
    const p = net.positions
    field.muscleDistances(
      p[v * 3]!,
      p[v * 3 + 1]!,
      p[v * 3 + 2]!,
      superficial,
      cullOf(net.vertexBlock[v]!),
      tmp,
    )
    dist.set(tmp, v * M)
  }
  smoothOverMesh(dist, M, net.indices, 2)
  for (let v = 0; v < nv; v++) {
    for (let m = 0; m < M; m++) tmp[m] = dist[v * M + m]!
    let best = 0
    let bestScore = 0
    for (let m = 0; m < M; m++) {
      const s = LABEL_EPSILON * k - tmp[m]!
      if (s > bestScore) {
        bestScore = s
        best = m + 1
      }
    }
    labelOf[v] = best
  }
  const score = (v: number, label: number): number =>
    label === 0 ? 0 : LABEL_EPSILON * k - dist[v * M + label - 1]!
  const split = splitByLabel(net.positions, net.indices, labelOf, score)
  removeIslands(split, MIN_PATCH_AREA * k * k)
  stage('labels')

  // Give every patch its own copies of its border vertices and simplify everything in one pass: meshopt
  // treats coincident copies as a seam and collapses both sides alike, so the borders get simplified too
  // and still match exactly. The midline is a true border and stays locked.
  const copyOf = new Map<number, number>()
  const copySource: number[] = []
  const copyLabel: number[] = []
  const merged = new Uint32Array(split.indices.length)
  for (let t = 0; t < split.triLabel.length; t++) {
    const L = split.triLabel[t]!
    for (let c = 0; c < 3; c++) {
      const v = split.indices[t * 3 + c]!
      const key = v * (M + 1) + L
      let id = copyOf.get(key)
      if (id === undefined) {
        id = copySource.length
        copyOf.set(key, id)
        copySource.push(v)
        copyLabel.push(L)
      }
      merged[t * 3 + c] = id
    }
  }
  const pos32 = new Float32Array(copySource.length * 3)
  copySource.forEach((v, i) => pos32.set(split.positions.subarray(v * 3, v * 3 + 3), i * 3))
  // The lips, lids and nose are only a few grid cells across: collapsing them leaves facets that the field
  // normals cannot hide, so the front of the face keeps the full grid resolution.
  const lock = new Uint8Array(copySource.length)
  for (let i = 0; i < copySource.length; i++) {
    const y = pos32[i * 3 + 1]!
    const z = pos32[i * 3 + 2]!
    if (y > FACE_LOCK.yMin * k && y < FACE_LOCK.yMax * k && z > FACE_LOCK.zMin * k) lock[i] = 1
  }
  const [simplified] = MeshoptSimplifier.simplifyWithAttributes(
    merged,
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
  const patchTris: number[][] = Array.from({ length: M + 1 }, () => [])
  for (let t = 0; t < simplified.length; t += 3) {
    patchTris[copyLabel[simplified[t]!]!]!.push(
      copySource[simplified[t]!]!,
      copySource[simplified[t + 1]!]!,
      copySource[simplified[t + 2]!]!,
    )
  }
  const patchIndices = patchTris.map((tris) => Uint32Array.from(tris))
  stage('simplify')

  // Snap used vertices onto the surface and take normals from the field.
  const used = new Int32Array(split.positions.length / 3).fill(-1)
  const finalPos: number[] = []
  const finalNormal: number[] = []
  const g = new Float64Array(3)
  for (const idx of patchIndices) {
    for (const v of idx) {
      if (used[v]! >= 0) continue
      used[v] = finalPos.length / 3
      const cull = cullOf(net.vertexBlock[split.near[v]!]!)
      const onSeam = split.positions[v * 3] === 0
      const s = snap(
        field,
        [split.positions[v * 3]!, split.positions[v * 3 + 1]!, split.positions[v * 3 + 2]!],
        cull,
        onSeam,
        g,
      )
      finalPos.push(s.p[0], s.p[1], s.p[2])
      finalNormal.push(s.n[0], s.n[1], s.n[2])
    }
  }
  const allPos = Float64Array.from(finalPos)
  const allNormal = Float32Array.from(finalNormal)
  const patches: HalfMesh[] = patchIndices.map((idx) =>
    compact(
      allPos,
      allNormal,
      idx.map((v) => used[v]!),
    ),
  )
  stage('snap and normals')

  // Deep muscles: their own fields, at least DEEP_CLEARANCE inside the skin.
  const deepHalves = deep.map(({ muscle, shape }) => {
    const mesh = meshDeep(lm, field, shape, h * DEEP_GRID_SCALE, tolerance * DEEP_TOLERANCE_SCALE)
    stage(`deep ${muscle} (${mesh.indices.length / 3} triangles)`)
    return { muscle, mesh }
  })

  // Assemble: body = left half + mirror; each muscle patch and deep mesh per side.
  const meshes: MeshData[] = []
  const mirrorJoint = mirroredJointIndex()
  const bodyHalf = patches[0]!
  const bodyL = skinned(lm, bodyHalf)
  const bodyR = mirrorSkinned(bodyL, mirrorJoint)
  meshes.push({ name: BODY_MESH_NAME, material: 'skin', ...mergeSkinned(bodyL, bodyR) })
  // Deep muscles take the weights of the skin over them (every left-half skin vertex: body and patches).
  const skinHalf = concatHalves(patches)
  const skinWeights = leftHalfWeights(lm, skinHalf)
  const muscleData = (muscle: MuscleId, half: HalfMesh, material: 'muscle' | 'deep'): void => {
    const left =
      material === 'deep'
        ? withWeights(half, weightsFromSkin(half.positions, skinHalf, skinWeights, ALL_BONES.length))
        : skinned(lm, half)
    const right = mirrorSkinned(left, mirrorJoint)
    for (const [side, data] of [
      ['L', left],
      ['R', right],
    ] as const) {
      const info = MUSCLES[muscle]
      meshes.push({
        name: meshName(muscle, side),
        material,
        ...data,
        extras: { group: info.group, muscle, side, deep: info.deep },
      })
    }
  }
  superficial.forEach((mi, slot) => muscleData(field.muscles[mi]!.muscle, patches[slot + 1]!, 'muscle'))
  for (const { muscle, mesh } of deepHalves) muscleData(muscle, mesh, 'deep')
  for (const m of meshes) if (m.indices.length === 0) throw new Error(`mesh ${m.name} came out empty`)
  // Stable node order: body first, then the domain's muscle order, L before R.
  const order = new Map<string, number>([[BODY_MESH_NAME, 0]])
  MUSCLE_IDS.forEach((id, i) => {
    order.set(meshName(id, 'L'), 1 + i * 2)
    order.set(meshName(id, 'R'), 2 + i * 2)
  })
  meshes.sort((a, b) => order.get(a.name)! - order.get(b.name)!)
  const doc = toDocument(lm, meshes)
  stage('document')
  return doc
}

/** The skin field with every superficial muscle laid on it, plus the deep muscles still to mesh. */
export function buildSkinField(lm: Landmarks): {
  field: SkinField
  /** Indices into field.muscles of the left-side superficial muscles, in table order. */
  superficial: number[]
  deep: { muscle: MuscleId; shape: BundleShape | ShellShape }[]
} {
  const k = lm.stature / STATURE
  // The body, then the superficial muscles in table order, each laid on what is already there.
  const field = new SkinField(bodyShape(lm))
  const surface: ScalarField = (x, y, z) => field.eval(x, y, z)
  const superficial: number[] = []
  const deep: { muscle: MuscleId; shape: BundleShape | ShellShape }[] = []
  const seen = new Set<MuscleId>()
  for (const { muscle, shape } of MUSCLE_SHAPES) {
    if (seen.has(muscle)) throw new Error(`muscle ${muscle} is described twice`)
    seen.add(muscle)
    if ((shape.kind !== 'relief') !== MUSCLES[muscle].deep)
      throw new Error(`${muscle}: layer disagrees with the domain`)
    if (shape.kind !== 'relief') {
      deep.push({ muscle, shape })
      continue
    }
    const left = compileRelief(muscle, lm, shape, surface)
    superficial.push(
      field.addMuscle({ muscle, side: 'L', fibres: fibresOf(left), fibreBlend: shape.fibreBlend * k }),
    )
    field.addMuscle({
      muscle,
      side: 'R',
      fibres: fibresOf(left.map(mirrorSamples)),
      fibreBlend: shape.fibreBlend * k,
    })
  }
  for (const id of MUSCLE_IDS) if (!seen.has(id)) throw new Error(`muscle ${id} has no shape in anatomy.ts`)
  return { field, superficial, deep }
}

/**
 * Culls for blocks of a grid, each derived from the cull of its superblock (4³ blocks), so the full
 * primitive list is scanned once per superblock rather than once per block.
 */
function blockCuller(
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

function snap(
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

/** Averages per-vertex vectors of `width` values with their mesh neighbours (smooths label borders). */
function smoothOverMesh(values: Float64Array, width: number, indices: Uint32Array, passes: number): void {
  const nv = values.length / width
  const sum = new Float64Array(values.length)
  const count = new Float64Array(nv)
  for (let pass = 0; pass < passes; pass++) {
    sum.set(values)
    count.fill(1)
    for (let t = 0; t < indices.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = indices[t + e]!
        const b = indices[t + ((e + 1) % 3)]!
        for (let m = 0; m < width; m++) {
          sum[a * width + m]! += values[b * width + m]!
          sum[b * width + m]! += values[a * width + m]!
        }
        count[a]! += 1
        count[b]! += 1
      }
    }
    for (let v = 0; v < nv; v++)
      for (let m = 0; m < width; m++) values[v * width + m] = sum[v * width + m]! / count[v]!
  }
}

/** Keep only the vertices an index list uses, in first-use order. */
function compact(pos: Float64Array, nrm: Float32Array, idx: Uint32Array): HalfMesh {
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

/** A deep muscle, meshed on its own grid (left side only; it never reaches the midline). */
function meshDeep(
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
  const pad = 3 * h
  const grid: GridSpec = {
    origin: [lo[0] - pad, lo[1] - pad, lo[2] - pad],
    h,
    dims: [
      Math.ceil((hi[0] - lo[0] + 2 * pad) / h) + 1,
      Math.ceil((hi[1] - lo[1] + 2 * pad) / h) + 1,
      Math.ceil((hi[2] - lo[2] + 2 * pad) / h) + 1,
    ],
    mirrorX: false,
  }
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

interface Skinned {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  joints: Uint16Array
  weights: Float32Array
}

function skinned(lm: Landmarks, half: HalfMesh): Skinned {
  const w = leftHalfWeights(lm, half.positions)
  return {
    positions: Float32Array.from(half.positions),
    normals: half.normals,
    indices: half.indices,
    joints: w.joints,
    weights: w.weights,
  }
}

function withWeights(half: HalfMesh, w: { joints: Uint16Array; weights: Float32Array }): Skinned {
  return {
    positions: Float32Array.from(half.positions),
    normals: half.normals,
    indices: half.indices,
    joints: w.joints,
    weights: w.weights,
  }
}

/** Every vertex position of several half meshes, one after another. */
function concatHalves(halves: readonly HalfMesh[]): Float64Array {
  const out = new Float64Array(halves.reduce((n, h) => n + h.positions.length, 0))
  let at = 0
  for (const h of halves) {
    out.set(h.positions, at)
    at += h.positions.length
  }
  return out
}

function mirrorSkinned(s: Skinned, mirrorJoint: Uint16Array): Skinned {
  const positions = Float32Array.from(s.positions)
  const normals = Float32Array.from(s.normals)
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]! + 0 // + 0 turns −0 into 0 so seam vertices stay bit-identical
    normals[i] = -normals[i]! + 0
  }
  const indices = new Uint32Array(s.indices.length)
  for (let t = 0; t < indices.length; t += 3) {
    indices[t] = s.indices[t]!
    indices[t + 1] = s.indices[t + 2]!
    indices[t + 2] = s.indices[t + 1]!
  }
  return {
    positions,
    normals,
    indices,
    joints: s.joints.map((j) => mirrorJoint[j]!),
    weights: Float32Array.from(s.weights),
  }
}

function mergeSkinned(a: Skinned, b: Skinned): Skinned {
  const n = a.positions.length / 3
  const cat = <T extends Float32Array | Uint16Array | Uint32Array>(
    x: T,
    y: T,
    make: (len: number) => T,
  ): T => {
    const out = make(x.length + y.length)
    out.set(x)
    out.set(y, x.length)
    return out
  }
  return {
    positions: cat(a.positions, b.positions, (l) => new Float32Array(l)),
    normals: cat(a.normals, b.normals, (l) => new Float32Array(l)),
    indices: cat(
      a.indices,
      b.indices.map((i) => i + n),
      (l) => new Uint32Array(l),
    ),
    joints: cat(a.joints, b.joints, (l) => new Uint16Array(l)),
    weights: cat(a.weights, b.weights, (l) => new Float32Array(l)),
  }
}

/** Which bone each landmark node hangs from, so landmarks follow the stride animation. */
const LANDMARK_BONE: Partial<Record<LandmarkId, string>> = {
  vertex: 'head',
  occiput: 'head',
  nasion: 'head',
  noseTip: 'head',
  chin: 'head',
  eye: 'head',
  ear: 'head',
  mastoid: 'head',
  nuchalLine: 'head',
  c7: 'neck',
  t3: 'chest',
  t7: 'chest',
  t12: 'spine',
  sternalNotch: 'chest',
  xiphoid: 'chest',
  nipple: 'chest',
  rib5: 'chest',
  rib8: 'chest',
  costalMargin: 'chest',
  rib10: 'spine',
  rib12: 'spine',
  navel: 'spine',
  lumbarL1: 'spine',
  lumbarL4: 'pelvis',
  sternoclavicular: 'clavicle',
  clavicleMid: 'clavicle',
  clavicleLateral: 'clavicle',
  acromion: 'clavicle',
  scapularSpineMid: 'clavicle',
  scapularSpineRoot: 'chest',
  scapulaInferiorAngle: 'chest',
  shoulder: 'upperarm',
  deltoidTuberosity: 'upperarm',
  elbow: 'forearm',
  lateralEpicondyleHumerus: 'upperarm',
  wrist: 'hand',
  fingertip: 'hand',
  knee: 'shin',
  patella: 'thigh',
  patellaTop: 'thigh',
  medialFemoralCondyle: 'thigh',
  lateralFemoralCondyle: 'thigh',
  tibialTuberosity: 'shin',
  medialTibialCondyle: 'shin',
  fibularHead: 'shin',
  pesAnserinus: 'shin',
  gerdyTubercle: 'shin',
  ankle: 'foot',
  medialMalleolus: 'shin',
  lateralMalleolus: 'shin',
  heel: 'foot',
  calcaneusInsertion: 'foot',
  mtp: 'toes',
  toeTip: 'toes',
  hip: 'thigh',
  greaterTrochanter: 'thigh',
  lesserTrochanter: 'thigh',
  glutealTuberosity: 'thigh',
  itTractUpper: 'thigh',
}

/** Micrometre precision keeps the JSON short (and free of float noise like 0.04375000000000018). */
function rounded(v: Vec3): [number, number, number] {
  return [Math.round(v[0] * 1e6) / 1e6, Math.round(v[1] * 1e6) / 1e6, Math.round(v[2] * 1e6) / 1e6]
}

function toDocument(lm: Landmarks, meshes: readonly MeshData[]): Document {
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'running-anatomy-explorer model generator'
  const buffer = doc.createBuffer()
  const scene = doc.createScene('scene')
  const figure = doc.createNode(FIGURE_ROOT_NAME)
  scene.addChild(figure)

  // Joints: identity rotations, translations relative to the parent joint.
  const nodes = new Map<BoneName, GltfNode>()
  // World positions as the rounded node translations add up, so the inverse bind matrices match exactly.
  const bindWorld = new Map<BoneName, Vec3>()
  for (const bone of ALL_BONES) {
    const [base, side] = bone.split('_') as [keyof typeof BONE_PARENT, Side | undefined]
    const parentBase = BONE_PARENT[base]
    const parentName = parentBase
      ? ((parentBase === 'pelvis' ||
        parentBase === 'spine' ||
        parentBase === 'chest' ||
        parentBase === 'neck' ||
        parentBase === 'head'
          ? parentBase
          : `${parentBase}_${side}`) as BoneName)
      : null
    const world = lm.joints[bone]
    const pw = parentName ? lm.joints[parentName] : ([0, 0, 0] as Vec3)
    const local = rounded([world[0] - pw[0], world[1] - pw[1], world[2] - pw[2]])
    const node = doc.createNode(bone).setTranslation(local)
    const parentWorld = parentName ? bindWorld.get(parentName)! : ([0, 0, 0] as Vec3)
    bindWorld.set(bone, [parentWorld[0] + local[0], parentWorld[1] + local[1], parentWorld[2] + local[2]])
    nodes.set(bone, node)
    if (parentName) nodes.get(parentName)!.addChild(node)
    else figure.addChild(node)
  }
  const skin = doc.createSkin('rig').setSkeleton(nodes.get('pelvis')!)
  const ibm = new Float32Array(ALL_BONES.length * 16)
  ALL_BONES.forEach((bone, i) => {
    skin.addJoint(nodes.get(bone)!)
    const w = bindWorld.get(bone)!
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -w[0], -w[1], -w[2], 1], i * 16)
  })
  skin.setInverseBindMatrices(
    doc.createAccessor('inverseBindMatrices').setType('MAT4').setArray(ibm).setBuffer(buffer),
  )

  // Landmark empties under the bone they move with.
  const addLandmark = (id: LandmarkId, side: Side | null): void => {
    const base = LANDMARK_BONE[id] ?? 'pelvis'
    const isMid =
      base === 'pelvis' || base === 'spine' || base === 'chest' || base === 'neck' || base === 'head'
    const bone = (isMid ? base : `${base}_${side ?? 'L'}`) as BoneName
    const p = lm.points[id]
    const world: Vec3 = side === 'R' ? [-p[0], p[1], p[2]] : p
    const jw = bindWorld.get(bone)!
    const name = side ? `landmark_${id}_${side}` : `landmark_${id}`
    const node = doc
      .createNode(name)
      .setTranslation(rounded([world[0] - jw[0], world[1] - jw[1], world[2] - jw[2]]))
      .setExtras({ landmark: true })
    nodes.get(bone)!.addChild(node)
  }
  for (const id of MIDLINE_LANDMARKS) addLandmark(id, null)
  for (const id of PAIRED_LANDMARKS) for (const side of ['L', 'R'] as const) addLandmark(id, side)

  const materials = {
    skin: doc
      .createMaterial(MATERIAL_NAMES.skin)
      .setBaseColorFactor([0.87, 0.72, 0.63, 1])
      .setRoughnessFactor(0.75)
      .setMetallicFactor(0),
    muscle: doc
      .createMaterial(MATERIAL_NAMES.muscle)
      .setBaseColorFactor([0.74, 0.22, 0.2, 1])
      .setRoughnessFactor(0.6)
      .setMetallicFactor(0),
    deep: doc
      .createMaterial(MATERIAL_NAMES.deep)
      .setBaseColorFactor([0.58, 0.18, 0.24, 1])
      .setRoughnessFactor(0.6)
      .setMetallicFactor(0),
  }
  for (const m of meshes) {
    const vcount = m.positions.length / 3
    const indexArray = vcount < 65536 ? Uint16Array.from(m.indices) : m.indices
    const jointArray = Uint8Array.from(m.joints)
    const prim = doc
      .createPrimitive()
      .setMaterial(materials[m.material])
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(indexArray).setBuffer(buffer))
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(m.positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(m.normals).setBuffer(buffer))
      .setAttribute('JOINTS_0', doc.createAccessor().setType('VEC4').setArray(jointArray).setBuffer(buffer))
      .setAttribute('WEIGHTS_0', doc.createAccessor().setType('VEC4').setArray(m.weights).setBuffer(buffer))
    const mesh = doc.createMesh(m.name).addPrimitive(prim)
    const node = doc.createNode(m.name).setMesh(mesh).setSkin(skin)
    if (m.extras) node.setExtras({ ...m.extras })
    figure.addChild(node)
  }
  return doc
}

/** Quantize and meshopt-compress a copy of the document and write it as GLB bytes. */
export async function writeBodyGlb(doc: Document): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const out = cloneDocument(doc).setLogger(new Logger(Logger.Verbosity.WARN))
  await out.transform(
    meshopt({
      encoder: MeshoptEncoder,
      level: 'high',
      quantizationVolume: 'scene',
      quantizePosition: 13,
      quantizeNormal: 10,
      quantizeWeight: 8,
    }),
  )
  const io = new NodeIO()
    .registerExtensions([KHRMeshQuantization, EXTMeshoptCompression])
    .registerDependencies({
      'meshopt.encoder': MeshoptEncoder,
    })
  return io.writeBinary(out)
}
