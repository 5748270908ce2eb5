/**
 * Turns the loaded glTF into the explorer's rig: a private clone (several embeds may share one cached file),
 * one material per mesh (the cached ones are never mutated), a BVH per skinned mesh for fast picking, and
 * per-group boxes for camera framing. Plain three.js: no React, so it is unit-testable.
 */
import {
  Box3,
  Color,
  MeshStandardMaterial,
  Vector3,
  type Intersection,
  type Object3D,
  type Raycaster,
  SkinnedMesh,
  type Mesh,
  type Skeleton,
} from 'three'
import type { SkinnedMeshBVH } from 'three-mesh-bvh'
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js'
import {
  GROUP_IDS,
  parseMuscleExtras,
  parsePartExtras,
  type GroupId,
  type MuscleNodeExtras,
  type PartNodeExtras,
} from '../domain/groups.ts'
import { BODY_MESH_NAME, INNER_BODY_MESH_NAME } from '../domain/skeleton.ts'
import { withFibres } from './fibre-material.ts'
import { BONE, INNER, MARKED, OTHER_MUSCLE, TENDON, baseColorFor } from './palette.ts'
import { setRestBounds } from './rest-bounds.ts'
import { computeSmoothNormals } from './vertex-normals.ts'

export interface MusclePart extends MuscleNodeExtras {
  name: string
  mesh: Mesh
  material: MeshStandardMaterial
  baseColor: Color
}

export interface GroupFrame {
  box: Box3
  center: Vector3
  /** +1 when the group faces the front (+Z), −1 the back: where the camera should stand to see it. */
  facing: 1 | -1
}

export interface BodyRig {
  root: Object3D
  parts: MusclePart[]
  partsByName: Map<string, MusclePart>
  body: { mesh: Mesh; material: MeshStandardMaterial } | null
  /** Shared materials of the rest of the écorché, by kind (other muscles, tendon, fascia, bone, inner body). */
  tissues: Map<string, MeshStandardMaterial>
  /** Every other named structure by mesh name (hover names them; a click on a tendon opens its group). */
  structures: Map<string, PartNodeExtras>
  /** Deep structures outside the eight groups, shown with the X-ray. */
  deepTissues: Object3D[]
  /** The meshes of each structure outside the target muscles, with the shared material each normally wears. */
  structureMeshes: Map<string, { mesh: Mesh; material: MeshStandardMaterial }[]>
  /** Worn instead while a structure's card is open, so that one structure stands out. */
  marked: MeshStandardMaterial
  frames: Record<GroupId, GroupFrame>
  /** Whole-figure box, for framing the body. */
  bounds: Box3
  /** Mark skinned picking data stale after the pose changes; refitted lazily on the next pick. */
  markPoseChanged: () => void
  /** The picking indexes (a BVH per skinned mesh) made so far. */
  picking: readonly unknown[]
  /**
   * A material like the figure's (one shader program), for kit a demo puts beside the body. On the rig, not
   * imported, so the demo's chunk takes nothing of the page's own modules but the rig it is handed (importing them
   * made the bundler split the page's first load into more files).
   */
  newMaterial: typeof createMuscleMaterial
  dispose: () => void
}

/** Set on a mesh so picking can prefer deep muscles while the X-ray is on. */
export interface PickOptions {
  preferDeep: boolean
}

const _v = new Vector3()
const _n = new Vector3()

/**
 * Every material of the figure: standard, with the fibre patch (which does nothing on a mesh without fibres),
 * so the whole figure draws with one shader program and the warm-up compiles exactly that one.
 */
export function createMuscleMaterial(
  params: { color?: Color; roughness?: number; name?: string } = {},
): MeshStandardMaterial {
  return withFibres(new MeshStandardMaterial({ metalness: 0, ...params }))
}

export function prepareBodyRig(source: Object3D, pick: PickOptions): BodyRig {
  const root = cloneSkinned(source)
  shareSkeletons(source, root)
  // Bone world matrices are read for the rest bounds below.
  root.updateMatrixWorld(true)
  const parts: MusclePart[] = []
  const partsByName = new Map<string, MusclePart>()
  const bvhs: { bvh: SkinnedMeshBVH; stale: boolean }[] = []
  let body: BodyRig['body'] = null
  const tissues = new Map<string, MeshStandardMaterial>()
  const deepTissues: Object3D[] = []
  const structures = new Map<string, PartNodeExtras>()
  const structureMeshes: BodyRig['structureMeshes'] = new Map()
  const marked = createMuscleMaterial({ color: MARKED, roughness: 0.45, name: 'tissue:marked' })
  const tissue = (kind: string, color: Color, roughness: number): MeshStandardMaterial => {
    let m = tissues.get(kind)
    if (!m) {
      m = createMuscleMaterial({ color, roughness, name: `tissue:${kind}` })
      tissues.set(kind, m)
    }
    return m
  }

  root.traverse((obj) => {
    const mesh = obj as Mesh
    if (!mesh.isMesh) return
    // The écorché's structures ship without normals (smaller file); they have no seams, so smooth ones.
    if (!mesh.geometry.getAttribute('normal')) computeSmoothNormals(mesh.geometry)
    if ((mesh as SkinnedMesh).isSkinnedMesh) setRestBounds(mesh as SkinnedMesh)
    const extras = parseMuscleExtras(mesh.userData)
    const other = extras ? null : parsePartExtras(mesh.userData)
    if (other || mesh.name === INNER_BODY_MESH_NAME) {
      const kind = other ? (other.kind === 'muscle' && other.deep ? 'deep' : other.kind) : 'inner'
      mesh.material =
        kind === 'bone'
          ? tissue(kind, BONE, 0.78)
          : kind === 'tendon' || kind === 'fascia'
            ? tissue(kind, TENDON, 0.3)
            : kind === 'inner'
              ? tissue(kind, INNER, 0.8)
              : tissue(kind, OTHER_MUSCLE, 0.5)
      mesh.frustumCulled = false
      if (other?.deep) {
        mesh.visible = false
        deepTissues.push(mesh)
      }
      // The inner body takes part in picking too: a click in a gap between muscles must not pass through the
      // body to a muscle on the far side.
      if (other) {
        structures.set(mesh.name, other)
        const list = structureMeshes.get(other.muscle) ?? []
        list.push({ mesh, material: mesh.material as MeshStandardMaterial })
        structureMeshes.set(other.muscle, list)
      }
      if ((mesh as SkinnedMesh).isSkinnedMesh) attachSkinnedPicking(mesh as SkinnedMesh, null, pick, bvhs)
      else mesh.raycast = () => {}
      return
    }
    const source = mesh.material as MeshStandardMaterial
    const material = createMuscleMaterial({
      color: extras ? baseColorFor(extras.muscle) : new Color('#d8c3b1'),
      roughness: extras ? 0.5 : 0.72,
      name: `${source.name || 'material'}:${mesh.name}`,
    })
    mesh.material = material
    mesh.frustumCulled = false
    if ((mesh as SkinnedMesh).isSkinnedMesh) attachSkinnedPicking(mesh as SkinnedMesh, extras, pick, bvhs)

    if (extras) {
      const part: MusclePart = {
        ...extras,
        name: mesh.name,
        mesh,
        material,
        baseColor: material.color.clone(),
      }
      parts.push(part)
      partsByName.set(mesh.name, part)
    } else if (mesh.name === BODY_MESH_NAME) {
      body = { mesh, material }
    } else {
      // Anything else in the file is scenery: keep it out of picking.
      mesh.raycast = () => {}
    }
  })

  root.updateMatrixWorld(true)
  const frames = {} as Record<GroupId, GroupFrame>
  const bounds = new Box3().setFromObject(root)
  for (const id of GROUP_IDS)
    frames[id] = frameOf(
      parts.filter((p) => p.group === id && !p.deep),
      parts,
      id,
    )

  return {
    root,
    parts,
    partsByName,
    body,
    tissues,
    structures,
    deepTissues,
    structureMeshes,
    marked,
    frames,
    bounds,
    newMaterial: createMuscleMaterial,
    markPoseChanged: () => {
      for (const b of bvhs) b.stale = true
    },
    picking: bvhs,
    dispose: () => {
      for (const p of parts) p.material.dispose()
      ;(body as BodyRig['body'])?.material.dispose()
      for (const m of tissues.values()) m.dispose()
      marked.dispose()
    },
  }
}

/**
 * SkeletonUtils.clone gives every skinned mesh a skeleton of its own, though the file has one skin for all.
 * Rebinding the clones that shared a skeleton to one copy means one bone texture to build, upload and update
 * per frame instead of one per mesh (41 today), which the first frame and every stride frame pay for.
 */
function shareSkeletons(source: Object3D, clone: Object3D): void {
  const sourceMeshes: SkinnedMesh[] = []
  const cloneMeshes: SkinnedMesh[] = []
  source.traverse((o) => (o as SkinnedMesh).isSkinnedMesh && sourceMeshes.push(o as SkinnedMesh))
  clone.traverse((o) => (o as SkinnedMesh).isSkinnedMesh && cloneMeshes.push(o as SkinnedMesh))
  const shared = new Map<Skeleton, Skeleton>()
  sourceMeshes.forEach((from, i) => {
    const to = cloneMeshes[i]
    if (!to) return
    const first = shared.get(from.skeleton)
    if (!first) shared.set(from.skeleton, to.skeleton)
    else if (first !== to.skeleton) {
      to.skeleton.dispose()
      to.bind(first, to.bindMatrix)
    }
  })
}

/**
 * three-mesh-bvh's skinned BVH is fetched on the first pick, not with the page: until it arrives, picking uses
 * three's own skinned raycast, which is exact, only slower. Then its chunk makes the figure's indexes while the
 * page is idle (bvh.ts): made on the first click instead, they took ≈ 0.1 s of it in software WebGL.
 */
let bvhModule: typeof import('./bvh.ts') | null = null
let bvhRequested = false
function requestBvh(picked: SkinnedMesh): void {
  if (bvhRequested) return
  bvhRequested = true
  import('./bvh.ts').then(
    (m) => {
      bvhModule = m
      m.buildWhenIdle(picked)
    },
    () => (bvhRequested = false),
  )
}

function attachSkinnedPicking(
  mesh: SkinnedMesh,
  extras: MuscleNodeExtras | null,
  pick: PickOptions,
  bvhs: { bvh: SkinnedMeshBVH; stale: boolean }[],
) {
  let entry: { bvh: SkinnedMeshBVH; stale: boolean } | null = null
  mesh.raycast = function raycast(raycaster: Raycaster, intersects: Intersection[]) {
    const material = mesh.material as MeshStandardMaterial
    if (!material.visible || !mesh.visible) return
    const start = intersects.length
    if (!bvhModule) {
      requestBvh(mesh)
      SkinnedMesh.prototype.raycast.call(mesh, raycaster, intersects)
      preferDeep(intersects, start)
      return
    }
    // Built in idle time after the first pick (bvh.ts), or here if a pick comes first; refitted only when the
    // pose changed since the last pick.
    if (!entry) {
      mesh.skeleton.update()
      entry = { bvh: new bvhModule.SkinnedMeshBVH(mesh), stale: false }
      bvhs.push(entry)
    } else if (entry.stale) {
      mesh.skeleton.update()
      entry.bvh.refit()
      entry.stale = false
    }
    entry.bvh.raycastObject3D(mesh, raycaster, intersects)
    preferDeep(intersects, start)
  }
  // With the X-ray on, a deep muscle behind a faded outer one wins the pick.
  function preferDeep(intersects: Intersection[], start: number) {
    if (pick.preferDeep && extras?.deep)
      for (let i = start; i < intersects.length; i++) intersects[i]!.distance -= 10
  }
}

function frameOf(own: MusclePart[], all: MusclePart[], id: GroupId): GroupFrame {
  const box = new Box3()
  const list = own.length ? own : all.filter((p) => p.group === id)
  let facing = 0
  for (const p of list) {
    box.expandByObject(p.mesh)
    const geo = p.mesh.geometry
    const pos = geo.getAttribute('position')
    const nor = geo.getAttribute('normal')
    if (!pos || !nor) continue
    // Area-agnostic but good enough: the mean normal says which side of the body the group shows on.
    const step = Math.max(1, Math.floor(pos.count / 400))
    for (let i = 0; i < pos.count; i += step) facing += _n.fromBufferAttribute(nor, i).z
  }
  box.getCenter(_v)
  return { box, center: _v.clone(), facing: facing < 0 ? -1 : 1 }
}
