import { useFrame } from '@react-three/fiber'
import type { PerspectiveCamera } from 'three'
import { renderStats } from '../store/index.ts'

/**
 * Counts frames actually drawn (with frameloop="demand" a still page should add none) and notes the camera and
 * event wiring each frame used, in place, so start-up tests can see which camera the first frames were drawn with.
 */
export function FrameStats() {
  useFrame(({ camera, events }) => {
    renderStats.frames++
    const c = renderStats.camera
    c.fov = (camera as PerspectiveCamera).fov ?? 0
    c.x = camera.position.x
    c.y = camera.position.y
    c.z = camera.position.z
    renderStats.eventsConnected = Boolean(events.connected)
  })
  return null
}
