import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { setCameraGestures } from '../stage/camera-gestures.ts'

export interface EngageControlsProps {
  /** The reader clicked or focused the embed: the camera may take wheel and touch gestures. */
  engaged: boolean
}

/**
 * An embed sits in an article: until the reader engages it, the wheel and a one-finger swipe must scroll the
 * page, not zoom or spin the body (the complaint readers have about 3D and map embeds). Dragging with a mouse
 * still works, because pressing the button is what engages it.
 */
export function EngageControls({ engaged }: EngageControlsProps) {
  // The orbit controls load on the first move (src/scene/CameraRig.tsx) and read this when they do.
  const controls = useThree((s) => s.controls)
  const connected: unknown = useThree((s) => s.events.connected)
  const canvas = useThree((s) => s.gl.domElement)

  useEffect(() => {
    setCameraGestures(engaged)
    // The camera sets touch-action: none on its element; until engaged the browser keeps vertical panning
    // (the article scrolls) and pinch (the page zooms).
    const touchAction = engaged ? 'none' : 'pan-y pinch-zoom'
    const targets = connected instanceof HTMLElement ? [connected, canvas] : [canvas]
    for (const el of targets) el.style.touchAction = touchAction
  }, [controls, connected, canvas, engaged])

  return null
}
