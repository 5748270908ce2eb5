import { useEffect, useState } from 'react'
import { useThree } from '@react-three/fiber'
import {
  Box3,
  PerspectiveCamera,
  SRGBColorSpace,
  Vector3,
  WebGLRenderTarget,
  type Bone,
  type Object3D,
  type Quaternion,
  type Scene,
  type WebGLRenderer,
} from 'three'
import { explorerStore } from '../../store/index.ts'
import { printPictures, type PicturePair } from '../../store/print-pictures.ts'
import type { ExerciseId } from '../../domain/exercises.ts'
import { stillsOf } from '../../domain/demo/stills.ts'
import type { BodyRig } from '../body-rig.ts'
import { applyStyles, styleStateOf, type StyleState } from '../materials.ts'
import { useRig } from '../rig-context.ts'
import { currentActivity } from '../stride/activity.ts'
import { cropOf } from './crop.ts'
import { loadTracks, perform, type Tracks } from './DemoDriver.tsx'

/** A printed picture, in image pixels (drawn at twice this and scaled down, for smooth edges). */
export const PICTURE_WIDTH = 160
export const PICTURE_HEIGHT = 200
const SCALE = 2
const W = PICTURE_WIDTH * SCALE
const H = PICTURE_HEIGHT * SCALE
/** The stage camera's lens; the figure fills the picture up to this margin on its tighter side. */
const FOV = 30
const MARGIN = 0.06

/** On paper only the demo's glow speaks: no plan colours, selection, hover, X-ray or skin. */
const PAPER: StyleState = {
  selected: null,
  part: null,
  hovered: null,
  xray: false,
  skin: false,
  marks: null,
  isolated: null,
}

const _dir = new Vector3()
const _center = new Vector3()
const _corner = new Vector3()

/**
 * Places the camera looking at the box from the demo's own side (azimuth and elevation in degrees, as the demo's
 * camera turns), as close as keeps every corner of the box inside the picture.
 */
export function frameBox(camera: PerspectiveCamera, box: Box3, azimuth: number, elevation: number): void {
  const polar = Math.PI / 2 - (elevation * Math.PI) / 180
  _dir.setFromSphericalCoords(1, polar, (azimuth * Math.PI) / 180)
  box.getCenter(_center)
  const far = box.getSize(_corner).length() * 4 + 1
  camera.position.copy(_center).addScaledVector(_dir, far)
  camera.lookAt(_center)
  camera.updateMatrixWorld()
  const tanV = Math.tan(((camera.fov / 2) * Math.PI) / 180) * (1 - MARGIN)
  const tanH = tanV * camera.aspect
  let closer = Infinity
  for (let i = 0; i < 8; i++) {
    _corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z)
    _corner.applyMatrix4(camera.matrixWorldInverse)
    const depth = -_corner.z
    closer = Math.min(closer, depth - Math.abs(_corner.x) / tanH, depth - Math.abs(_corner.y) / tanV)
  }
  camera.position.addScaledVector(_dir, -closer)
  camera.updateMatrixWorld()
}

/** The figure's bones as they are now (a demo or the stride may be holding them), to put back exactly. */
interface Saved {
  bones: { bone: Bone; position: Vector3; quaternion: Quaternion }[]
}

function saveBones(root: Object3D): Saved {
  const bones: Saved['bones'] = []
  root.traverse((o) => {
    if ((o as Bone).isBone)
      bones.push({ bone: o as Bone, position: o.position.clone(), quaternion: o.quaternion.clone() })
  })
  return { bones }
}

/** The drawing tools, made once per renderer: a render target of its context, a camera and two 2D canvases. */
interface Easel {
  target: WebGLRenderTarget
  camera: PerspectiveCamera
  /** The two pictures' pixels as read (bottom row first): the hardest moment, then the start. */
  pixels: [Uint8Array, Uint8Array]
  full: HTMLCanvasElement
  small: HTMLCanvasElement
}

function makeEasel(gl: WebGLRenderer): Easel {
  const target = new WebGLRenderTarget(W, H, { depthBuffer: true })
  // Storage made as plain RGBA8 (the bytes the canvas would get); then marked so three draws into it exactly as
  // it draws to the screen (sRGB out, the stage's tone mapping): the programs already compiled for the stage
  // serve as they are, where a plain target would ask for a linear variant of each (a second compile of the
  // figure's large shader, seconds in software WebGL) and print other colours than the screen shows.
  gl.initRenderTarget(target)
  target.texture.colorSpace = SRGBColorSpace
  ;(target as { isXRRenderTarget?: boolean }).isXRRenderTarget = true
  const full = document.createElement('canvas')
  full.width = W
  full.height = H
  return {
    target,
    camera: new PerspectiveCamera(FOV, W / H, 0.05, 40),
    pixels: [new Uint8Array(W * H * 4), new Uint8Array(W * H * 4)],
    full,
    small: document.createElement('canvas'),
  }
}

/** One read picture as a PNG on white (paper), cropped and scaled down to its printed pixels. */
function pictureOf(
  easel: Easel,
  px: Uint8Array,
  crop: readonly [number, number, number, number],
): Promise<string> {
  const { full, small } = easel
  const image = new ImageData(W, H)
  const row = W * 4
  for (let y = 0; y < H; y++) image.data.set(px.subarray((H - 1 - y) * row, (H - y) * row), y * row)
  full.getContext('2d')!.putImageData(image, 0, 0)
  const [x, y, w, h] = crop
  small.width = Math.round(w / SCALE)
  small.height = Math.round(h / SCALE)
  const ctx = small.getContext('2d')!
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, small.width, small.height)
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(full, x, y, w, h, 0, 0, small.width, small.height)
  // toBlob reads the canvas when called: the next picture may redraw it at once.
  return new Promise((resolve, reject) =>
    small.toBlob(
      (blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error('no picture'))),
      'image/png',
    ),
  )
}

/**
 * Draws one exercise's start and hardest moment off screen, from its demo, and puts the figure back exactly as it
 * was (bones, glow, styles, an open demo's kit); the canvas on screen is not drawn to.
 */
function drawPair(
  gl: WebGLRenderer,
  scene: Scene,
  rig: BodyRig,
  tracks: Tracks,
  easel: Easel,
  id: ExerciseId,
): Promise<PicturePair> | null {
  const saved = saveBones(rig.root)
  const glow = currentActivity()
  // An open demo's kit stays on the body but out of these pictures.
  const hidden = rig.root.children.filter((c) => c.name === 'demo-props' && c.visible)
  const performer = perform(rig, id, tracks)
  if (!performer) return null
  const { solver, box } = performer
  const previous = gl.getRenderTarget()
  try {
    for (const c of hidden) c.visible = false
    frameBox(easel.camera, box, solver.track.camera.azimuth, solver.track.camera.elevation)
    gl.setRenderTarget(easel.target)
    // The hardest moment first: its glow (the working muscles, by role) stays on for the start picture too, so
    // both pictures say which muscles work.
    const { start, end } = stillsOf(solver)
    for (const [i, t] of [end, start].entries()) {
      performer.show(t)
      if (i === 0) applyStyles(rig, PAPER, performer.glowOf)
      gl.render(scene, easel.camera)
      gl.readRenderTargetPixels(easel.target, 0, 0, W, H, easel.pixels[i]!)
    }
  } finally {
    gl.setRenderTarget(previous)
    performer.restore()
    for (const { bone, position, quaternion } of saved.bones) {
      bone.position.copy(position)
      bone.quaternion.copy(quaternion)
    }
    for (const c of hidden) c.visible = true
    applyStyles(rig, styleStateOf(explorerStore.getState()), glow)
    rig.root.updateMatrixWorld(true)
    rig.markPoseChanged()
  }
  const crop = cropOf(easel.pixels, W, H)
  const [endPx, startPx] = easel.pixels
  return Promise.all([pictureOf(easel, startPx, crop), pictureOf(easel, endPx, crop)]).then(
    ([start, end]) => ({
      start,
      end,
    }),
  )
}

/**
 * The printed plan's pictures (mounted with the plan view, loaded with the demos' driver): serves the picture
 * queue with pairs drawn from each exercise's demo on the page's own renderer, into one render target made once.
 * It asks for no frame: what is on screen stays as it was.
 */
export function PrintPictures() {
  const rig = useRig()
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const [tracks, setTracks] = useState<Tracks | 'failed' | null>(null)
  const [easel, setEasel] = useState<Easel | null>(null)

  useEffect(() => {
    let live = true
    loadTracks().then(
      (m) => live && setTracks(m),
      () => live && setTracks('failed'),
    )
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    const made = makeEasel(gl)
    setEasel(made)
    return () => made.target.dispose()
  }, [gl])

  useEffect(() => {
    if (!rig || !tracks || !easel) return
    // No demos to draw from (offline): the rows print without pictures, and Print does not wait for them.
    if (tracks === 'failed') return printPictures.serve(() => null)
    return printPictures.serve((id) => {
      if (gl.getContext().isContextLost()) return null
      return drawPair(gl, scene, rig, tracks, easel, id)
    })
  }, [gl, scene, rig, tracks, easel])

  return null
}
