import { useFrame } from '@react-three/fiber'
import { renderStats } from '../store/index.ts'

/** Counts frames actually drawn; with frameloop="demand" a still page should add none. */
export function FrameStats() {
  useFrame(() => {
    renderStats.frames++
  })
  return null
}
