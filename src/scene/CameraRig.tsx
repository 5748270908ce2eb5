import { useLayoutEffect, useRef } from 'react'
import { useThree, type RootState } from '@react-three/fiber'
import { CameraControls } from '@react-three/drei'
import { shallow } from 'zustand/shallow'
import type { ViewId } from '../domain/groups.ts'
import type { CameraPose } from '../domain/links.ts'
import { Vector3 } from 'three'
import { explorerStore, selectedGroup, tourOf, type ExplorerState } from '../store/index.ts'
import { prefersReducedMotion } from '../platform/motion.ts'
import { useRig } from './rig-context.ts'

/** Camera azimuth for each preset; the body faces +Z and its left side is +X. */
export const VIEW_AZIMUTH: Readonly<Record<ViewId, number>> = {
  front: 0,
  back: Math.PI,
  left: Math.PI / 2,
  right: -Math.PI / 2,
}
/** Within this of a preset's azimuth (about 8°), the camera counts as on that preset. */
const ON_PRESET = 0.15
const POLAR = Math.PI / 2 - 0.06

/** The preset the camera is on, or null between presets (turned by a drag or the arrow keys). */
export function viewOfAzimuth(azimuth: number): ViewId | null {
  const a = Math.atan2(Math.sin(azimuth), Math.cos(azimuth))
  for (const view of Object.keys(VIEW_AZIMUTH) as ViewId[]) {
    const d = Math.atan2(Math.sin(a - VIEW_AZIMUTH[view]), Math.cos(a - VIEW_AZIMUTH[view]))
    if (Math.abs(d) < ON_PRESET) return view
  }
  return null
}

/**
 * camera-controls reports from inside its update, which runs in a frame; the store hears about it once that
 * frame is done, so no store write happens during a frame.
 */
function afterFrame(write: () => void): void {
  queueMicrotask(write)
}
const FIT_PADDING = { paddingTop: 0.06, paddingBottom: 0.06, paddingLeft: 0.04, paddingRight: 0.04 }
const GROUP_PADDING = { paddingTop: 0.22, paddingBottom: 0.22, paddingLeft: 0.2, paddingRight: 0.2 }

/** The camera as a link keeps it: degrees round the body and up, metres away. */
function poseOf(c: CameraControls): CameraPose {
  const deg = (r: number) => (Math.atan2(Math.sin(r), Math.cos(r)) * 180) / Math.PI
  return {
    azimuth: Math.round(deg(c.azimuthAngle)),
    elevation: Math.round(90 - (c.polarAngle * 180) / Math.PI),
    distance: Math.round(c.distance * 100) / 100,
  }
}

/** Orbit controls plus the moves the app makes for the reader: presets and easing to a chosen group. */
export function CameraRig() {
  const rig = useRig()
  const controls = useRef<CameraControls>(null)
  const canvas = useThree((s) => s.gl.domElement)
  const setThree = useThree((s) => s.set)
  const getThree = useThree((s) => s.get)

  // Layout effects, so the first frame with the figure is drawn already framed: after it, nothing has changed,
  // and a page at rest draws no more. (drei's makeDefault registers the controls in a passive effect, which
  // can land after that frame and ask for another; this registers them here instead.)
  useLayoutEffect(() => {
    const c = controls.current
    if (!c) return
    const previous = getThree().controls
    // camera-controls has its own event dispatcher, typed apart from three's; drei stores it the same way.
    setThree({ controls: c as unknown as RootState['controls'] })
    return () => setThree({ controls: previous })
  }, [setThree, getThree])

  useLayoutEffect(() => {
    const c = controls.current
    if (!c || !rig) return
    c.minDistance = 0.45
    c.maxDistance = 7
    c.minPolarAngle = 0.2
    c.maxPolarAngle = Math.PI - 0.2
    c.setBoundary(rig.bounds.clone().expandByScalar(0.1))
    c.smoothTime = 0.35

    // Running, the limbs swing well beyond the standing figure's box: frame the whole stride instead.
    const running = rig.bounds.clone().expandByVector(new Vector3(0.12, 0.06, 0.45))
    const boxOf = (s: ExplorerState) => {
      const group = selectedGroup(s)
      return s.stride ? running : group ? rig.frames[group].box : rig.bounds
    }
    const paddingOf = (s: ExplorerState) => (selectedGroup(s) && !s.stride ? GROUP_PADDING : FIT_PADDING)
    // Whether the reader turned or zoomed the camera themselves since the app last placed it: only then does
    // the link keep the exact pose (`cam=`); a preset or a chosen group is enough to say where it is otherwise.
    let readerMoved = false
    const show = (s: ExplorerState, view: ViewId | null, animate: boolean) => {
      readerMoved = false
      const move = animate && !prefersReducedMotion()
      if (view) void c.rotateTo(VIEW_AZIMUTH[view], POLAR, move)
      void c.fitToBox(boxOf(s), move, paddingOf(s))
    }
    /** Where the camera goes when the app, not the reader, picks the side. */
    const autoView = (s: ExplorerState): ViewId | null => {
      // The stride reads best from the side; a group faces the camera from its own side of the body.
      if (s.stride) return s.view === 'left' || s.view === 'right' ? null : 'right'
      const group = selectedGroup(s)
      if (group) return rig.frames[group].facing > 0 ? 'front' : 'back'
      return null
    }

    // The keyboard turns the body too: arrows orbit, + and - move closer or further, Home re-frames.
    const onKey = (event: KeyboardEvent) => {
      const move = !prefersReducedMotion()
      const step = event.shiftKey ? Math.PI / 4 : Math.PI / 12
      const k = event.key
      // In a tour, Left and Right step it (TourPanel, on the document) even after a click on the body.
      if ((k === 'ArrowLeft' || k === 'ArrowRight') && tourOf(explorerStore.getState()) !== null) return
      if (k === 'ArrowLeft') void c.rotate(step, 0, move)
      else if (k === 'ArrowRight') void c.rotate(-step, 0, move)
      else if (k === 'ArrowUp') void c.rotate(0, -step / 2, move)
      else if (k === 'ArrowDown') void c.rotate(0, step / 2, move)
      else if (k === '+' || k === '=') void c.dolly(c.distance * 0.15, move)
      else if (k === '-' || k === '_') void c.dolly(-c.distance * 0.15, move)
      else if (k === 'Home') {
        const s = explorerStore.getState()
        show(s, s.view ?? autoView(s) ?? 'front', true)
        event.preventDefault()
        return
      } else return
      readerMoved = true
      event.preventDefault()
    }
    canvas.tabIndex = 0
    canvas.addEventListener('keydown', onKey)

    /** A camera pose a link kept (`cam=`), taken on top of the framing. */
    const take = (pose: CameraPose, animate: boolean) => {
      const move = animate && !prefersReducedMotion()
      void c.rotateTo((pose.azimuth * Math.PI) / 180, Math.PI / 2 - (pose.elevation * Math.PI) / 180, move)
      void c.dollyTo(pose.distance, move)
      readerMoved = true
    }

    const last = explorerStore.getState()
    // A view given by the link wins over the side the app would choose.
    show(last, (last.viewChosen ? last.view : autoView(last)) ?? last.view, false)
    // A link that kept the reader's own camera (`cam=`) takes that pose once, on top of the framing.
    if (last.cameraRequest) take(last.cameraRequest, false)
    // Settle that pose now, outside a frame: applied inside the first frame, it would ask for a second one, drawn
    // after the page is ready and with nothing changed.
    c.update(0)
    // The camera's motion as an attribute, so tests and tools can wait for it to come to rest instead of sleeping
    // for a guessed time. Not state: it changes when a move starts and ends, never per frame. A move can begin
    // before the last one slept (no new wake then), so a transition or a drag also counts as moving.
    const motion = (now: 'moving' | 'rest') => {
      if (canvas.dataset.camera !== now) canvas.dataset.camera = now
    }
    const onMove = () => motion('moving')
    motion('rest')

    const unsubscribe = explorerStore.subscribe(
      (s) => ({
        viewRequest: s.viewRequest,
        stride: s.stride,
        selected: selectedGroup(s),
        cameraRequest: s.cameraRequest,
      }),
      (now, prev) => {
        const s = explorerStore.getState()
        if (now.viewRequest !== prev.viewRequest)
          show(s, (s.viewChosen ? s.view : autoView(s)) ?? s.view, true)
        else if (now.stride !== prev.stride) show(s, now.stride ? autoView(s) : null, true)
        // While running, a chosen group glows and its panel explains it: the camera keeps the whole stride.
        else if (now.selected !== prev.selected && !now.stride) show(s, autoView(s), true)
        // Back or Forward to a link that kept a camera pose.
        if (now.cameraRequest !== prev.cameraRequest && now.cameraRequest) take(now.cameraRequest, true)
      },
      { equalityFn: shallow },
    )

    // The lit preset follows where the camera came to rest, whoever turned it (a preset, a group, a drag,
    // the arrow keys); the hover tag goes as soon as the body moves under a still pointer.
    const onRest = () => {
      motion('rest')
      afterFrame(() => {
        const s = explorerStore.getState()
        s.noteView(viewOfAzimuth(c.azimuthAngle))
        s.noteCamera(readerMoved ? poseOf(c) : null)
      })
    }
    const onControlStart = () => {
      readerMoved = true
    }
    const onWake = () => {
      motion('moving')
      afterFrame(() => explorerStore.getState().setHovered(null))
    }
    // A key, a preset or a link can start a move while the controls are still settling from the last one (after
    // 'rest', before 'sleep'): no wake comes then, so the start of the move itself takes the tag away.
    const onTransition = () => {
      onWake()
    }
    c.addEventListener('rest', onRest)
    c.addEventListener('sleep', onRest)
    c.addEventListener('wake', onWake)
    c.addEventListener('controlstart', onControlStart)
    c.addEventListener('transitionstart', onTransition)
    c.addEventListener('control', onMove)
    return () => {
      c.removeEventListener('controlstart', onControlStart)
      c.removeEventListener('transitionstart', onTransition)
      c.removeEventListener('control', onMove)
      unsubscribe()
      c.removeEventListener('rest', onRest)
      c.removeEventListener('sleep', onRest)
      c.removeEventListener('wake', onWake)
      canvas.removeEventListener('keydown', onKey)
    }
  }, [rig, canvas])

  return <CameraControls ref={controls} />
}
