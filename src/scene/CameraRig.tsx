import { useEffect, useRef } from 'react'
import { CameraControls } from '@react-three/drei'
import type { ViewId } from '../domain/groups.ts'
import { explorerStore } from '../store/index.ts'
import { useRig } from './rig-context.ts'

/** Camera azimuth for each preset; the body faces +Z and its left side is +X. */
export const VIEW_AZIMUTH: Readonly<Record<ViewId, number>> = {
  front: 0,
  back: Math.PI,
  left: Math.PI / 2,
  right: -Math.PI / 2,
}
const POLAR = Math.PI / 2 - 0.06
const FIT_PADDING = { paddingTop: 0.06, paddingBottom: 0.06, paddingLeft: 0.04, paddingRight: 0.04 }
const GROUP_PADDING = { paddingTop: 0.22, paddingBottom: 0.22, paddingLeft: 0.2, paddingRight: 0.2 }

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** Orbit controls plus the moves the app makes for the reader: presets and easing to a chosen group. */
export function CameraRig() {
  const rig = useRig()
  const controls = useRef<CameraControls>(null)

  useEffect(() => {
    const c = controls.current
    if (!c || !rig) return
    c.minDistance = 0.45
    c.maxDistance = 7
    c.minPolarAngle = 0.2
    c.maxPolarAngle = Math.PI - 0.2
    c.setBoundary(rig.bounds.clone().expandByScalar(0.1))
    c.smoothTime = 0.35

    let { selected, viewRequest } = explorerStore.getState()
    const frame = (animate: boolean, rotate: boolean) => {
      const s = explorerStore.getState()
      const move = animate && !reducedMotion()
      if (s.selected) {
        const f = rig.frames[s.selected]
        if (rotate) {
          void c.rotateTo(f.facing > 0 ? 0 : Math.PI, POLAR, move)
          s.noteView(f.facing > 0 ? 'front' : 'back')
        }
        void c.fitToBox(f.box, move, GROUP_PADDING)
      } else {
        if (rotate) void c.rotateTo(VIEW_AZIMUTH[s.view], POLAR, move)
        void c.fitToBox(rig.bounds, move, FIT_PADDING)
      }
    }
    // A link's view wins over the group's own side when both are given.
    if (selected && viewRequest > 0) {
      void c.rotateTo(VIEW_AZIMUTH[explorerStore.getState().view], POLAR, false)
      void c.fitToBox(rig.frames[selected].box, false, GROUP_PADDING)
    } else frame(false, true)

    return explorerStore.subscribe((s) => {
      if (s.viewRequest !== viewRequest) {
        viewRequest = s.viewRequest
        selected = s.selected
        void c.rotateTo(VIEW_AZIMUTH[s.view], POLAR, !reducedMotion())
        void c.fitToBox(
          s.selected ? rig.frames[s.selected].box : rig.bounds,
          !reducedMotion(),
          s.selected ? GROUP_PADDING : FIT_PADDING,
        )
      } else if (s.selected !== selected) {
        selected = s.selected
        frame(true, s.selected !== null)
      }
    })
  }, [rig])

  return <CameraControls ref={controls} makeDefault />
}
