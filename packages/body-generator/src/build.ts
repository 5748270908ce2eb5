/**
 * The generator, by stage: landmarks → the body under the muscles (bone and fascia) and every structure
 * laid on it, deep to superficial (fields) → the inner body and the skin over everything, each one closed
 * surface meshed on the left half and mirrored (surface.ts) → every structure meshed from its own field,
 * its buried underside dropped, with its fibre direction per vertex (layers.ts) → the deep muscles, clamped
 * inside the skin (deep.ts) → skinned to the rig and mirrored (assemble.ts) → a glTF document (gltf.ts).
 */
import type { Document } from '@gltf-transform/core'
import { MeshoptSimplifier } from 'meshoptimizer'
// The app's domain module (ids, names, the rig), by relative path as in every file here: tsx, vitest, tsc and
// vite all resolve it with no alias to keep in step, and eslint.config.js resolves it to check that the
// generator reaches into src/domain and nowhere else of the app.
import {
  MUSCLES,
  MUSCLE_IDS,
  STRUCTURE_IDS,
  meshName,
  partInfo,
  type MuscleId,
  type PartId,
} from '../../../src/domain/groups.ts'
import { ALL_BONES, BODY_MESH_NAME, INNER_BODY_MESH_NAME, STATURE } from '../../../src/domain/skeleton.ts'
import { MUSCLE_SHAPES, type BundleShape, type ReliefShape, type ShellShape } from './anatomy.ts'
import { LAYER_ORDER, STRUCTURE_SHAPES } from './anatomy-ecorche.ts'
import { compileRelief, fibresOf, mirrorSamples, type ScalarField } from './anatomy-compile.ts'
import { concatHalves, mergeSkinned, mirrorSkinned, skinned, withWeights, type Skinned } from './assemble.ts'
import { bodyShape } from './body-shape.ts'
import { meshDeep } from './deep.ts'
import type { Fibre, FibreSamples } from './fibre.ts'
import { SkinField } from './field.ts'
import { toDocument, type MaterialKey, type MeshData } from './gltf.ts'
import { computeLandmarks, type Landmarks } from './landmarks.ts'
import { meshLayer, type LayerMesh } from './layers.ts'
import { mirroredJointIndex, weightsFromSkin } from './skinning.ts'
import { compact, meshSurface, type HalfMesh } from './surface.ts'

export { MATERIAL_NAMES, writeBodyGlb } from './gltf.ts'

export interface BuildOptions {
  /** Grid spacing of the surfaces, metres (default 0.003). Coarser values give fast test builds. */
  readonly resolution?: number
  /** Absolute simplification tolerance of the structures, metres (default 0.001). */
  readonly tolerance?: number
  readonly stature?: number
  /** Progress messages (timings per stage). */
  readonly log?: (message: string) => void
}

/** The skin is a layer shown on demand over the écorché: a coarser tolerance keeps it cheap. */
const SKIN_TOLERANCE_SCALE = 1.5
const SKIN_GRID_SCALE = 5 / 3
/** The body under the muscles shows only in the gaps between them. */
const INNER_TOLERANCE_SCALE = 1
const DEEP_TOLERANCE_SCALE = 1
/**
 * Tendons, fasciae and bones a little finer than muscles. At 0.5 the file had no room left under its budget
 * for the new bones; at 0.75 it is 29 KiB smaller and their facets barely show at a knee close-up.
 */
const THIN_TOLERANCE_SCALE = 0.75
/** A structure's vertex this far inside what lies under it is hidden (its underside), metres. */
const HIDE_DEPTH = 0.0015

/** The inner body is hidden where it lies this far inside a structure, metres. */
const COVER_DEPTH = 0.002

/** How far the body under the muscles lies inside the skin's base, metres: none at the head, hands and feet. */
const INNER_INSET = 0.004

function innerInset(lm: Landmarks): (x: number, y: number, z: number) => number {
  const k = lm.stature / STATURE
  const neckTop = 1.5 * k
  const wrist = lm.points.wrist
  const fade = 0.03 * k
  const footTop = lm.points.ankle[1] - 0.01 * k
  return (x, y, z) => {
    const head = Math.min(Math.max((y - neckTop) / fade, 0), 1)
    const dw = Math.hypot(Math.abs(x) - wrist[0], y - wrist[1], z - wrist[2])
    const hand = Math.min(Math.max(1 - (dw - 0.02 * k) / fade, 0), 1)
    // The foot below the ankle: inset, its toes thinned to claws that broke into shards.
    const foot = Math.min(Math.max((footTop - y) / fade, 0), 1)
    // Beyond the wrist (further from the shoulder) is hand too.
    return (
      INNER_INSET *
      k *
      (1 - Math.max(head, foot, y < wrist[1] && Math.abs(x) > wrist[0] - 0.02 * k ? 1 : hand))
    )
  }
}

/** Spacing of the points that must all be covered before an inner-body triangle is dropped, metres. */
const COVER_SPACING = 0.004

function dist3(P: Float64Array | Float32Array, a: number, b: number): number {
  return Math.hypot(P[a * 3]! - P[b * 3]!, P[a * 3 + 1]! - P[b * 3 + 1]!, P[a * 3 + 2]! - P[b * 3 + 2]!)
}

/** The mesh less the triangles that lie wholly under structures. */
function dropCovered(half: HalfMesh, covered: (x: number, y: number, z: number) => boolean): HalfMesh {
  const P = half.positions
  const nv = P.length / 3
  const hidden = new Uint8Array(nv)
  for (let v = 0; v < nv; v++) hidden[v] = covered(P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!) ? 1 : 0
  const kept: number[] = []
  // A simplified triangle can be centimetres long: its corners can all lie under muscles while its middle
  // does not, and dropping it then leaves a hole. It is dropped only if points every few millimetres over it
  // are covered too.
  const allCovered = (a: number, b: number, c: number): boolean => {
    const edge = Math.max(dist3(P, a, b), dist3(P, b, c), dist3(P, c, a))
    const n = Math.max(1, Math.ceil(edge / COVER_SPACING))
    for (let i = 0; i <= n; i++)
      for (let j = 0; j <= n - i; j++) {
        const [u, v, w] = [i / n, j / n, (n - i - j) / n]
        const p = (o: number): number => P[a * 3 + o]! * u + P[b * 3 + o]! * v + P[c * 3 + o]! * w
        if (!covered(p(0), p(1), p(2))) return false
      }
    return true
  }
  for (let t = 0; t < half.indices.length; t += 3) {
    const [a, b, c] = [half.indices[t]!, half.indices[t + 1]!, half.indices[t + 2]!]
    if (!(hidden[a] && hidden[b] && hidden[c] && allCovered(a, b, c))) kept.push(a, b, c)
  }
  return compact(P, half.normals, Uint32Array.from(kept))
}

/** One structure laid on the surface: its left-side fibre samples, in layer order. */
export interface Layer {
  readonly id: PartId
  readonly samples: readonly FibreSamples[]
  readonly fibres: readonly Fibre[]
  readonly blend: number
}

/** A built body: its glTF document and the intermediates the tests inspect. */
export interface BuiltBody {
  readonly doc: Document
  readonly lm: Landmarks
  /** The skin field with every structure laid on it, and those layers in order (see buildSkinField). */
  readonly field: SkinField
  readonly layers: readonly Layer[]
}

export async function buildBodyDocument(opts: BuildOptions = {}): Promise<Document> {
  return (await buildBody(opts)).doc
}

/** The whole build, keeping its fields and layers: tests share one build instead of making them again. */
export async function buildBody(opts: BuildOptions = {}): Promise<BuiltBody> {
  const log = opts.log ?? (() => {})
  const t0 = performance.now()
  const stage = (name: string): void => log(`${name}: ${((performance.now() - t0) / 1000).toFixed(2)} s`)
  await MeshoptSimplifier.ready
  const stature = opts.stature ?? STATURE
  const k = stature / STATURE
  const h = opts.resolution ?? 0.003
  const tolerance = opts.tolerance ?? 0.001
  const lm = computeLandmarks(stature)

  const { field, inner, layers, deep } = buildSkinField(lm)
  stage(`fields (${layers.length} layers)`)

  const innerHalf = meshSurface(lm, inner, h, tolerance * INNER_TOLERANCE_SCALE, { lockFace: true })
  stage(`inner body (${innerHalf.indices.length / 3} half-mesh triangles)`)
  const skinHalf = meshSurface(lm, field, h * SKIN_GRID_SCALE, tolerance * SKIN_TOLERANCE_SCALE, {
    lockFace: false,
  })
  stage(`skin (${skinHalf.indices.length / 3} half-mesh triangles)`)

  // Each structure on its own grid; what lies under it is the inner body and every earlier layer drawn without
  // the X-ray. Only those may hide a structure's underside or the inner body: a deep muscle is hidden itself, so
  // what it covers must stay, or the figure has holes where the internal oblique lies.
  const shown: Fibre[] = []
  const underOf = (x: number, y: number, z: number): number => {
    let d = inner.base(x, y, z)
    for (const f of shown) {
      const dc = Math.hypot(x - f.center[0], y - f.center[1], z - f.center[2]) - f.radius
      if (dc < d) d = Math.min(d, f.dist(x, y, z))
    }
    return d
  }
  const layerMeshes: { id: PartId; mesh: LayerMesh }[] = []
  for (const layer of layers) {
    const mesh = meshLayer({
      samples: layer.samples,
      fibres: layer.fibres,
      blend: layer.blend,
      under: underOf,
      hide: HIDE_DEPTH * k,
      h,
      // Thin straps (tendons, fasciae, bony ridges) fold into slivers at the muscles' tolerance.
      tolerance: partInfo(layer.id).kind === 'muscle' ? tolerance : tolerance * THIN_TOLERANCE_SCALE,
    })
    if (mesh.indices.length === 0) throw new Error(`${layer.id} is buried: nothing of it shows`)
    layerMeshes.push({ id: layer.id, mesh })
    if (!partInfo(layer.id).deep) shown.push(...layer.fibres)
  }
  stage(`layers (${layerMeshes.reduce((n, l) => n + l.mesh.indices.length / 3, 0)} half-mesh triangles)`)

  // The inner body shows only between the structures: what they cover is dropped.
  const covered = (x: number, y: number, z: number): boolean => {
    for (const f of shown) {
      if (Math.hypot(x - f.center[0], y - f.center[1], z - f.center[2]) > f.radius) continue
      if (f.dist(x, y, z) < -COVER_DEPTH * k) return true
    }
    return false
  }
  const innerShown = dropCovered(innerHalf, covered)
  stage(`inner body shown (${innerShown.indices.length / 3} half-mesh triangles)`)

  const deepHalves = deep.map(({ muscle, shape }) => ({
    muscle,
    // Clamped inside the body under the muscles: cheaper than the skin, and inside it too.
    mesh: meshDeep(lm, inner, shape, h, tolerance * DEEP_TOLERANCE_SCALE),
  }))
  stage('deep muscles')

  // Assemble: the two whole surfaces, then every structure per side.
  const meshes: MeshData[] = []
  const mirrorJoint = mirroredJointIndex()
  const whole = (half: HalfMesh): Skinned => {
    const left = skinned(lm, half)
    return mergeSkinned(left, mirrorSkinned(left, mirrorJoint))
  }
  meshes.push({ name: BODY_MESH_NAME, material: 'skin', ...whole(skinHalf) })
  meshes.push({ name: INNER_BODY_MESH_NAME, material: 'inner', ...whole(innerShown) })
  const push = (id: PartId, left: Skinned, material: MaterialKey, fibre: Float32Array | null): void => {
    const info = partInfo(id)
    const right = mirrorSkinned(left, mirrorJoint)
    for (const [side, data] of [
      ['L', left],
      ['R', right],
    ] as const) {
      let f: Float32Array | undefined
      if (fibre) {
        f = Float32Array.from(fibre)
        if (side === 'R') for (let i = 0; i < f.length; i += 3) f[i] = -f[i]! + 0
      }
      meshes.push({
        name: meshName(id, side),
        material,
        ...data,
        ...(f ? { fibre: f } : {}),
        extras: { group: info.group, muscle: id, side, deep: info.deep, kind: info.kind },
      })
    }
  }
  for (const { id, mesh } of layerMeshes) {
    const info = partInfo(id)
    const material: MaterialKey =
      info.kind === 'muscle' ? (info.deep ? 'deep' : 'muscle') : info.kind === 'bone' ? 'bone' : info.kind
    push(id, skinned(lm, mesh), material, info.kind === 'muscle' ? mesh.fibre : null)
  }
  // Deep muscles take the weights of the skin over them.
  const skinLeft = skinned(lm, skinHalf)
  const skinPositions = concatHalves([skinHalf])
  for (const { muscle, mesh } of deepHalves) {
    const w = weightsFromSkin(mesh.positions, skinPositions, skinLeft, ALL_BONES.length)
    push(muscle, withWeights(mesh, w), 'deep', null)
  }
  for (const m of meshes) if (m.indices.length === 0) throw new Error(`mesh ${m.name} came out empty`)
  // Stable node order: skin, inner body, the domain's muscles, then the other structures; L before R.
  const order = new Map<string, number>([
    [BODY_MESH_NAME, 0],
    [INNER_BODY_MESH_NAME, 1],
  ])
  ;[...MUSCLE_IDS, ...STRUCTURE_IDS].forEach((id, i) => {
    order.set(meshName(id, 'L'), 2 + i * 2)
    order.set(meshName(id, 'R'), 3 + i * 2)
  })
  meshes.sort((a, b) => order.get(a.name)! - order.get(b.name)!)
  const doc = toDocument(lm, meshes)
  stage('document')
  return { doc, lm, field, layers }
}

/**
 * The skin field (the body with every structure laid on it, in layer order), the inner body under them,
 * the layers' fibres, and the deep muscles still to mesh.
 */
export function buildSkinField(lm: Landmarks): {
  field: SkinField
  inner: SkinField
  layers: Layer[]
  deep: { muscle: MuscleId; shape: BundleShape | ShellShape }[]
} {
  const k = lm.stature / STATURE
  const shapes = new Map<PartId, ReliefShape>()
  const deep: { muscle: MuscleId; shape: BundleShape | ShellShape }[] = []
  for (const { muscle, shape } of MUSCLE_SHAPES) {
    if (shapes.has(muscle) || deep.some((d) => d.muscle === muscle))
      throw new Error(`muscle ${muscle} is described twice`)
    if ((shape.kind !== 'relief') !== MUSCLES[muscle].deep)
      throw new Error(`${muscle}: layer disagrees with the domain`)
    if (shape.kind === 'relief') shapes.set(muscle, shape)
    else deep.push({ muscle, shape })
  }
  for (const { id, shape } of STRUCTURE_SHAPES) {
    if (shapes.has(id)) throw new Error(`structure ${id} is described twice`)
    shapes.set(id, shape)
  }
  const field = new SkinField(bodyShape(lm))
  const inner = new SkinField(bodyShape(lm), innerInset(lm))
  const surface: ScalarField = (x, y, z) => field.eval(x, y, z)
  const layers: Layer[] = []
  const seen = new Set<PartId>()
  for (const id of LAYER_ORDER) {
    const shape = shapes.get(id)
    if (!shape) throw new Error(`layer ${id} has no relief shape`)
    if (seen.has(id)) throw new Error(`layer ${id} is listed twice`)
    seen.add(id)
    const left = compileRelief(id, lm, shape, surface)
    const fibres = fibresOf(left)
    const blend = shape.fibreBlend * k
    // A deep layer (rhomboids, internal oblique) is seen only through the X-ray: it does not lift the
    // layers over it, which keep the shape they have on the body.
    if (!partInfo(id).deep) {
      field.addMuscle({ id, side: 'L', fibres, fibreBlend: blend })
      field.addMuscle({ id, side: 'R', fibres: fibresOf(left.map(mirrorSamples)), fibreBlend: blend })
    }
    layers.push({ id, samples: left, fibres, blend })
  }
  for (const id of shapes.keys()) if (!seen.has(id)) throw new Error(`${id} is missing from LAYER_ORDER`)
  for (const id of MUSCLE_IDS)
    if (!seen.has(id) && !deep.some((d) => d.muscle === id))
      throw new Error(`muscle ${id} has no shape in anatomy.ts`)
  return { field, inner, layers, deep }
}
