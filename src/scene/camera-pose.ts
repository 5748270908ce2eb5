import {
  Box3,
  MathUtils,
  Matrix4,
  Quaternion,
  Raycaster,
  Sphere,
  Spherical,
  Vector2,
  Vector3,
  Vector4,
  type PerspectiveCamera,
} from 'three'
import type { ViewId } from '../domain/groups.ts'
import type { CameraPose } from '../domain/links.ts'
import { selectedGroup, type ExplorerState } from '../store/index.ts'
import type { BodyRig } from './body-rig.ts'

// Where the camera goes, as plain math: the first view is placed with this alone, and camera-controls (about
// 12 KiB gzipped) loads only when the reader or the app first moves the camera. tests/unit/scene/camera-pose
// checks every framing here against camera-controls' own fitToBox and rotateTo.

/**
 * The parts of three camera-controls uses, as drei's CameraControls installs them (for tree-shaking); handed over
 * from here, so the lazy chunk takes three from the first-load bundle instead of sharing it out anew.
 */
export const CAMERA_CONTROLS_THREE = {
  Box3,
  MathUtils: { clamp: MathUtils.clamp },
  Matrix4,
  Quaternion,
  Raycaster,
  Sphere,
  Spherical,
  Vector2,
  Vector3,
  Vector4,
}

/** Camera azimuth for each preset; the body faces +Z and its left side is +X. */
export const VIEW_AZIMUTH: Readonly<Record<ViewId, number>> = {
  front: 0,
  back: Math.PI,
  left: Math.PI / 2,
  right: -Math.PI / 2,
}
/** Within this of a preset's azimuth (about 8°), the camera counts as on that preset. */
const ON_PRESET = 0.15
export const POLAR = Math.PI / 2 - 0.06

/** The orbit's limits (camera-controls' minDistance, maxDistance, minPolarAngle, maxPolarAngle). */
export const ORBIT_LIMITS = {
  minDistance: 0.45,
  maxDistance: 7,
  minPolarAngle: 0.2,
  maxPolarAngle: Math.PI - 0.2,
} as const

export interface Padding {
  paddingTop: number
  paddingBottom: number
  paddingLeft: number
  paddingRight: number
}
export const FIT_PADDING: Padding = {
  paddingTop: 0.06,
  paddingBottom: 0.06,
  paddingLeft: 0.04,
  paddingRight: 0.04,
}
export const GROUP_PADDING: Padding = {
  paddingTop: 0.22,
  paddingBottom: 0.22,
  paddingLeft: 0.2,
  paddingRight: 0.2,
}

/** The preset the camera is on, or null between presets (turned by a drag or the arrow keys). */
export function viewOfAzimuth(azimuth: number): ViewId | null {
  const a = Math.atan2(Math.sin(azimuth), Math.cos(azimuth))
  for (const view of Object.keys(VIEW_AZIMUTH) as ViewId[]) {
    const d = Math.atan2(Math.sin(a - VIEW_AZIMUTH[view]), Math.cos(a - VIEW_AZIMUTH[view]))
    if (Math.abs(d) < ON_PRESET) return view
  }
  return null
}

/** The camera as a link keeps it: degrees round the body and up, metres away. */
export function linkPoseOf(azimuth: number, polar: number, distance: number): CameraPose {
  const deg = (r: number) => (Math.atan2(Math.sin(r), Math.cos(r)) * 180) / Math.PI
  return {
    azimuth: Math.round(deg(azimuth)),
    elevation: Math.round(90 - (polar * 180) / Math.PI),
    distance: Math.round(distance * 100) / 100,
  }
}

/** What the camera frames and how tightly, for the store's state. */
export interface Framing {
  box: Box3
  padding: Padding
}

/** The framings of one rig: running, the limbs swing well beyond the standing figure's box. */
export function framingsOf(rig: BodyRig): (s: ExplorerState) => Framing {
  const running = rig.bounds.clone().expandByVector(new Vector3(0.12, 0.06, 0.45))
  return (s) => {
    const group = selectedGroup(s)
    if (s.stride) return { box: running, padding: FIT_PADDING }
    return group
      ? { box: rig.frames[group].box, padding: GROUP_PADDING }
      : { box: rig.bounds, padding: FIT_PADDING }
  }
}

/** Where the camera goes when the app, not the reader, picks the side. */
export function autoViewOf(rig: BodyRig, s: ExplorerState): ViewId | null {
  // The stride reads best from the side; a group faces the camera from its own side of the body.
  if (s.stride) return s.view === 'left' || s.view === 'right' ? null : 'right'
  const group = selectedGroup(s)
  if (group) return rig.frames[group].facing > 0 ? 'front' : 'back'
  return null
}

/** The side the camera shows when the page opens, or on a new view request: a view the link gave wins. */
export function requestedViewOf(rig: BodyRig, s: ExplorerState): ViewId | null {
  return (s.viewChosen ? s.view : autoViewOf(rig, s)) ?? s.view
}

/** A camera on its orbit: the point it looks at, and its angles and distance from it. */
export interface OrbitPose {
  target: Vector3
  azimuth: number
  polar: number
  distance: number
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v))
const roundToStep = (v: number, step: number) => Math.round(v / step) * step
const EPS = 1e-6
const AXIS_Y = new Vector3(0, 1, 0)
const AXIS_Z = new Vector3(0, 0, 1)

/**
 * camera-controls' `rotateTo(azimuth, POLAR)` then `fitToBox(box, padding)` from `azimuth` (null: the side the
 * camera is on), for a perspective camera with y up: fitToBox turns to the nearest axis, frames the box's
 * outline as seen from there, and looks at its centre.
 */
export function framedPose(
  camera: PerspectiveCamera,
  { box, padding }: Framing,
  view: ViewId | null,
  fromAzimuth: number,
): OrbitPose {
  const azimuth = roundToStep(view ? VIEW_AZIMUTH[view] : fromAzimuth, Math.PI / 2)
  const polar = roundToStep(clamp(POLAR, ORBIT_LIMITS.minPolarAngle, ORBIT_LIMITS.maxPolarAngle), Math.PI / 2)
  const normal = new Vector3().setFromSpherical(new Spherical(1, polar, azimuth)).normalize()
  const rotation = new Quaternion().setFromUnitVectors(normal, AXIS_Z)
  const fromPole = Math.abs(Math.abs(normal.y) - 1) < EPS
  const spin = new Quaternion().setFromAxisAngle(AXIS_Y, azimuth)
  if (fromPole) rotation.multiply(spin)
  // The box's eight corners as the camera sees them, then the padding on screen.
  const seen = new Box3()
  const corner = new Vector3()
  for (const x of [box.min.x, box.max.x])
    for (const y of [box.min.y, box.max.y])
      for (const z of [box.min.z, box.max.z])
        seen.expandByPoint(corner.set(x, y, z).applyQuaternion(rotation))
  seen.min.x -= padding.paddingLeft
  seen.min.y -= padding.paddingBottom
  seen.max.x += padding.paddingRight
  seen.max.y += padding.paddingTop
  rotation.setFromUnitVectors(AXIS_Z, normal)
  if (fromPole) rotation.premultiply(spin.invert())
  const size = seen.getSize(new Vector3())
  const target = seen.getCenter(new Vector3()).applyQuaternion(rotation)
  const fov = (camera.getEffectiveFOV() * Math.PI) / 180
  const heightToFit = size.x / size.y < camera.aspect ? size.y : size.x / camera.aspect
  const distance = (heightToFit * 0.5) / Math.tan(fov * 0.5) + size.z * 0.5
  return {
    target,
    azimuth,
    polar: clamp(polar, EPS, Math.PI - EPS),
    distance: clamp(distance, ORBIT_LIMITS.minDistance, ORBIT_LIMITS.maxDistance),
  }
}

/** camera-controls' `rotateTo` and `dollyTo` for a pose a link kept (`cam=`), on top of a framing. */
export function takenPose(framed: OrbitPose, pose: CameraPose): OrbitPose {
  const polar = Math.PI / 2 - (pose.elevation * Math.PI) / 180
  return {
    target: framed.target.clone(),
    azimuth: (pose.azimuth * Math.PI) / 180,
    polar: clamp(clamp(polar, ORBIT_LIMITS.minPolarAngle, ORBIT_LIMITS.maxPolarAngle), EPS, Math.PI - EPS),
    distance: clamp(pose.distance, ORBIT_LIMITS.minDistance, ORBIT_LIMITS.maxDistance),
  }
}

/** The camera on that pose, looking at its target, as camera-controls' update leaves it. */
export function placeCamera(camera: PerspectiveCamera, pose: OrbitPose): void {
  camera.position.setFromSpherical(new Spherical(pose.distance, pose.polar, pose.azimuth)).add(pose.target)
  camera.lookAt(pose.target)
  camera.updateMatrixWorld()
}
