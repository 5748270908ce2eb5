import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Raycaster, Vector3, type Mesh, type SkinnedMesh } from 'three'
import {
  MUSCLES,
  STRUCTURES,
  musclesOf,
  type GroupId,
  type MuscleId,
  type StructureId,
} from '../domain/groups.ts'
import { isolatedMuscle, selectedGroup, useExplorer } from '../store/index.ts'
import type { BodyRig } from './body-rig.ts'
import { useRig } from './rig-context.ts'

/** Gap (CSS px) between a label and the next one in its column, and from the figure's middle. */
const GAP = 4
const SIDE_GAP = 28

interface Target {
  name: string
  /**
   * Both sides' meshes with the vertices the label may point at: the outer-face point nearest the mesh's middle,
   * and its front, back and outer bulges; each frame the one that faces the camera best is used.
   */
  sides: { mesh: Mesh; vertices: number[] }[]
  el: HTMLDivElement
  line: SVGLineElement
  /**
   * Per side: the candidate point last found uncovered (-1: all covered; null: not checked yet), refreshed every
   * few frames.
   */
  seen: (number | null)[]
  /** The label's size, measured once it is first shown (reading it every frame would force a layout). */
  w: number
  h: number
}

const _p = new Vector3()
const _n = new Vector3()
const _toCam = new Vector3()
const _dir = new Vector3()
const _centre = new Vector3()
const raycaster = new Raycaster()

/**
 * Where a label may point on a mesh (rest shape): the vertex nearest its middle on its outer face (its normal points
 * away from the middle), then the vertices furthest forward, back, left and right around its middle height. A sheet
 * that wraps the body (the trapezius, the deltoid's cap, the obliques) has its middle inside the curve: a single
 * point near it was often on a face that never turns to the camera, and those groups got no label at all. Without
 * bulges, only the first.
 */
function anchorVertices(mesh: Mesh, bulges: boolean): number[] {
  const pos = mesh.geometry.getAttribute('position')
  const normal = mesh.geometry.getAttribute('normal')
  mesh.geometry.computeBoundingBox()
  const box = mesh.geometry.boundingBox!
  const mid = box.getCenter(new Vector3())
  const band = (box.max.y - box.min.y) * 0.25
  const DIRS = [
    [0, 1],
    [0, -1],
    [1, 0],
    [-1, 0],
  ] as const
  let best = 0
  let bestD = Infinity
  let bestOuter = false
  let nearest = 0
  let nearestD = Infinity
  const far = DIRS.map(() => ({ at: -1, reach: -Infinity }))
  for (let i = 0; i < pos.count; i += 3) {
    _p.fromBufferAttribute(pos, i)
    _dir.copy(_p).sub(mid)
    const outer = normal ? _n.fromBufferAttribute(normal, i).dot(_dir) > 0 : true
    const d = _dir.lengthSq()
    if (d < nearestD) {
      nearestD = d
      nearest = i
    }
    if ((outer && !bestOuter) || (outer === bestOuter && d < bestD)) {
      bestD = d
      best = i
      bestOuter = outer
    }
    if (Math.abs(_dir.y) > band) continue
    DIRS.forEach(([x, z], k) => {
      const reach = _dir.x * x + _dir.z * z
      if (reach > far[k]!.reach) far[k] = { at: i, reach }
    })
  }
  if (!bulges) return [...new Set([best, nearest])]
  return [...new Set([best, nearest, ...far.filter((f) => f.at >= 0).map((f) => f.at)])]
}

function meshesOf(rig: BodyRig, id: MuscleId | StructureId): Mesh[] {
  const muscles = rig.parts.filter((p) => p.muscle === id).map((p) => p.mesh)
  return muscles.length ? muscles : (rig.structureMeshes.get(id) ?? []).map((m) => m.mesh)
}

/** Where a vertex is now (skinned, in the world). */
function worldPoint(mesh: Mesh, vertex: number, into: Vector3): Vector3 {
  const skinned = mesh as SkinnedMesh
  if (skinned.isSkinnedMesh) skinned.getVertexPosition(vertex, into)
  else into.fromBufferAttribute(mesh.geometry.getAttribute('position'), vertex)
  return into.applyMatrix4(mesh.matrixWorld)
}

/** Something solid (drawn and not faded) between the camera and the point hides it. */
function hidden(rig: BodyRig, mesh: Mesh, point: Vector3, from: Vector3): boolean {
  _dir.copy(point).sub(from)
  const far = _dir.length()
  raycaster.set(from, _dir.normalize())
  raycaster.far = far - 0.01
  for (const hit of raycaster.intersectObject(rig.root, true)) {
    const m = hit.object as Mesh
    if (m === mesh || !m.visible) continue
    const mat = m.material as { transparent?: boolean; opacity?: number; visible?: boolean }
    if (mat.visible === false || (mat.transparent && (mat.opacity ?? 1) < 0.5)) continue
    return true
  }
  return false
}

/**
 * Names on the body: each muscle and tendon of the chosen group (or the one shown alone) with a leader line,
 * as DOM over the canvas. Placed in two columns beside the figure so no two overlap, moved only when a frame is
 * drawn (the camera or the stride moved), and hidden while their part faces away or is covered.
 */
export function BodyLabels() {
  const rig = useRig()
  const canvas = useThree((s) => s.gl.domElement)
  const invalidate = useThree((s) => s.invalidate)
  const on = useExplorer((s) => s.labels)
  const selected = useExplorer(selectedGroup)
  const isolated = useExplorer(isolatedMuscle)
  const playing = useExplorer((s) => s.playing)
  const present = useExplorer((s) => s.present)
  const layer = useRef<{ root: HTMLDivElement; svg: SVGSVGElement } | null>(null)
  const targets = useRef<Target[]>([])

  // The overlay itself, made once and laid over the canvas.
  useLayoutEffect(() => {
    const parent = canvas.parentElement
    if (!parent) return
    const root = document.createElement('div')
    root.className = 'rae-labels'
    root.setAttribute('aria-hidden', 'true')
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    svg.classList.add('rae-label-lines')
    root.append(svg)
    parent.append(root)
    layer.current = { root, svg }
    return () => {
      root.remove()
      layer.current = null
    }
  }, [canvas])

  const ids = useMemo((): (MuscleId | StructureId)[] => {
    if (!on || !selected) return []
    if (isolated) return [isolated]
    const tendons = (Object.keys(STRUCTURES) as StructureId[]).filter(
      (id) => STRUCTURES[id].group === selected && STRUCTURES[id].kind === 'tendon',
    )
    return [...musclesOf(selected as GroupId).map((m) => m.id), ...tendons]
  }, [on, selected, isolated])

  // The labels of the chosen parts, rebuilt only when that choice changes.
  useEffect(() => {
    const l = layer.current
    if (!l || !rig) return
    // Nothing shown and nothing to show: no frame to ask for (a page at rest draws nothing).
    if (ids.length === 0 && targets.current.length === 0) return
    for (const t of targets.current) {
      t.el.remove()
      t.line.remove()
    }
    targets.current = ids.flatMap((id) => {
      // Muscles wrap the body and may show any side; a tendon is a narrow strip named where it is seen square
      // on (the pes anserinus, on the inner knee, must not be labelled from the front for the hamstrings).
      const bulges = id in MUSCLES
      const sides = meshesOf(rig, id).map((mesh) => ({ mesh, vertices: anchorVertices(mesh, bulges) }))
      if (sides.length === 0) return []
      const el = document.createElement('div')
      el.className = 'rae-label'
      el.dataset.part = id
      el.textContent = id in MUSCLES ? MUSCLES[id as MuscleId].name : STRUCTURES[id as StructureId].name
      el.hidden = true
      const line = document.createElementNS('http://www.w3.org/2000/svg', 'line')
      l.root.append(el)
      l.svg.append(line)
      return [{ name: id, sides, el, line, w: 0, h: 0, seen: sides.map(() => null) }]
    })
    l.root.dataset.count = String(targets.current.length)
    invalidate()
  }, [ids, rig, invalidate])

  // Presentation mode sets larger type: measure each label again and lay them out anew.
  useEffect(() => {
    if (targets.current.length === 0) return
    for (const t of targets.current) t.h = t.w = 0
    invalidate()
  }, [present, invalidate])

  // Covered-or-not is checked on every few drawn frames only: raycasting the skinned body for every label in
  // every frame of a camera move would cost more than the move.
  // Once things stop moving, one more frame checks every label, so the labels at rest are never stale.
  const frame = useRef(0)
  const settle = useRef<{ timer: number; final: boolean }>({ timer: 0, final: false })
  useEffect(() => () => window.clearTimeout(settle.current.timer), [])
  useFrame(({ camera, size }) => {
    const list = targets.current
    if (list.length === 0 || !rig || !selected) return
    const s = settle.current
    const checkCover = !playing && (s.final || frame.current++ % 4 === 0)
    window.clearTimeout(s.timer)
    if (s.final) s.final = false
    else if (!playing)
      s.timer = window.setTimeout(() => {
        s.final = true
        invalidate()
      }, 150)
    const cam = camera.position
    const placed: { t: Target; x: number; y: number; left: boolean }[] = []
    rig.frames[selected!].box.getCenter(_centre)
    _centre.project(camera)
    const cx = ((_centre.x + 1) / 2) * size.width
    for (const t of list) {
      let best: { x: number; y: number; depth: number } | null = null
      for (const [side, { mesh, vertices }] of t.sides.entries()) {
        if (!mesh.visible) continue
        // The candidate points that face the camera, the most squarely first; none: it faces away, no label.
        const facing: { vertex: number; cos: number }[] = []
        for (const vertex of vertices) {
          worldPoint(mesh, vertex, _p)
          _n.fromBufferAttribute(mesh.geometry.getAttribute('normal'), vertex).transformDirection(
            mesh.matrixWorld,
          )
          _toCam.copy(cam).sub(_p)
          const cos = _n.dot(_toCam) / _toCam.length()
          if (cos > 0) facing.push({ vertex, cos })
        }
        if (facing.length === 0) continue
        facing.sort((a, b) => b.cos - a.cos)
        // When the body is still, the first of them that nothing solid covers (a muscle half under another, say
        // the gluteus medius under the maximus, is named where it shows); all covered: no label.
        if (checkCover)
          t.seen[side] =
            facing.find((f) => !hidden(rig, mesh, worldPoint(mesh, f.vertex, _p), cam))?.vertex ?? -1
        let vertex = facing[0]!.vertex
        const seen = t.seen[side]
        if (!playing && seen != null) {
          if (seen === -1 || !facing.some((f) => f.vertex === seen)) continue
          vertex = seen
        }
        worldPoint(mesh, vertex, _p)
        _toCam.copy(cam).sub(_p)
        const depth = _toCam.length()
        _p.project(camera)
        if (Math.abs(_p.x) > 1 || Math.abs(_p.y) > 1) continue
        if (!best || depth < best.depth)
          best = { x: ((_p.x + 1) / 2) * size.width, y: ((1 - _p.y) / 2) * size.height, depth }
      }
      t.el.hidden = best === null
      t.line.style.display = best ? '' : 'none'
      if (best) placed.push({ t, x: best.x, y: best.y, left: best.x < cx })
    }
    // Two columns, each stacked top to bottom with a gap, so labels never overlap one another.
    for (const left of [true, false]) {
      const column = placed.filter((p) => p.left === left).sort((a, b) => a.y - b.y)
      let bottom = -Infinity
      for (const p of column) {
        if (p.t.h === 0) {
          p.t.w = p.t.el.offsetWidth
          p.t.h = p.t.el.offsetHeight
        }
        const { w, h } = p.t
        const top = Math.min(Math.max(p.y - h / 2, bottom + GAP, 2), size.height - h - 2)
        bottom = top + h
        const x = left
          ? Math.max(2, Math.min(p.x, cx) - SIDE_GAP - w)
          : Math.min(size.width - w - 2, Math.max(p.x, cx) + SIDE_GAP)
        p.t.el.style.transform = `translate(${Math.round(x)}px, ${Math.round(top)}px)`
        const edge = left ? x + w : x
        p.t.line.setAttribute('x1', String(Math.round(p.x)))
        p.t.line.setAttribute('y1', String(Math.round(p.y)))
        p.t.line.setAttribute('x2', String(Math.round(edge)))
        p.t.line.setAttribute('y2', String(Math.round(top + h / 2)))
      }
    }
  })

  return null
}
