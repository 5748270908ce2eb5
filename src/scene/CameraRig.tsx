import { useLayoutEffect, useRef } from 'react'
import { addAfterEffect, useFrame, useThree, type RootState } from '@react-three/fiber'
import type { PerspectiveCamera } from 'three'
import { explorerStore } from '../store/index.ts'
import { useRig } from './rig-context.ts'
import {
  framedPose,
  framingsOf,
  linkPoseOf,
  placeCamera,
  requestedViewOf,
  takenPose,
  viewOfAzimuth,
} from './camera-pose.ts'
import { gateCameraInput } from './camera-input.ts'
import { CAMERA_CONTROLS_THREE } from './camera-pose.ts'
import {
  attachOrbitControls,
  type CameraControlsClass,
  type Handover,
  type OrbitControls,
} from './orbit-controls.ts'

export { VIEW_AZIMUTH, viewOfAzimuth } from './camera-pose.ts'

let controlsLoad: Promise<CameraControlsClass> | null = null

/**
 * camera-controls (about 12 KiB gzipped), fetched once, on the first move; a failed fetch is tried again on the
 * next input. It imports nothing itself (three comes in through install), so its chunk takes nothing shared out
 * of the first-load one.
 */
function loadCameraControls(): Promise<CameraControlsClass> {
  controlsLoad ??= import('camera-controls').then(
    ({ default: Controls }) => {
      Controls.install({ THREE: CAMERA_CONTROLS_THREE })
      return Controls
    },
    (error: unknown) => {
      controlsLoad = null
      throw error
    },
  )
  return controlsLoad
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
    const attach = (Controls: CameraControlsClass, handover: Handover) => {
      attached = attachOrbitControls({ Controls, camera, rig, canvas, element, invalidate, handover })
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

    const handover: Handover = {
      pose,
      readerMoved,
      gate: gateCameraInput(
        element,
        canvas,
        () => {
          loadCameraControls().then(
            (Controls) => {
              if (live && !attached) attach(Controls, handover)
            },
            // No copy of the chunk (offline before the worker cached it): the held inputs wait for the next one.
            () => {},
          )
        },
        () => void loadCameraControls().catch(() => {}),
      ),
    }
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
