import CameraControls from 'camera-controls'
import type { PerspectiveCamera } from 'three'
import type { ViewId } from '../domain/groups.ts'
import type { CameraPose } from '../domain/links.ts'
import type { ExplorerState, explorerStore } from '../store/index.ts'
import type { BodyRig } from './body-rig.ts'
import type * as CameraPoseModule from './camera-pose.ts'
import type { OrbitPose } from './camera-pose.ts'
import type * as CameraInputModule from './camera-input.ts'
import type { CameraAsks, HeldInput, InputGate } from './camera-input.ts'

// What drives camera-controls, in one chunk with it, loaded by CameraRig on the first move. It imports nothing
// at run time but camera-controls: three and the app's own modules come in through install() and OrbitApp, as a
// lazy chunk that imports from the first-load one makes the bundler split that into several files.

/** camera-controls, given the parts of three it uses (CameraRig's loadOrbit). */
export function install(three: Parameters<typeof CameraControls.install>[0]['THREE']): void {
  CameraControls.install({ THREE: three })
}

/** What the controls use of the app (the store, the framing math, the input gate), handed in by CameraRig. */
export type OrbitApp = { store: typeof explorerStore; prefersReducedMotion: () => boolean } & Pick<
  typeof CameraPoseModule,
  | 'ORBIT_LIMITS'
  | 'POLAR'
  | 'VIEW_AZIMUTH'
  | 'autoViewOf'
  | 'framingsOf'
  | 'linkPoseOf'
  | 'requestedViewOf'
  | 'viewOfAzimuth'
> &
  Pick<typeof CameraInputModule, 'cameraGesturesOn' | 'onCameraGestures' | 'subscribeCameraAsks'>

/** Where CameraRig placed the camera, and the inputs it held until now. */
export interface Handover {
  pose: OrbitPose
  /** The pose came from a link's `cam=`: the reader's own camera, which the link keeps. */
  readerMoved: boolean
  gate: InputGate
}

export interface OrbitOptions {
  app: OrbitApp
  camera: PerspectiveCamera
  rig: BodyRig
  /** The focusable canvas (keys) and the element the controls listen on (R3F's events target). */
  canvas: HTMLElement
  element: HTMLElement
  /** Asks for a frame (frameloop="demand"). */
  invalidate: () => void
  /** Where CameraRig placed the camera, and the inputs held until now. */
  handover: Handover
}

export interface OrbitControls {
  controls: CameraControls
  dispose(): void
}

/**
 * camera-controls reports from inside its update, which runs in a frame; the store hears about it once that
 * frame is done, so no store write happens during a frame.
 */
function afterFrame(write: () => void): void {
  queueMicrotask(write)
}

/** The wheel and touch gestures on or off (an embed the reader has not engaged leaves them to the page). */
function applyGestures(c: CameraControls, ACTION: typeof CameraControls.ACTION, on: boolean): void {
  c.mouseButtons.wheel = on ? ACTION.DOLLY : ACTION.NONE
  c.touches.one = on ? ACTION.TOUCH_ROTATE : ACTION.NONE
  c.touches.two = on ? ACTION.TOUCH_DOLLY_TRUCK : ACTION.NONE
  c.touches.three = on ? ACTION.TOUCH_TRUCK : ACTION.NONE
}

type Handler = (event: Event) => void

/**
 * Runs `act` while recording the listeners it adds to `target` by type, so inputs that reached the page before the
 * controls existed can be handed to camera-controls' own handlers, and to no other listener of the page.
 */
function recordingListeners(target: EventTarget, into: Map<string, Handler>, act: () => void): void {
  const add = target.addEventListener.bind(target)
  target.addEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) => {
    if (typeof listener === 'function') into.set(type, listener as Handler)
    add(type, listener, options)
  }
  try {
    act()
  } finally {
    // The own property goes; the prototype's method shows through again.
    delete (target as { addEventListener?: unknown }).addEventListener
  }
}

/** Orbit controls plus the moves the app makes for the reader: presets and easing to a chosen group. */
export function attachOrbitControls({
  app,
  camera,
  rig,
  canvas,
  element,
  invalidate,
  handover,
}: OrbitOptions): OrbitControls {
  const {
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
  } = app
  const Controls = CameraControls
  const c = new Controls(camera)
  Object.assign(c, ORBIT_LIMITS)
  c.setBoundary(rig.bounds.clone().expandByScalar(0.1))
  c.smoothTime = 0.35
  applyGestures(c, Controls.ACTION, cameraGesturesOn())
  const offGestures = onCameraGestures(() => applyGestures(c, Controls.ACTION, cameraGesturesOn()))

  const framingOf = framingsOf(rig)
  // Whether the reader turned or zoomed the camera themselves since the app last placed it: only then does
  // the link keep the exact pose (`cam=`); a preset or a chosen group is enough to say where it is otherwise.
  let readerMoved = handover.readerMoved
  const show = (s: ExplorerState, view: ViewId | null, animate: boolean) => {
    readerMoved = false
    const move = animate && !prefersReducedMotion()
    const { box, padding } = framingOf(s)
    if (view) void c.rotateTo(VIEW_AZIMUTH[view], POLAR, move)
    void c.fitToBox(box, move, padding)
  }

  // The keyboard turns the body too: arrows orbit, + and - move closer or further, Home re-frames.
  const onKey = (event: KeyboardEvent) => {
    const move = !prefersReducedMotion()
    const step = event.shiftKey ? Math.PI / 4 : Math.PI / 12
    const k = event.key
    // In a tour, Left and Right step it (TourPanel, on the document) even after a click on the body.
    const inTour = explorerStore.getState().panel.kind === 'tour'
    if ((k === 'ArrowLeft' || k === 'ArrowRight') && inTour) return
    if (k === 'ArrowLeft') void c.rotate(step, 0, move)
    else if (k === 'ArrowRight') void c.rotate(-step, 0, move)
    else if (k === 'ArrowUp') void c.rotate(0, -step / 2, move)
    else if (k === 'ArrowDown') void c.rotate(0, step / 2, move)
    else if (k === '+' || k === '=') void c.dolly(c.distance * 0.15, move)
    else if (k === '-' || k === '_') void c.dolly(-c.distance * 0.15, move)
    else if (k === 'Home') {
      const s = explorerStore.getState()
      show(s, s.view ?? autoViewOf(rig, s) ?? 'front', true)
      event.preventDefault()
      return
    } else return
    readerMoved = true
    event.preventDefault()
  }

  /** A camera pose a link kept (`cam=`), taken on top of the framing. */
  const take = (pose: CameraPose, animate: boolean) => {
    const move = animate && !prefersReducedMotion()
    void c.rotateTo((pose.azimuth * Math.PI) / 180, Math.PI / 2 - (pose.elevation * Math.PI) / 180, move)
    void c.dollyTo(pose.distance, move)
    readerMoved = true
  }

  const onAsks = (now: CameraAsks, prev: CameraAsks) => {
    const s = explorerStore.getState()
    if (now.viewRequest !== prev.viewRequest) show(s, requestedViewOf(rig, s), true)
    else if (now.stride !== prev.stride) show(s, now.stride ? autoViewOf(rig, s) : null, true)
    // While running, a chosen group glows and its panel explains it: the camera keeps the whole stride.
    else if (now.selected !== prev.selected && !now.stride) show(s, autoViewOf(rig, s), true)
    // Back or Forward to a link that kept a camera pose.
    if (now.cameraRequest !== prev.cameraRequest && now.cameraRequest) take(now.cameraRequest, true)
  }

  // The camera takes over from where CameraRig placed it, which it has noted already. Settled now, outside a frame
  // and before the listeners below: the second update is the one that would say 'sleep' in the next frame.
  const { target, azimuth, polar, distance } = handover.pose
  void c.moveTo(target.x, target.y, target.z, false)
  void c.rotateTo(azimuth, polar, false)
  void c.dollyTo(distance, false)
  c.update(0)
  c.update(0)

  // The camera's motion as an attribute, so tests and tools can wait for it to come to rest instead of sleeping
  // for a guessed time. Not state: it changes when a move starts and ends, never per frame. A move can begin
  // before the last one slept (no new wake then), so a transition or a drag also counts as moving.
  const motion = (now: 'moving' | 'rest') => {
    if (canvas.dataset.camera !== now) canvas.dataset.camera = now
  }
  const onMove = () => motion('moving')
  motion('rest')
  // The lit preset follows where the camera came to rest, whoever turned it (a preset, a group, a drag,
  // the arrow keys); the hover tag goes as soon as the body moves under a still pointer.
  const onRest = () => {
    motion('rest')
    afterFrame(() => {
      const s = explorerStore.getState()
      s.noteView(viewOfAzimuth(c.azimuthAngle))
      s.noteCamera(readerMoved ? linkPoseOf(c.azimuthAngle, c.polarAngle, c.distance) : null)
    })
  }
  const onControlStart = () => {
    readerMoved = true
  }
  const onWake = () => {
    motion('moving')
    afterFrame(() => explorerStore.getState().setHovered(null))
  }
  // A key, a preset or a link can start a move while the controls still settle from the last one (after 'rest',
  // before 'sleep'): no wake comes then, so the start of the move itself takes the tag away.
  const onTransition = () => onWake()
  // A frame for every change (frameloop="demand"), as drei's CameraControls asked for them.
  const redraw = () => invalidate()
  const listeners: [string, () => void][] = [
    ['controlstart', redraw],
    ['control', redraw],
    ['transitionstart', redraw],
    ['update', redraw],
    ['wake', redraw],
    ['rest', onRest],
    ['sleep', onRest],
    ['wake', onWake],
    ['controlstart', onControlStart],
    ['transitionstart', onTransition],
    ['control', onMove],
  ]
  for (const [type, listener] of listeners) c.addEventListener(type as 'rest', listener)

  // Connected as camera-controls connects itself, keeping the handlers it adds; the element keeps the touch and
  // selection styles the gate (and an embed's EngageControls) gave it.
  const handlers = new Map<string, Handler>()
  const styles = {
    touchAction: element.style.touchAction,
    userSelect: element.style.userSelect,
    webkitUserSelect: element.style.webkitUserSelect,
  }
  recordingListeners(element, handlers, () => c.connect(element))
  Object.assign(element.style, styles)

  // From here on the controls hear everything themselves; what came before is replayed, oldest first.
  const held: HeldInput[] = handover.gate.takeOver()
  canvas.tabIndex = 0
  canvas.addEventListener('keydown', onKey)
  const unsubscribe = subscribeCameraAsks(onAsks)
  const doc = element.ownerDocument
  for (const input of held) {
    if (input.kind === 'store') onAsks(input.now, input.prev)
    else if (input.kind === 'key') onKey(input.event)
    else if (input.kind === 'wheel') handlers.get('wheel')?.(input.event)
    else if (input.event.type === 'pointerdown')
      // The press adds camera-controls' move and release handlers to the document: kept for what follows.
      recordingListeners(doc, handlers, () => handlers.get('pointerdown')?.(input.event))
    else handlers.get(input.event.type)?.(input.event)
  }

  return {
    controls: c,
    dispose() {
      for (const [type, listener] of listeners) c.removeEventListener(type as 'rest', listener)
      unsubscribe()
      offGestures()
      canvas.removeEventListener('keydown', onKey)
      c.disconnect()
    },
  }
}
