import type { StateCreator } from 'zustand'
import { wrapPercent } from '../../domain/gait.ts'
import { strideClock } from '../clock.ts'
import type { ExplorerState } from '../types.ts'

export const STRIDE_SPEEDS = [0.25, 0.5, 1] as const
export type StrideSpeed = (typeof STRIDE_SPEEDS)[number]

export interface StrideSlice {
  /** Stride mode: the body runs in place and muscles glow by activity. */
  stride: boolean
  playing: boolean
  /**
   * The settled moment of the cycle (percent). While playing, the live value is in strideClock and this is
   * only refreshed on pause, so React does not re-render every frame.
   */
  phase: number
  speed: StrideSpeed
  setStride: (on: boolean) => void
  play: () => void
  pause: () => void
  seek: (phase: number) => void
  setSpeed: (speed: StrideSpeed) => void
}

export const createStrideSlice: StateCreator<ExplorerState, [], [], StrideSlice> = (set, get) => ({
  stride: false,
  playing: false,
  phase: 0,
  speed: 1,
  setStride: (stride) => {
    if (!stride) strideClock.phase = get().phase
    set(stride ? { stride } : { stride, playing: false })
  },
  play: () => {
    strideClock.phase = get().phase
    set({ stride: true, playing: true })
  },
  pause: () => set({ playing: false, phase: roundPhase(strideClock.phase) }),
  seek: (phase) => {
    const p = roundPhase(wrapPercent(phase))
    strideClock.phase = p
    set({ phase: p })
  },
  setSpeed: (speed) => set({ speed }),
})

function roundPhase(p: number): number {
  return Math.round(p * 10) / 10
}
