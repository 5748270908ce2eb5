import { useEffect, useMemo, useState } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { CameraControls } from '@react-three/drei'
import { Box3, Vector3, type Bone, type Object3D } from 'three'
import { shallow } from 'zustand/shallow'
import { demoActivity } from '../../domain/demo/activity.ts'
import { createDemoSolver, type DemoPose, type DemoSolver } from '../../domain/demo/solve.ts'
import type { DemoId } from '../../domain/demo/types.ts'
import { ALL_BONES, type BoneName } from '../../domain/skeleton.ts'
import { demoClock, explorerStore, renderStats, useExplorer } from '../../store/index.ts'
import type { BodyRig, MusclePart } from '../body-rig.ts'
import { useRig } from '../rig-context.ts'
import { applyGlow, setGlow, updateGlowStats } from '../stride/activity.ts'
import { restJointsOf } from '../stride/stride-rig.ts'
import { createDemoProps, type DemoProps } from './props.ts'

export type Tracks = typeof import('../../domain/demo/tracks/index.ts')
let tracks: Tracks | null = null
let tracksLoad: Promise<Tracks> | null = null

/** The tracks, fetched once for the demos and the printed plan's pictures; a failed fetch is tried again next time. */
export function loadTracks(): Promise<Tracks> {
  tracksLoad ??= import('../../domain/demo/tracks/index.ts').then(
    (m) => (tracks = m),
    (e: unknown) => {
      tracksLoad = null
      throw e
    },
  )
  return tracksLoad
}

/**
 * The demos' tracks, fetched with the first demo rather than with this chunk, which the stride shares. A failed
 * fetch closes the demo with a notice; the next "Show me" fetches again.
 */
function useTracks(): Tracks | null {
  const [loaded, setLoaded] = useState(tracks)
  useEffect(() => {
    if (loaded) return
    let live = true
    loadTracks().then(
      (m) => {
        if (live) setLoaded(m)
      },
      () => {
        const s = explorerStore.getState()
        if (live && s.demo) {
          s.closeDemo()
          s.addNotice('The exercise demonstration could not load. Check your connection and try again.')
        }
      },
    )
    return () => {
      live = false
    }
  }, [loaded])
  return loaded
}

/** A frame longer than this (a background tab) does not jump the demo ahead. */
const MAX_FRAME_SECONDS = 0.25
const PADDING = { paddingTop: 0.08, paddingBottom: 0.06, paddingLeft: 0.08, paddingRight: 0.08 }

export interface Performer {
  solver: DemoSolver
  props: DemoProps
  /** Pose the figure at a moment; returns the pose for the glow. */
  show: (seconds: number) => DemoPose
  glowOf: (part: MusclePart) => number
  restore: () => void
  box: Box3
}

/** The pelvis's rest position per figure, from the first demo bound to it (the body at rest then). */
const REST_PELVIS = new WeakMap<Object3D, Vector3>()

/** Binds one exercise's demo to the figure: bones, rest joints, props; restores the rest pose when done. */
export function perform(rig: BodyRig, id: DemoId, { demoTrackOf }: Tracks): Performer | null {
  const track = demoTrackOf(id)
  if (!track) return null
  const root = rig.root
  const bones = {} as Record<BoneName, Bone>
  for (const b of ALL_BONES) {
    const bone = root.getObjectByName(b) as Bone | undefined
    if (!bone) return null
    bones[b] = bone
  }
  const pelvis = bones.pelvis
  const parent: Object3D = pelvis.parent ?? root
  // A second "Show me" builds its demo before the first one's clean-up puts the body back (review 24 round 2):
  // solve from the rest pose (bones unturned, the pelvis where the first demo found it), never from the last pose.
  let restPelvis = REST_PELVIS.get(pelvis)
  if (!restPelvis) REST_PELVIS.set(pelvis, (restPelvis = pelvis.position.clone()))
  for (const b of ALL_BONES) bones[b].rotation.set(0, 0, 0, 'XYZ')
  pelvis.position.copy(restPelvis)
  const joints = restJointsOf(root, bones)
  const solver = createDemoSolver(track, joints)
  const props = createDemoProps(rig, track.props, bones)
  root.add(props.group)
  const world = new Vector3()
  let segment = 0
  const glowOf = (part: MusclePart) => demoActivity(track, solver.timeline, segment, part.muscle, part.side)

  const show = (seconds: number) => {
    const pose = solver.at(seconds)
    for (const b of ALL_BONES) bones[b].quaternion.copy(pose.local[b])
    // The pelvis moves in the figure's space; its parent may sit under a node that scales or turns.
    parent.worldToLocal(root.localToWorld(world.copy(pose.pelvis)))
    pelvis.position.copy(world)
    props.update(pose)
    segment = pose.segment
    return pose
  }
  // The space the whole repetition takes, with its kit, for the camera.
  const box = new Box3()
  const line = solver.timeline
  for (let i = 0; i <= 12; i++) {
    const pose = solver.at((line.total * i) / 12)
    for (const b of ALL_BONES) box.expandByPoint(pose.at[b])
    box.expandByPoint(world.copy(pose.at.head).add(new Vector3(0, 0.14, 0)))
  }
  for (const p of track.props)
    if (p.box) box.expandByPoint(new Vector3(...p.box[0])).expandByPoint(new Vector3(...p.box[1]))
  box.expandByScalar(0.08)
  root.localToWorld(box.min)
  root.localToWorld(box.max)
  return {
    solver,
    props,
    show,
    glowOf,
    box,
    restore: () => {
      for (const b of ALL_BONES) bones[b].rotation.set(0, 0, 0, 'XYZ')
      pelvis.position.copy(restPelvis)
      props.dispose()
    },
  }
}

/**
 * Performs the chosen exercise ("Show me") while a demo is open (the stage mounts it, loaded on demand): poses the
 * bones from the demo's track in useFrame (no store writes there), lights the working muscles by role, asks for the
 * next frame only while playing, frames the movement from its best side and, when the demo ends, puts the body,
 * its glow and the camera back where they were.
 */
export function DemoDriver() {
  const rig = useRig()
  const invalidate = useThree((s) => s.invalidate)
  const controls = useThree((s) => s.controls) as unknown as CameraControls | null
  const id = useExplorer((s) => s.demo)
  const tracks = useTracks()
  const performer = useMemo(() => (rig && id && tracks ? perform(rig, id, tracks) : null), [rig, id, tracks])

  // The camera: remembered when the demo opens, put back when it closes.
  useEffect(() => {
    if (!controls) return
    const target = controls.getTarget(new Vector3())
    const position = controls.getPosition(new Vector3())
    return () => {
      void controls.setLookAt(position.x, position.y, position.z, target.x, target.y, target.z, true)
    }
  }, [controls])

  // The body, its glow and the kit go back when the demo ends (or changes), not when the camera controls arrive.
  useEffect(() => {
    if (!rig || !performer) return
    return () => {
      performer.restore()
      setGlow(false)
      applyGlow(rig)
      updateGlowStats(rig)
      rig.markPoseChanged()
      invalidate()
    }
  }, [rig, performer, invalidate])

  useEffect(() => {
    if (!rig || !performer) return
    const { solver } = performer
    const track = solver.track
    if (controls) {
      void controls.rotateTo(
        (track.camera.azimuth * Math.PI) / 180,
        Math.PI / 2 - (track.camera.elevation * Math.PI) / 180,
        true,
      )
      void controls.fitToBox(performer.box, true, PADDING)
    }
    const sync = () => {
      // A fresh demo: from the start when it plays, at its hardest moment when a link holds it (`play=0`). Shown
      // at once: the immediate first call runs before the subscription listens, so it hears no echo of the seek.
      if (explorerStore.getState().demoTime === null && !explorerStore.getState().demoPlaying)
        explorerStore.getState().seekDemo(solver.timeline.hardest)
      const s = explorerStore.getState()
      if (!s.demoPlaying && s.demoTime !== null) demoClock.time = s.demoTime
      showAt(rig, performer, demoClock.time)
      invalidate()
    }
    const unsubscribe = explorerStore.subscribe((s) => [s.demoPlaying, s.demoTime], sync, {
      equalityFn: shallow,
      fireImmediately: true,
    })
    return unsubscribe
  }, [rig, performer, controls, invalidate])

  useFrame((state, delta) => {
    if (!rig || !performer) return
    const s = explorerStore.getState()
    if (!s.demoPlaying) {
      // Held: nothing asks for a frame, but any frame that is drawn (a camera move) shows the held pose, even if
      // something put the bones back meanwhile (seen as a standing body under a held `play=0` link).
      performer.show(demoClock.time)
      if (renderStats.benchStill) state.invalidate()
      return
    }
    const total = performer.solver.timeline.total
    demoClock.time = (demoClock.time + Math.min(delta, MAX_FRAME_SECONDS) * s.demoSpeed) % total
    showAt(rig, performer, demoClock.time)
    state.invalidate()
  })

  return null
}

function showAt(rig: BodyRig, performer: Performer, seconds: number) {
  performer.show(seconds)
  setGlow(true, performer.glowOf)
  applyGlow(rig)
  updateGlowStats(rig)
  rig.markPoseChanged()
}
