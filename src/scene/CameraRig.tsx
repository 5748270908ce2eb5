import { useLayoutEffect, useRef } from 'react'
import { addAfterEffect, useFrame, useThree, type RootState } from '@react-three/fiber'
import type { PerspectiveCamera } from 'three'
import { explorerStore } from '../store/index.ts'
import { prefersReducedMotion } from '../platform/motion.ts'
import { useRig } from './rig-context.ts'
import {
  CAMERA_CONTROLS_THREE,
  ORBIT_LIMITS,
  POLAR,
  VIEW_AZIMUTH,
  autoViewOf,
  framedPose,
  framingsOf,
  linkPoseOf,
  placeCamera,
  requestedViewOf,
  takenPose,
  viewOfAzimuth,
} from './camera-pose.ts'
import { cameraGesturesOn, gateCameraInput, onCameraGestures, subscribeCameraAsks } from './camera-input.ts'
import type { Handover, OrbitApp, OrbitControls } from './orbit-controls.ts'

export { VIEW_AZIMUTH, viewOfAzimuth } from './camera-pose.ts'

type Orbit = typeof import('./orbit-controls.ts')

/** What orbit-controls.ts uses of the app, handed in: its chunk imports nothing from the first-load one. */
const ORBIT_APP: OrbitApp = {
  store: explorerStore,
  prefersReducedMotion,
  ORBIT_LIMITS,
  POLAR,
  VIEW_AZIMUTH,
  autoViewOf,
  framingsOf,
  linkPoseOf,
  requestedViewOf,
  viewOfAzimuth,
  cameraGesturesOn,
  onCameraGestures,
  subscribeCameraAsks,
}

let orbitLoad: Promise<Orbit> | null = null

/**
 * camera-controls and the code that drives it (orbit-controls.ts; about 13 KiB gzipped), fetched once, on the
 * first move; a failed fetch is tried again on the next input. The chunk imports nothing but camera-controls
 * (three comes in through install, the app through ORBIT_APP), so it takes nothing shared out of the first-load
 * one.
 */
function loadOrbit(): Promise<Orbit> {
  orbitLoad ??= import('./orbit-controls.ts').then(
    (orbit) => {
      orbit.install(CAMERA_CONTROLS_THREE)
      return orbit
    },
    (error: unknown) => {
      orbitLoad = null
      throw error
    },
  )
  return orbitLoad
}

/**
 * camera-controls reports from inside its update, which runs in a frame; the store hears about it once that
 * frame is done, so no store write happens during a frame.
 */
function afterFrame(write: () => void): void {
  queueMicrotask(write)
}

/**
 * Orbit controls plus the moves the app makes for the reader: presets and easing to a chosen group. The first
 * view is placed here with plain math (camera-pose.ts); camera-controls (a chunk of its own) loads on the first
 * input or app move that needs it, and orbit-controls.ts drives it, replaying what came before.
 */
export function CameraRig() {
  const rig = useRig()
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const canvas = useThree((s) => s.gl.domElement)
  const connected: unknown = useThree((s) => s.events.connected)
  const element = connected instanceof HTMLElement ? connected : canvas
  const invalidate = useThree((s) => s.invalidate)
  const setThree = useThree((s) => s.set)
  const getThree = useThree((s) => s.get)
  const orbit = useRef<OrbitControls | null>(null)

  useFrame((_, delta) => {
    orbit.current?.controls.update(delta)
  }, -1)

  // A layout effect, so the first frame with the figure is drawn already framed: after it, nothing has changed,
  // and a page at rest draws no more. A new rig (another figure) starts over the same way, framed afresh.
  useLayoutEffect(() => {
    if (!rig) return
    let live = true
    let attached: OrbitControls | null = null
    let previous: RootState['controls'] = null
    const attach = (chunk: Orbit, handover: Handover) => {
      attached = chunk.attachOrbitControls({
        app: ORBIT_APP,
        camera,
        rig,
        canvas,
        element,
        invalidate,
        handover,
      })
      orbit.current = attached
      previous = getThree().controls
      // camera-controls has its own event dispatcher, typed apart from three's; drei stored it the same way.
      setThree({ controls: attached.controls as unknown as RootState['controls'] })
    }
    const detach = () => {
      live = false
      if (!attached) return
      attached.dispose()
      if (orbit.current === attached) orbit.current = null
      setThree({ controls: previous })
    }
    const s = explorerStore.getState()
    // Where camera-controls would start: a view given by the link wins over the side the app would choose, and a
    // link that kept the reader's own camera (`cam=`) takes that pose on top of the framing.
    const fromAzimuth = Math.atan2(camera.position.x, camera.position.z)
    const framed = framedPose(camera, framingsOf(rig)(s), requestedViewOf(rig, s), fromAzimuth)
    const readerMoved = s.cameraRequest !== null
    const pose = s.cameraRequest ? takenPose(framed, s.cameraRequest) : framed
    placeCamera(camera, pose)
    canvas.tabIndex = 0
    // The camera's motion as an attribute (orbit-controls.ts keeps it from here on), so tests and tools can wait
    // for it to come to rest instead of sleeping for a guessed time.
    if (canvas.dataset.camera !== 'rest') canvas.dataset.camera = 'rest'

    const need = () =>
      loadOrbit().then(
        (chunk) => {
          if (live && !attached) attach(chunk, handover)
        },
        // No copy of the chunk (offline before the worker cached it): the held inputs wait for the next one.
        () => {},
      )
    const handover: Handover = {
      pose,
      readerMoved,
      gate: gateCameraInput(element, canvas, need, () => void loadOrbit().catch(() => {})),
    }
    // A link that opens a demo: the demo frames its movement with the controls.
    if (s.demo) void need()
    // The lit preset and the link's camera, noted once the first frame is drawn, as camera-controls reported
    // coming to rest there.
    const offNote = addAfterEffect(() => {
      offNote()
      if (!live || attached) return
      afterFrame(() => {
        const now = explorerStore.getState()
        now.noteView(viewOfAzimuth(pose.azimuth))
        now.noteCamera(readerMoved ? linkPoseOf(pose.azimuth, pose.polar, pose.distance) : null)
      })
    })
    return () => {
      offNote()
      if (!attached) handover.gate.stop()
      detach()
    }
  }, [rig, camera, canvas, element, invalidate, setThree, getThree])

  return null
}
