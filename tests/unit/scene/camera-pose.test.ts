// The first view is placed without camera-controls (it loads on the first move): the pose placed must be the one
// camera-controls itself would give, for every way the page can open, or the first drag would start with a jump.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import CameraControls from 'camera-controls'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { GROUP_IDS, type ViewId } from '../../../src/domain/groups.ts'
import type { CameraPose } from '../../../src/domain/links.ts'
import { parseBodyGlb } from '../../../src/scene/glb.ts'
import { prepareBodyRig } from '../../../src/scene/body-rig.ts'
import {
  FIT_PADDING,
  GROUP_PADDING,
  ORBIT_LIMITS,
  POLAR,
  VIEW_AZIMUTH,
  framedPose,
  placeCamera,
  takenPose,
  type Framing,
} from '../../../src/scene/camera-pose.ts'

CameraControls.install({ THREE })
// camera-controls keeps its element's rectangle in a DOMRect, which node lacks; no element is involved here.
globalThis.DOMRect ??= class {
  constructor(
    public x = 0,
    public y = 0,
    public width = 0,
    public height = 0,
  ) {}
} as unknown as typeof DOMRect

const file = readFileSync(new URL('../../../public/models/body.glb', import.meta.url))
const VIEWS = Object.keys(VIEW_AZIMUTH) as ViewId[]
const ASPECTS = [16 / 9, 1, 390 / 500]

function camera(aspect: number): THREE.PerspectiveCamera {
  const c = new THREE.PerspectiveCamera(30, aspect, 0.05, 40)
  c.position.set(0, 1, 4)
  c.updateMatrixWorld()
  return c
}

/** What CameraRig did with camera-controls before it loaded lazily: limits, boundary, rotateTo, fitToBox, cam=. */
function withControls(aspect: number, bounds: THREE.Box3, framing: Framing, view: ViewId, cam?: CameraPose) {
  const c = camera(aspect)
  const controls = new CameraControls(c)
  Object.assign(controls, ORBIT_LIMITS)
  controls.setBoundary(bounds.clone().expandByScalar(0.1))
  void controls.rotateTo(VIEW_AZIMUTH[view], POLAR, false)
  void controls.fitToBox(framing.box, false, framing.padding)
  if (cam) {
    void controls.rotateTo(
      (cam.azimuth * Math.PI) / 180,
      Math.PI / 2 - (cam.elevation * Math.PI) / 180,
      false,
    )
    void controls.dollyTo(cam.distance, false)
  }
  controls.update(0)
  c.updateMatrixWorld()
  return c
}

function ours(aspect: number, framing: Framing, view: ViewId, cam?: CameraPose) {
  const c = camera(aspect)
  const framed = framedPose(c, framing, view, 0)
  placeCamera(c, cam ? takenPose(framed, cam) : framed)
  return c
}

function expectSame(a: THREE.PerspectiveCamera, b: THREE.PerspectiveCamera, what: string) {
  for (let i = 0; i < 16; i++)
    expect(Math.abs(a.matrixWorld.elements[i]! - b.matrixWorld.elements[i]!), what).toBeLessThan(1e-3)
}

describe('the start pose is the one camera-controls gives', async () => {
  const source = await parseBodyGlb(
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    MeshoptDecoder,
  )
  const rig = prepareBodyRig(source, { preferDeep: false })
  const running = rig.bounds.clone().expandByVector(new THREE.Vector3(0.12, 0.06, 0.45))
  const framings: [string, Framing][] = [
    ['the whole body', { box: rig.bounds, padding: FIT_PADDING }],
    ['the stride', { box: running, padding: FIT_PADDING }],
    ...GROUP_IDS.map((id): [string, Framing] => [id, { box: rig.frames[id].box, padding: GROUP_PADDING }]),
  ]

  it('for every view of every framing, at every stage shape', () => {
    for (const aspect of ASPECTS)
      for (const [name, framing] of framings)
        for (const view of VIEWS)
          expectSame(
            ours(aspect, framing, view),
            withControls(aspect, rig.bounds, framing, view),
            `${name} ${view}`,
          )
  })

  it('for a pose a link kept (cam=), limits included', () => {
    const poses: CameraPose[] = [
      { azimuth: -35, elevation: 12, distance: 2.4 },
      { azimuth: 170, elevation: -40, distance: 1.1 },
      { azimuth: 90, elevation: 85, distance: 0.2 },
      { azimuth: 0, elevation: -89, distance: 12 },
    ]
    for (const aspect of ASPECTS)
      for (const cam of poses)
        for (const [name, framing] of framings.slice(0, 3))
          expectSame(
            ours(aspect, framing, 'back', cam),
            withControls(aspect, rig.bounds, framing, 'back', cam),
            `${name} ${JSON.stringify(cam)}`,
          )
  })
})
