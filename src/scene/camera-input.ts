import type { GroupId } from '../domain/groups.ts'
import type { CameraPose } from '../domain/links.ts'
import { shallow } from 'zustand/shallow'
import { explorerStore, selectedGroup, tourOf, type ExplorerState } from '../store/index.ts'

// The orbit controls (camera-controls) load on the first move, not with the page. Until they are connected, this
// gate stands in for them: it does at once what they would do at once (keep the page from scrolling, zooming or
// opening a menu), asks for them, and keeps every input that should move the camera, in order, for them to replay.

/** The store values the camera follows: a change in one of them is a move the app makes. */
export interface CameraAsks {
  viewRequest: number
  stride: boolean
  selected: GroupId | null
  cameraRequest: CameraPose | null
  /** A demo framing the movement needs the controls, so it opening or closing asks for them. */
  demo: boolean
}

export function cameraAsksOf(s: ExplorerState): CameraAsks {
  return {
    viewRequest: s.viewRequest,
    stride: s.stride,
    selected: selectedGroup(s),
    cameraRequest: s.cameraRequest,
    demo: s.demo !== null,
  }
}

/** Calls `listener` whenever the store asks the camera for something new. */
export function subscribeCameraAsks(listener: (now: CameraAsks, prev: CameraAsks) => void): () => void {
  return explorerStore.subscribe(cameraAsksOf, listener, { equalityFn: shallow })
}

/** Keys that turn or zoom the camera (CameraControlsRig's onKey): arrows orbit, + and - zoom, Home re-frames. */
export const CAMERA_KEYS: ReadonlySet<string> = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  '+',
  '=',
  '-',
  '_',
  'Home',
])

/** An input kept for the controls, in the order it came. */
export type HeldInput =
  | { kind: 'pointer'; event: PointerEvent }
  | { kind: 'wheel'; event: WheelEvent }
  | { kind: 'key'; event: KeyboardEvent }
  | { kind: 'store'; now: CameraAsks; prev: CameraAsks }

// Whether the wheel and touch gestures reach the camera: an embed takes them only once the reader engages it
// (src/embed/EngageControls.tsx). Module state, not store state: it is read when a gesture arrives, never drawn.
let gesturesOn = true
const gestureListeners = new Set<() => void>()

export function cameraGesturesOn(): boolean {
  return gesturesOn
}

export function setCameraGestures(on: boolean): void {
  if (on === gesturesOn) return
  gesturesOn = on
  for (const listener of gestureListeners) listener()
}

export function onCameraGestures(listener: () => void): () => void {
  gestureListeners.add(listener)
  return () => gestureListeners.delete(listener)
}

export interface InputGate {
  /** Stops holding inputs and hands over those held, oldest first. */
  takeOver(): HeldInput[]
  /** Stops holding inputs and clears the element's styles, as camera-controls' disconnect does (unmounted). */
  stop(): void
}

/**
 * Holds camera inputs until the controls take over. `element` is where they will listen (the stage, R3F's
 * events target), `canvas` the focusable canvas the keys go to; `needed` is called on each held input, and
 * `soon` when the pointer comes over the stage or it takes focus, so the controls can be fetched ahead.
 */
export function gateCameraInput(
  element: HTMLElement,
  canvas: HTMLElement,
  needed: () => void,
  soon: () => void,
): InputGate {
  const held: HeldInput[] = []
  const down = new Set<number>()
  const doc = element.ownerDocument
  const hold = (input: HeldInput) => {
    held.push(input)
    needed()
  }
  const onPointerDown = (event: PointerEvent) => {
    down.add(event.pointerId)
    hold({ kind: 'pointer', event })
  }
  // Moves and releases count only for a press held here; of a run of moves of one pointer the last says it all
  // (camera-controls turns by the distance from the press to where the pointer is).
  const onPointerMove = (event: PointerEvent) => {
    if (!down.has(event.pointerId)) return
    if (event.cancelable) event.preventDefault()
    const last = held.at(-1)
    if (
      last?.kind === 'pointer' &&
      last.event.type === 'pointermove' &&
      last.event.pointerId === event.pointerId
    )
      held.pop()
    held.push({ kind: 'pointer', event })
  }
  const onPointerUp = (event: PointerEvent) => {
    if (!down.delete(event.pointerId)) return
    held.push({ kind: 'pointer', event })
  }
  const onWheel = (event: WheelEvent) => {
    // An embed not engaged leaves the wheel to the page, as camera-controls does with its wheel action off.
    if (!gesturesOn) return
    event.preventDefault()
    hold({ kind: 'wheel', event })
  }
  // The right button trucks the camera: no menu, as camera-controls has it.
  const onContextMenu = (event: Event) => event.preventDefault()
  const onKey = (event: KeyboardEvent) => {
    if (!CAMERA_KEYS.has(event.key)) return
    // In a tour, Left and Right step it (TourPanel, on the document), not the camera.
    const k = event.key
    if ((k === 'ArrowLeft' || k === 'ArrowRight') && tourOf(explorerStore.getState()) !== null) return
    event.preventDefault()
    hold({ kind: 'key', event })
  }
  const unsubscribe = subscribeCameraAsks((now, prev) => hold({ kind: 'store', now, prev }))

  // What camera-controls sets on the element it connects to, so the first touch is the camera's, not a scroll.
  element.style.touchAction = 'none'
  element.style.userSelect = 'none'
  element.style.webkitUserSelect = 'none'
  element.addEventListener('pointerdown', onPointerDown)
  element.addEventListener('pointercancel', onPointerUp)
  element.addEventListener('wheel', onWheel, { passive: false })
  element.addEventListener('contextmenu', onContextMenu)
  element.addEventListener('pointerover', soon)
  doc.addEventListener('pointermove', onPointerMove, { passive: false })
  doc.addEventListener('pointerup', onPointerUp)
  canvas.addEventListener('keydown', onKey)
  canvas.addEventListener('focus', soon)

  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    unsubscribe()
    element.removeEventListener('pointerdown', onPointerDown)
    element.removeEventListener('pointercancel', onPointerUp)
    element.removeEventListener('wheel', onWheel)
    element.removeEventListener('contextmenu', onContextMenu)
    element.removeEventListener('pointerover', soon)
    doc.removeEventListener('pointermove', onPointerMove)
    doc.removeEventListener('pointerup', onPointerUp)
    canvas.removeEventListener('keydown', onKey)
    canvas.removeEventListener('focus', soon)
  }
  return {
    takeOver() {
      stop()
      return held.splice(0)
    },
    stop() {
      if (stopped) return
      stop()
      element.style.touchAction = ''
      element.style.userSelect = ''
      element.style.webkitUserSelect = ''
    },
  }
}
